import type { Result } from '@/lib/apexscore/errors';
import {
  STALE_AFTER_MS,
  stateOfResponse,
  WAITING,
  type BatchChange,
  type BatchRow,
  type BatchState,
  type RowState,
} from '@/lib/batch';
import type { InviteOutcome, SendInviteInput } from '@/lib/messages';

export interface BatchDeps {
  send: (input: SendInviteInput) => Promise<Result<InviteOutcome>>;
  /** Writes what changed of a batch (`BatchChange`); called in order, one at a time. */
  save: (change: BatchChange) => Promise<void>;
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
 * was closed and reopened. Batches run one after another, so that however many are started (a
 * long list is sent as several), no more than a few invitations are on their way at once; a
 * batch waiting for its turn is saved at once, its rows waiting.
 */
export function createBatchRunner(deps: BatchDeps) {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const concurrency = deps.concurrency ?? 3;
  // The batch before: each waits for it to end.
  let turn = Promise.resolve();

  function run(id: string, rows: BatchRow[]): Promise<BatchState> {
    const batch: BatchState = {
      id,
      rows: Object.fromEntries(rows.map((row) => [row.rowId, WAITING])),
      pausedUntil: null,
      finished: false,
      updatedAt: now(),
    };
    // The rows changed since the last save began, and whether it was the first.
    const changed = new Set(rows.map((row) => row.rowId));
    let first = true;
    let saving = Promise.resolve();
    // A save waiting for the one before it to end (it copies what changed when it starts).
    let queued = false;
    // Saves in order: a late write of an old state must not overwrite a newer one. Changes made
    // while a save waits are in it: a batch is saved as often as storage keeps up, not once a
    // change.
    const save = () => {
      if (queued) return saving;
      queued = true;
      saving = saving
        .then(() => {
          queued = false;
          const change: BatchChange = {
            id,
            ...(first ? { rowIds: rows.map((row) => row.rowId) } : {}),
            progress: { pausedUntil: batch.pausedUntil, finished: batch.finished, updatedAt: now() },
            rows: structuredClone(
              Object.fromEntries([...changed].map((rowId) => [rowId, batch.rows[rowId] ?? WAITING])),
            ),
          };
          first = false;
          changed.clear();
          return deps.save(change);
        })
        .catch(() => undefined);
      return saving;
    };
    const setRow = (rowId: string, state: RowState) => {
      batch.rows[rowId] = state;
      changed.add(rowId);
      void save();
    };
    const attempts = new Map<string, number>();
    const queue = [...rows];

    async function worker(): Promise<void> {
      for (let row = queue.shift(); row; row = queue.shift()) {
        while (batch.pausedUntil !== null && now() < batch.pausedUntil) {
          deps.keepAlive?.();
          await sleep(Math.min(batch.pausedUntil - now(), 20_000));
        }
        const attempt = (attempts.get(row.rowId) ?? 0) + 1;
        attempts.set(row.rowId, attempt);
        setRow(row.rowId, { state: 'sending' });
        const { rowId, ...person } = row;
        const result = await deps.send({ attemptId: `${id}-${rowId}-${attempt}`, ...person });
        if (!result.ok && result.error.kind === 'rate_limited') {
          const until = now() + (result.error.retryAfterSeconds ?? DEFAULT_PAUSE_S) * 1000;
          batch.pausedUntil = Math.max(batch.pausedUntil ?? 0, until);
          setRow(rowId, { state: 'waiting', pausedUntil: batch.pausedUntil });
          queue.unshift(row);
        } else {
          setRow(rowId, result.ok ? stateOfResponse(result.value.response) : { state: 'failed', error: result.error });
        }
      }
    }

    const saved = save();
    // While it waits for its turn, the batch says it is alive: the form shows a batch not heard of
    // for a while as cut off.
    const heartbeat = setInterval(() => void save(), STALE_AFTER_MS / 3);
    const done = Promise.all([saved, turn]).then(async () => {
      clearInterval(heartbeat);
      await Promise.all(Array.from({ length: Math.min(concurrency, rows.length) }, worker));
      batch.pausedUntil = null;
      batch.finished = true;
      await save();
      await saving;
      return batch;
    });
    turn = done.then(
      () => undefined,
      () => undefined,
    );
    return done;
  }

  return run;
}
