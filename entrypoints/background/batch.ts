import type { Result } from '@/lib/apexscore/errors';
import { stateOfResponse, type BatchRow, type BatchState, type RowState } from '@/lib/batch';
import type { InviteOutcome, SendInviteInput } from '@/lib/messages';

export interface BatchDeps {
  send: (input: SendInviteInput) => Promise<Result<InviteOutcome>>;
  save: (batch: BatchState) => Promise<void>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** How many invitations are on their way at once. */
  concurrency?: number;
  /** Called while a batch runs, so the browser keeps the service worker alive through a pause. */
  keepAlive?: () => void;
}

/** A 429 without Retry-After waits this long. */
const DEFAULT_PAUSE_S = 5;

/**
 * Sends a batch a few invitations at a time. A 429 pauses the whole batch for its Retry-After,
 * then the throttled row goes again (it created nothing); every other answer is final for its
 * row. Every change is saved, so the form can show each row's state, and find it again if it
 * was closed and reopened.
 */
export function createBatchRunner(deps: BatchDeps) {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const concurrency = deps.concurrency ?? 3;

  async function run(id: string, rows: BatchRow[]): Promise<BatchState> {
    const batch: BatchState = {
      id,
      order: rows.map((row) => row.rowId),
      rows: Object.fromEntries(rows.map((row) => [row.rowId, { state: 'waiting' } satisfies RowState])),
      pausedUntil: null,
      finished: false,
      updatedAt: now(),
    };
    let saving = Promise.resolve();
    // A save waiting for the one before it to end (it copies the batch when it starts).
    let queued = false;
    // Saves in order: a late write of an old state must not overwrite a newer one. Changes made
    // while a save waits are in it: a batch is saved as often as storage keeps up, not once a
    // change (each save writes the whole batch, and the form reads it whole: for 1,600 rows, a
    // megabyte at each of 3,200 changes).
    const save = () => {
      if (queued) return saving;
      queued = true;
      saving = saving
        .then(() => {
          queued = false;
          return deps.save(structuredClone({ ...batch, updatedAt: now() }));
        })
        .catch(() => undefined);
      return saving;
    };
    const attempts = new Map<string, number>();
    const queue = [...rows];
    await save();

    async function worker(): Promise<void> {
      for (let row = queue.shift(); row; row = queue.shift()) {
        while (batch.pausedUntil !== null && now() < batch.pausedUntil) {
          deps.keepAlive?.();
          await sleep(Math.min(batch.pausedUntil - now(), 20_000));
        }
        const attempt = (attempts.get(row.rowId) ?? 0) + 1;
        attempts.set(row.rowId, attempt);
        batch.rows[row.rowId] = { state: 'sending' };
        void save();
        const { rowId, ...person } = row;
        const result = await deps.send({ attemptId: `${id}-${rowId}-${attempt}`, ...person });
        if (!result.ok && result.error.kind === 'rate_limited') {
          const until = now() + (result.error.retryAfterSeconds ?? DEFAULT_PAUSE_S) * 1000;
          batch.pausedUntil = Math.max(batch.pausedUntil ?? 0, until);
          batch.rows[rowId] = { state: 'waiting', pausedUntil: batch.pausedUntil };
          queue.unshift(row);
        } else {
          batch.rows[rowId] = result.ok
            ? stateOfResponse(result.value.response)
            : { state: 'failed', error: result.error };
        }
        void save();
      }
    }

    await Promise.all(Array.from({ length: Math.min(concurrency, rows.length) }, worker));
    batch.pausedUntil = null;
    batch.finished = true;
    await save();
    await saving;
    return batch;
  }

  return run;
}
