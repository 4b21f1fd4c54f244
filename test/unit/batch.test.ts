import { describe, expect, it, vi } from 'vitest';
import { createBatchRunner } from '@/entrypoints/background/batch';
import type { Result } from '@/lib/apexscore/errors';
import { STALE_AFTER_MS, visibleState, type BatchRow, type BatchState } from '@/lib/batch';
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

function setup(answer: (input: SendInviteInput, call: number) => Result<InviteOutcome>, concurrency = 3) {
  let clock = 0;
  let active = 0;
  let maxActive = 0;
  const calls: SendInviteInput[] = [];
  const saved: BatchState[] = [];
  const run = createBatchRunner({
    send: async (input) => {
      const call = calls.push(input);
      active++;
      maxActive = Math.max(maxActive, active);
      await Promise.resolve();
      active--;
      return answer(input, call);
    },
    save: (batch) => {
      saved.push(batch);
      return Promise.resolve();
    },
    now: () => clock,
    sleep: (ms) => {
      clock += ms;
      return Promise.resolve();
    },
    concurrency,
  });
  return { run, calls, saved, maxActive: () => maxActive, clock: () => clock };
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
    const saved: BatchState[] = [];
    const run = createBatchRunner({
      send: async (input) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        return sent(input.email);
      },
      // A storage slower than the answers.
      save: async (batch) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        saved.push(batch);
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
    order: Object.keys(rows),
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
