import { browser } from 'wxt/browser';
import {
  BATCH_INDEX_KEY,
  batchEntries,
  batchHeadKey,
  batchProgressKey,
  batchRowKey,
  type BatchChange,
} from '@/lib/batch';

/**
 * How many batches, and rows in all, are kept: a row whose batch was dropped shows as not sent,
 * and session storage holds 10 MB (a sent row's answer is a few hundred bytes).
 */
const KEEP = { batches: 100, rows: 10_000 };

/** The batches kept, oldest first: their ids, whether each is finished, and how many rows each has. */
type BatchIndex = { id: string; finished: boolean; rows: number }[];

/**
 * Writes what changed of a batch to session storage, where the form reads it: each row's state
 * under a key of its own, so that a change writes (and the form reads) only what changed. Session
 * storage is kept while the browser runs and cleared when it closes; only the newest batches are
 * kept, the oldest finished ones dropped first, and one still running never.
 */
export function createBatchStore(keep = KEEP): (change: BatchChange) => Promise<void> {
  let loading: Promise<BatchIndex> | null = null;
  return async function saveBatch(change) {
    // Read once, by the first save (saves of two batches may come at once).
    loading ??= browser.storage.session
      .get(BATCH_INDEX_KEY)
      .then((stored) => (stored[BATCH_INDEX_KEY] as BatchIndex | undefined) ?? []);
    const index = await loading;
    const known = index.find((entry) => entry.id === change.id);
    const indexChanged = !known || known.finished !== change.progress.finished;
    if (!known) index.push({ id: change.id, finished: change.progress.finished, rows: change.rowIds?.length ?? 0 });
    else known.finished = change.progress.finished;
    const dropped: string[] = [];
    let rows = index.reduce((sum, entry) => sum + entry.rows, 0);
    for (let i = 0; (index.length > keep.batches || rows > keep.rows) && i < index.length;) {
      const entry = index[i];
      if (entry?.finished) {
        dropped.push(entry.id);
        index.splice(i, 1);
        rows -= entry.rows;
      } else i++;
    }
    await browser.storage.session.set({
      ...batchEntries(change),
      ...(indexChanged || dropped.length ? { [BATCH_INDEX_KEY]: index } : {}),
    });
    if (dropped.length === 0) return;
    // The dropped batches' rows, read together, and all their keys removed at once.
    const heads = await browser.storage.session.get(dropped.map(batchHeadKey));
    await browser.storage.session.remove(
      dropped.flatMap((id) => {
        const rowIds = (heads[batchHeadKey(id)] as string[] | undefined) ?? [];
        return [batchHeadKey(id), batchProgressKey(id), ...rowIds.map((rowId) => batchRowKey(id, rowId))];
      }),
    );
  };
}
