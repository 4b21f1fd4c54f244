import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBatchStore } from '@/entrypoints/background/batch-store';
import { BATCH_INDEX_KEY, type BatchChange } from '@/lib/batch';

const change = (id: string, finished: boolean, rows: BatchChange['rows'], rowIds?: string[]): BatchChange => ({
  id,
  ...(rowIds ? { rowIds } : {}),
  progress: { pausedUntil: null, finished, updatedAt: 1 },
  rows,
});

describe('the batch store', () => {
  it("writes each row's state under a key of its own, and only the rows that changed", async () => {
    const save = createBatchStore();
    await save(change('b1', false, { r1: { state: 'waiting' }, r2: { state: 'waiting' } }, ['r1', 'r2']));
    const written: string[][] = [];
    fakeBrowser.storage.session.onChanged.addListener((changes) => written.push(Object.keys(changes)));
    await save(change('b1', false, { r2: { state: 'sending' } }));
    expect(written).toEqual([['batch:b1:progress', 'batch:b1:row:r2']]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({
      'batch:b1': ['r1', 'r2'],
      'batch:b1:progress': { pausedUntil: null, finished: false, updatedAt: 1 },
      'batch:b1:row:r1': { state: 'waiting' },
      'batch:b1:row:r2': { state: 'sending' },
      [BATCH_INDEX_KEY]: [{ id: 'b1', finished: false, rows: 2 }],
    });
  });

  it('keeps the newest batches: drops the oldest finished ones with all their keys, and never one running', async () => {
    const save = createBatchStore({ batches: 2, rows: 100 });
    await save(change('b1', false, { r1: { state: 'waiting' } }, ['r1']));
    await save(change('b2', false, { r2: { state: 'waiting' } }, ['r2']));
    await save(change('b2', true, { r2: { state: 'sent', response: { sent: [], failed: [] } } }));
    // b1 still runs: b2, finished, goes first.
    await save(change('b3', false, { r3: { state: 'waiting' } }, ['r3']));
    const keys = Object.keys(await fakeBrowser.storage.session.get(null)).sort();
    expect(keys).toEqual([
      'batch:b1',
      'batch:b1:progress',
      'batch:b1:row:r1',
      'batch:b3',
      'batch:b3:progress',
      'batch:b3:row:r3',
      BATCH_INDEX_KEY,
    ]);
    // A store started anew (the service worker was stopped) reads which batches are kept.
    await save(change('b1', true, { r1: { state: 'sent', response: { sent: [], failed: [] } } }));
    await createBatchStore({ batches: 2, rows: 100 })(change('b4', false, { r4: { state: 'waiting' } }, ['r4']));
    const index = (await fakeBrowser.storage.session.get(BATCH_INDEX_KEY))[BATCH_INDEX_KEY];
    expect(index).toEqual([
      { id: 'b3', finished: false, rows: 1 },
      { id: 'b4', finished: false, rows: 1 },
    ]);
    expect(await fakeBrowser.storage.session.get('batch:b1:row:r1')).toEqual({});
  });

  it('keeps no more rows than it may: the oldest finished batches go first', async () => {
    const save = createBatchStore({ batches: 100, rows: 3 });
    await save(change('b1', true, { r1: { state: 'waiting' }, r2: { state: 'waiting' } }, ['r1', 'r2']));
    await save(change('b2', true, { r3: { state: 'waiting' } }, ['r3']));
    await save(change('b3', false, { r4: { state: 'waiting' } }, ['r4']));
    const index = (await fakeBrowser.storage.session.get(BATCH_INDEX_KEY))[BATCH_INDEX_KEY];
    expect(index).toEqual([
      { id: 'b2', finished: true, rows: 1 },
      { id: 'b3', finished: false, rows: 1 },
    ]);
    expect(
      Object.keys(await fakeBrowser.storage.session.get(null)).filter((key) => key.startsWith('batch:b1')),
    ).toEqual([]);
  });

  it('drops several batches in one save, with all their keys', async () => {
    const save = createBatchStore({ batches: 100, rows: 3 });
    await save(change('b1', true, { r1: { state: 'waiting' }, r2: { state: 'waiting' } }, ['r1', 'r2']));
    await save(change('b2', true, { r3: { state: 'waiting' } }, ['r3']));
    await save(
      change('b3', false, { r4: { state: 'waiting' }, r5: { state: 'waiting' }, r6: { state: 'waiting' } }, [
        'r4',
        'r5',
        'r6',
      ]),
    );
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual([
      'batch:b3',
      'batch:b3:progress',
      'batch:b3:row:r4',
      'batch:b3:row:r5',
      'batch:b3:row:r6',
      BATCH_INDEX_KEY,
    ]);
  });
});
