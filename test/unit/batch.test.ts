import { describe, expect, it, vi } from 'vitest';
import { createBatchRunner } from '@/entrypoints/background/batch';
import type { Result } from '@/lib/apexscore/errors';
import {
  batchEntries,
  rowState,
  sameRowState,
  STALE_AFTER_MS,
  visibleState,
  withBatchEntries,
  type BatchChange,
  type BatchRow,
  type BatchState,
  type RowState,
} from '@/lib/batch';
import type { InviteOutcome, SendInviteInput } from '@/lib/messages';

const row = (n: number): BatchRow => ({
  rowId: `r${n}`,
  email: `p${n}@example.com`,
  firstName: '',
  lastName: '',
  role: 0,
  portfolioIds: [],
});
const sent = (email: string): Result<InviteOutcome> => ({
  ok: true,
  value: { response: { sent: [{ email }], failed: [] } },
});

/** What the form reads of each save: the batch as it stands after it, from its storage entries. */
function reader() {
  let batches: Record<string, BatchState> = {};
  const saved: BatchState[] = [];
  const changes: BatchChange[] = [];
  const save = (change: BatchChange) => {
    changes.push(change);
    batches = withBatchEntries(batches, batchEntries(change));
    const batch = batches[change.id];
    if (batch) saved.push(batch);
  };
  return { saved, changes, save };
}

function setup(answer: (input: SendInviteInput, call: number) => Result<InviteOutcome>, concurrency = 3) {
  let clock = 0;
  let active = 0;
  let maxActive = 0;
  const calls: SendInviteInput[] = [];
  const { saved, changes, save } = reader();
  const run = createBatchRunner({
    send: async (input) => {
      const call = calls.push(input);
      active++;
      maxActive = Math.max(maxActive, active);
      await Promise.resolve();
      active--;
      return answer(input, call);
    },
    save: (change) => {
      save(change);
      return Promise.resolve();
    },
    now: () => clock,
    sleep: (ms) => {
      clock += ms;
      return Promise.resolve();
    },
    concurrency,
  });
  return { run, calls, saved, changes, maxActive: () => maxActive, clock: () => clock };
}

describe('the batch runner', () => {
  it('sends every row once, a few at a time, and finishes', async () => {
    const { run, calls, maxActive } = setup((input) => sent(input.email));
    const batch = await run('b1', [1, 2, 3, 4, 5, 6, 7].map(row));
    expect(calls.map((call) => call.email).sort()).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `p${n}@example.com`).sort(),
    );
    expect(maxActive()).toBeLessThanOrEqual(3);
    expect(maxActive()).toBeGreaterThan(1);
    expect(batch.finished).toBe(true);
    expect(Object.values(batch.rows).every((state) => state.state === 'sent')).toBe(true);
  });

  it('pauses the whole batch on a 429 for its Retry-After, then sends the throttled row again', async () => {
    const { run, calls, clock } = setup((input, call) =>
      call === 2
        ? { ok: false, error: { kind: 'rate_limited', details: [], retryAfterSeconds: 1 } }
        : sent(input.email),
    );
    const batch = await run('b1', [1, 2, 3, 4, 5].map(row));
    expect(calls).toHaveLength(6);
    expect(new Set(calls.map((call) => call.email)).size).toBe(5);
    expect(clock()).toBeGreaterThanOrEqual(1000);
    expect(Object.values(batch.rows).every((state) => state.state === 'sent')).toBe(true);
    // Each try of a row is a new attempt: the inviter must not answer the retry with the cached 429.
    expect(new Set(calls.map((call) => call.attemptId)).size).toBe(6);
  });

  it('reports every other failure on its row and goes on with the rest', async () => {
    const { run } = setup((input) =>
      input.email === 'p2@example.com'
        ? { ok: false, error: { kind: 'invalid_input', details: [], fields: { email: ['Bad'] } } }
        : sent(input.email),
    );
    const batch = await run('b1', [1, 2, 3].map(row));
    expect(batch.rows.r2).toEqual({
      state: 'failed',
      error: { kind: 'invalid_input', details: [], fields: { email: ['Bad'] } },
    });
    expect(batch.rows.r1?.state).toBe('sent');
    expect(batch.rows.r3?.state).toBe('sent');
  });

  it('counts a person the API lists as failed as not sent', async () => {
    const { run } = setup(() => ({
      ok: true,
      value: { response: { sent: [], failed: [{ email: 'p1@example.com', error: 'Pending' }] } },
    }));
    const batch = await run('b1', [row(1)]);
    expect(batch.rows.r1).toMatchObject({ state: 'failed', response: { failed: [{ error: 'Pending' }] } });
  });

  it('saves each change, ending with the finished batch', async () => {
    const { run, saved } = setup((input) => sent(input.email));
    await run('b1', [row(1)]);
    expect(saved.map((batch) => batch.rows.r1?.state)).toEqual(['waiting', 'sending', 'sent']);
    expect(saved.at(-1)?.finished).toBe(true);
  });

  it('saves the changes made while a save is on its way in one, in order, ending with the finished batch', async () => {
    const { saved, save } = reader();
    const run = createBatchRunner({
      send: async (input) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        return sent(input.email);
      },
      // A storage slower than the answers.
      save: async (change) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        save(change);
      },
      concurrency: 3,
    });
    const rows = Array.from({ length: 60 }, (_, n) => row(n));
    await run('b1', rows);
    // Fewer saves than changes (two a row), each no less advanced than the one before.
    expect(saved.length).toBeLessThan(rows.length);
    const done = saved.map((batch) => Object.values(batch.rows).filter((state) => state.state === 'sent').length);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(saved.at(-1)).toMatchObject({ finished: true });
    expect(done.at(-1)).toBe(rows.length);
  });

  it('writes the rows that changed since the save before, and all of them, in order, in the first', async () => {
    const { run, changes } = setup((input) => sent(input.email));
    await run('b1', [1, 2, 3].map(row));
    expect(changes[0]).toMatchObject({ id: 'b1', rowIds: ['r1', 'r2', 'r3'], progress: { finished: false } });
    expect(Object.keys(changes[0]?.rows ?? {})).toEqual(['r1', 'r2', 'r3']);
    // Then each save holds only rows whose state changed since the save before: two changes a
    // row (sending, then sent) at most.
    const later = changes.slice(1);
    expect(later.every((change) => change.rowIds === undefined)).toBe(true);
    const last = new Map(Object.entries(changes[0]?.rows ?? {}).map(([id, state]) => [id, state.state]));
    for (const change of later) {
      for (const [id, state] of Object.entries(change.rows)) {
        expect(state.state).not.toBe(last.get(id));
        last.set(id, state.state);
      }
    }
    expect(later.reduce((sum, change) => sum + Object.keys(change.rows).length, 0)).toBeLessThanOrEqual(6);
    expect([...last.values()]).toEqual(['sent', 'sent', 'sent']);
    expect(changes.at(-1)?.progress.finished).toBe(true);
  });

  it('runs batches one after another, each saved with its rows waiting as soon as it is started', async () => {
    const { run, calls, changes, maxActive } = setup((input) => sent(input.email));
    const first = run('b1', [1, 2, 3, 4].map(row));
    const second = run('b2', [5, 6, 7, 8].map(row));
    await Promise.resolve();
    expect(changes.map((change) => change.id)).toEqual(['b1', 'b2']);
    expect(changes[1]?.rows).toEqual(
      Object.fromEntries(['r5', 'r6', 'r7', 'r8'].map((id) => [id, { state: 'waiting' }])),
    );
    const [one, two] = await Promise.all([first, second]);
    expect(one.finished && two.finished).toBe(true);
    // The second batch's first invitation went after the first batch's last, never beside them.
    expect(
      calls
        .map((call) => call.email)
        .slice(0, 4)
        .sort(),
    ).toEqual([1, 2, 3, 4].map((n) => `p${n}@example.com`));
    expect(maxActive()).toBeLessThanOrEqual(3);
    const firstDone = changes.findIndex((change) => change.id === 'b1' && change.progress.finished);
    const secondSending = changes.findIndex(
      (change) => change.id === 'b2' && Object.values(change.rows).some((state) => state.state !== 'waiting'),
    );
    expect(secondSending).toBeGreaterThan(firstDone);
  });

  it('says a batch waiting for its turn is alive, so the form does not take it for cut off', async () => {
    vi.useFakeTimers();
    try {
      let release: () => void = () => undefined;
      const { saved, save } = reader();
      const run = createBatchRunner({
        send: async (input) => {
          await new Promise<void>((resolve) => (release = resolve));
          return sent(input.email);
        },
        save: (change) => {
          save(change);
          return Promise.resolve();
        },
      });
      const first = run('b1', [row(1)]);
      const second = run('b2', [row(2)]);
      await vi.advanceTimersByTimeAsync(STALE_AFTER_MS * 2);
      const waiting = saved.filter((batch) => batch.id === 'b2');
      expect(waiting.length).toBeGreaterThanOrEqual(6);
      const last = waiting.at(-1);
      expect(last && visibleState(last, 'r2', Date.now())).toEqual({ state: 'waiting' });
      release();
      await first;
      await vi.advanceTimersByTimeAsync(0);
      release();
      await second;
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the service worker alive while paused', async () => {
    const keepAlive = vi.fn();
    let clock = 0;
    const run = createBatchRunner({
      send: (input) =>
        Promise.resolve(
          clock === 0
            ? { ok: false, error: { kind: 'rate_limited', details: [], retryAfterSeconds: 60 } }
            : sent(input.email),
        ),
      save: () => Promise.resolve(),
      now: () => clock,
      sleep: (ms) => {
        clock += ms;
        return Promise.resolve();
      },
      keepAlive,
    });
    await run('b1', [row(1)]);
    expect(keepAlive.mock.calls.length).toBeGreaterThanOrEqual(3);
  });
});

describe('visibleState', () => {
  const batch = (rows: BatchState['rows'], extra: Partial<BatchState> = {}): BatchState => ({
    id: 'b1',
    rows,
    pausedUntil: null,
    finished: false,
    updatedAt: 1_000,
    ...extra,
  });

  it('shows a running batch as it is', () => {
    expect(visibleState(batch({ r1: { state: 'sending' } }), 'r1', 1_000 + STALE_AFTER_MS)).toEqual({
      state: 'sending',
    });
  });

  it('shows the rows of a batch that was cut off as not sent, warning for those on their way', () => {
    const cut = batch({ r1: { state: 'sending' }, r2: { state: 'waiting' } });
    const later = 1_001 + STALE_AFTER_MS;
    expect(visibleState(cut, 'r1', later)).toEqual({
      state: 'failed',
      error: { kind: 'unexpected', details: [], mayHaveBeenSent: true },
    });
    expect(visibleState(cut, 'r2', later)).toEqual({
      state: 'failed',
      error: { kind: 'unexpected', details: [], mayHaveBeenSent: false },
    });
  });

  it('does not take a long pause for a cut-off', () => {
    const paused = batch({ r1: { state: 'waiting' } }, { pausedUntil: 1_000 + 10 * STALE_AFTER_MS });
    expect(visibleState(paused, 'r1', 1_001 + STALE_AFTER_MS)).toEqual({ state: 'waiting' });
  });

  it('leaves finished rows alone', () => {
    const done = batch({ r1: { state: 'sent', response: { sent: [], failed: [] } } }, { finished: true });
    expect(visibleState(done, 'r1', 1e12)?.state).toBe('sent');
  });
});

describe('withBatchEntries', () => {
  const start: BatchChange = {
    id: 'b1',
    rowIds: ['r1', 'r2'],
    progress: { pausedUntil: null, finished: false, updatedAt: 5 },
    rows: { r1: { state: 'waiting' }, r2: { state: 'waiting' } },
  };

  it('puts a batch together from its entries, and changes only the rows a change names', () => {
    const before = withBatchEntries({}, { ...batchEntries(start), inviteDraft: { rows: [] } });
    expect(before).toEqual({
      b1: { id: 'b1', pausedUntil: null, finished: false, updatedAt: 5, rows: start.rows },
    });
    const after = withBatchEntries(
      before,
      batchEntries({
        id: 'b1',
        progress: { pausedUntil: null, finished: false, updatedAt: 6 },
        rows: { r2: { state: 'sending' } },
      }),
    );
    expect(after.b1?.rows).toEqual({ r1: { state: 'waiting' }, r2: { state: 'sending' } });
    expect(after.b1?.updatedAt).toBe(6);
    // The row not named is the same object: the form does not render it again.
    expect(after.b1?.rows.r1).toBe(before.b1?.rows.r1);
    expect(before.b1?.rows.r2).toEqual({ state: 'waiting' });
    // Keys of no batch change nothing.
    expect(withBatchEntries(after, { inviteDraft: {} })).toBe(after);
  });

  it('drops a batch whose entries were removed', () => {
    const batches = withBatchEntries({}, batchEntries(start));
    const removed = Object.fromEntries(Object.keys(batchEntries(start)).map((key) => [key, undefined]));
    expect(withBatchEntries(batches, removed)).toEqual({});
  });
});

describe('rowState', () => {
  const person = (batchId: string | null) => ({
    id: 'r1',
    email: 'p1@example.com',
    firstName: '',
    lastName: '',
    role: null,
    portfolioIds: null,
    batchId,
  });
  const known: Record<string, BatchState> = {
    b1: { id: 'b1', rows: { r1: { state: 'sending' } }, pausedUntil: null, finished: false, updatedAt: 1_000 },
  };

  it("is the row's state in its batch", () => {
    expect(rowState(person('b1'), known, new Set(), 1_000, true)).toEqual({ state: 'sending' });
    expect(rowState(person(null), known, new Set(), 1_000, true)).toBeUndefined();
  });

  it('is waiting for a batch this form sent and has not heard of yet, so the row cannot be sent again', () => {
    expect(rowState(person('b2'), known, new Set(['b2']), 1_000, true)).toEqual({ state: 'waiting' });
  });

  it('may have been sent, for a batch no longer kept that this form did not send; none before the batches are read', () => {
    expect(rowState(person('b3'), known, new Set(['b2']), 1_000, true)).toEqual({
      state: 'failed',
      error: { kind: 'unexpected', details: [], mayHaveBeenSent: true },
    });
    expect(rowState(person('b3'), known, new Set(['b2']), 1_000, false)).toBeUndefined();
  });
});

describe('sameRowState', () => {
  const cutOff: BatchState = {
    id: 'b1',
    rows: { r1: { state: 'sending' } },
    pausedUntil: null,
    finished: false,
    updatedAt: 0,
  };

  it('shows the same for the same kind of state, so the stored waiting state does not draw the row again', () => {
    expect(sameRowState({ state: 'waiting' }, { state: 'waiting' })).toBe(true);
    expect(sameRowState({ state: 'sending' }, { state: 'sending' })).toBe(true);
    expect(sameRowState({ state: 'waiting' }, { state: 'sending' })).toBe(false);
    expect(sameRowState(undefined, { state: 'waiting' })).toBe(false);
  });

  it("differs when a pause's end differs", () => {
    expect(sameRowState({ state: 'waiting', pausedUntil: 1 }, { state: 'waiting', pausedUntil: 2 })).toBe(false);
  });

  it('differs when a row shown as cut off hears its real failure, so the row shows its reason', () => {
    const shown = visibleState(cutOff, 'r1', STALE_AFTER_MS + 1);
    expect(shown).toMatchObject({ state: 'failed', error: { mayHaveBeenSent: true } });
    const real: RowState = { state: 'failed', error: { kind: 'forbidden', status: 403, details: [] } };
    expect(sameRowState(shown, real)).toBe(false);
    expect(sameRowState(shown, visibleState(cutOff, 'r1', STALE_AFTER_MS + 2))).toBe(true);
  });
});
