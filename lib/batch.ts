import type { ApiError } from './apexscore/errors';
import type { Role } from './apexscore/contract';
import type { InvitationResponse } from './apexscore/schemas';

/** One person of a batch, with the role and portfolios resolved (shared choice or the row's own). */
export interface BatchRow {
  rowId: string;
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  portfolioIds: string[];
}

/** Where one row of a batch stands. */
export type RowState =
  | { state: 'waiting'; pausedUntil?: number }
  | { state: 'sending' }
  | { state: 'sent'; response: InvitationResponse }
  | { state: 'failed'; error?: ApiError; response?: InvitationResponse };

/** A batch as the background runs it; kept in session storage so a closed popup loses nothing. */
export interface BatchState {
  id: string;
  order: string[];
  rows: Record<string, RowState>;
  /** While a 429 pauses the batch: when it goes on (epoch ms). */
  pausedUntil: number | null;
  finished: boolean;
  /** When the background last wrote this batch (epoch ms). */
  updatedAt: number;
}

/** A running batch not heard of for this long (and not paused) was cut off: its worker was stopped. */
export const STALE_AFTER_MS = 90_000;

/**
 * A row's state as the form should show it. A batch cut off mid-way (the browser stopped the
 * background) leaves rows waiting or sending forever: they are shown as not sent, those that
 * were on their way with a warning that they may have been sent, so the user can check and retry.
 */
export function visibleState(batch: BatchState, rowId: string, now: number): RowState | undefined {
  const state = batch.rows[rowId];
  const cutOff =
    !batch.finished &&
    now - batch.updatedAt > STALE_AFTER_MS &&
    (batch.pausedUntil === null || batch.pausedUntil < now);
  if (!cutOff || !state || (state.state !== 'waiting' && state.state !== 'sending')) return state;
  return { state: 'failed', error: { kind: 'unexpected', details: [], mayHaveBeenSent: state.state === 'sending' } };
}

/** The session-storage key of all batches of this browser session, by id. */
export const BATCHES_KEY = 'batches';

/** How a row's answer reads: sent when ApexScore created an invitation, failed when it listed the person as failed. */
export function stateOfResponse(response: InvitationResponse): RowState {
  return response.sent.length > 0 ? { state: 'sent', response } : { state: 'failed', response };
}
