import type { ApiError } from './apexscore/errors';
import type { Role } from './apexscore/contract';
import type { InvitationResponse } from './apexscore/schemas';
import type { PersonRow } from './draft';

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

/** A batch as the form sees it, put together from its entries in session storage (`batchEntries`). */
export interface BatchState {
  id: string;
  rows: Record<string, RowState>;
  /** While a 429 pauses the batch: when it goes on (epoch ms). */
  pausedUntil: number | null;
  finished: boolean;
  /** When the background last wrote this batch (epoch ms). */
  updatedAt: number;
}

/** How far a batch has come, as a whole. */
export type BatchProgress = Pick<BatchState, 'pausedUntil' | 'finished' | 'updatedAt'>;

/**
 * What one save of a batch writes: its progress, and the rows that changed since the save before
 * (all of them in its first save, with their ids in order). The form reads only what changed: a
 * batch written whole at each change was read whole by the form, a megabyte at each of 3,200
 * changes for 1,600 rows, which kept the form's page busy for most of the batch.
 */
export interface BatchChange {
  id: string;
  /** In the first save only: the batch's rows, in order. */
  rowIds?: string[];
  progress: BatchProgress;
  rows: Record<string, RowState>;
}

/** The most rows one batch takes; more are sent as several batches, run one after another. */
export const MAX_BATCH_ROWS = 500;

// Session-storage keys of a batch (ids are word characters and dashes: no colon in them).
const BATCH_PREFIX = 'batch:';
/** The key of a batch's rows, in order (written once). */
export const batchHeadKey = (id: string): string => `${BATCH_PREFIX}${id}`;
/** The key of a batch's progress. */
export const batchProgressKey = (id: string): string => `${BATCH_PREFIX}${id}:progress`;
/** The key of one row's state in a batch. */
export const batchRowKey = (id: string, rowId: string): string => `${BATCH_PREFIX}${id}:row:${rowId}`;
/** Whether a session-storage key is one of a batch's. */
export const isBatchKey = (key: string): boolean => key.startsWith(BATCH_PREFIX);
/** The key of the list of batches kept, oldest first, for the background to drop the oldest. */
export const BATCH_INDEX_KEY = 'batchIndex';

/** The session-storage entries that one save of a batch writes. */
export function batchEntries(change: BatchChange): Record<string, unknown> {
  const entries: Record<string, unknown> = { [batchProgressKey(change.id)]: change.progress };
  if (change.rowIds) entries[batchHeadKey(change.id)] = change.rowIds;
  for (const [rowId, state] of Object.entries(change.rows)) entries[batchRowKey(change.id, rowId)] = state;
  return entries;
}

/**
 * The batches as they stand after some of their entries changed (`undefined`: removed), other
 * keys ignored. Batches not touched are kept as they are, and so are the rows not touched of
 * those touched: the form renders again only the rows that changed.
 */
export function withBatchEntries(
  batches: Record<string, BatchState>,
  entries: Record<string, unknown>,
): Record<string, BatchState> {
  let next = batches;
  const touched = new Set<string>();
  const removedBatches = new Set<string>();
  const removedRows = new Map<string, Set<string>>();
  for (const [key, value] of Object.entries(entries)) {
    if (!isBatchKey(key)) continue;
    const [id = '', part, rowId] = key.slice(BATCH_PREFIX.length).split(':');
    if (part !== 'progress' && part !== 'row') continue;
    if (next === batches) next = { ...batches };
    let batch = next[id];
    if (!touched.has(id)) {
      touched.add(id);
      batch = { ...(batch ?? { id, pausedUntil: null, finished: false, updatedAt: 0 }), rows: { ...batch?.rows } };
      next[id] = batch;
    }
    if (!batch) continue;
    if (part === 'progress') {
      if (value === undefined) removedBatches.add(id);
      else Object.assign(batch, value as BatchProgress);
    } else if (rowId !== undefined) {
      if (value === undefined) removedRows.set(id, (removedRows.get(id) ?? new Set()).add(rowId));
      else batch.rows[rowId] = value as RowState;
    }
  }
  for (const [id, rowIds] of removedRows) {
    const batch = next[id];
    if (batch) batch.rows = Object.fromEntries(Object.entries(batch.rows).filter(([rowId]) => !rowIds.has(rowId)));
  }
  if (removedBatches.size > 0)
    next = Object.fromEntries(Object.entries(next).filter(([id]) => !removedBatches.has(id)));
  return next;
}

/** A running batch not heard of for this long (and not paused) was cut off: its worker was stopped. */
export const STALE_AFTER_MS = 90_000;

/** A row not sent yet. */
export const WAITING: RowState = { state: 'waiting' };
// A row whose batch stopped before its answer came, or is no longer kept: not sent, or perhaps sent.
const NOT_SENT: RowState = { state: 'failed', error: { kind: 'unexpected', details: [], mayHaveBeenSent: false } };
const MAYBE_SENT: RowState = { state: 'failed', error: { kind: 'unexpected', details: [], mayHaveBeenSent: true } };

/**
 * Whether two of a row's states show the same, for the form to draw a row again only when it
 * changed. A row's state is a new object only when its entry in storage changes, but the form's
 * stand-in for a batch sent and not heard of yet (`WAITING`) gives way to the stored state of the
 * same kind, which need not draw every row again. A pause shows when it ends, and a failure its
 * error: a row shown as cut off (`NOT_SENT`, `MAYBE_SENT`) may yet hear its real answer, a failure
 * of its own. A sent row's answer is written once, and a retry makes a new batch, which the row
 * (its `batchId`) tells.
 */
export function sameRowState(before: RowState | undefined, after: RowState | undefined): boolean {
  if (before === after) return true;
  if (!before || !after || before.state !== after.state) return false;
  if (before.state === 'waiting') return before.pausedUntil === (after as typeof before).pausedUntil;
  if (before.state === 'failed') {
    const failed = after as typeof before;
    return before.error === failed.error && before.response === failed.response;
  }
  return true;
}

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
  return state.state === 'sending' ? MAYBE_SENT : NOT_SENT;
}

/**
 * A row's state in its batch, once the batches are `read`. A batch this form sent that it has not
 * heard of yet is waiting: its first report takes a moment to come, and its rows must not look as
 * if they could be sent again. A batch no longer kept (the store keeps the last 10,000 rows) may
 * have sent its row: the row says so, to be checked and retried, rather than look never sent.
 */
export function rowState(
  row: PersonRow,
  batches: Record<string, BatchState>,
  sentHere: ReadonlySet<string>,
  now: number,
  read: boolean,
): RowState | undefined {
  if (!row.batchId) return undefined;
  const batch = batches[row.batchId];
  if (batch) return visibleState(batch, row.id, now);
  if (sentHere.has(row.batchId)) return WAITING;
  return read ? MAYBE_SENT : undefined;
}

/** How a row's answer reads: sent when ApexScore created an invitation, failed when it listed the person as failed. */
export function stateOfResponse(response: InvitationResponse): RowState {
  return response.sent.length > 0 ? { state: 'sent', response } : { state: 'failed', response };
}
