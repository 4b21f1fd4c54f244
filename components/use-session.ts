import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { batchProgressKey, batchRowKey, isBatchKey, withBatchEntries, type BatchState } from '@/lib/batch';
import { DRAFT_KEY, emptyRow, type Draft, type PersonRow } from '@/lib/draft';

// How long changes of the batches are gathered before the form renders them: a render grows with
// the rows (about 30 ms for 1,600 in a trace), so a form of many rows renders them less often.
const coalesceMs = (rows: number) => Math.min(250, Math.max(50, rows / 8));

/**
 * The form's rows, kept in session storage as they are typed: closing the popup (a click
 * elsewhere is enough) loses nothing. `loaded` turns true once the saved draft is read.
 */
export function useDraft(): [Draft, (update: (draft: Draft) => Draft) => void, boolean] {
  const [draft, setDraft] = useState<Draft>({ rows: [emptyRow()], role: null, portfolioIds: [] });
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    void browser.storage.session.get(DRAFT_KEY).then((stored) => {
      const saved = stored[DRAFT_KEY] as Draft | undefined;
      // Anything typed before the saved draft arrived wins over it.
      if (saved?.rows.length)
        setDraft((current) => (current.rows.some((row) => row.email || row.firstName) ? current : saved));
      setLoaded(true);
    });
  }, []);

  // Written at once, not debounced: a popup closes the moment focus leaves it, and a pending
  // write would be lost with it. Writes from one page are applied in order.
  const update = (change: (draft: Draft) => Draft) => {
    setDraft((current) => {
      const next = change(current);
      void browser.storage.session.set({ [DRAFT_KEY]: next });
      return next;
    });
  };
  return [draft, update, loaded];
}

/**
 * The batches that sent the form's rows, as the background reports their progress, and whether
 * they have been read: first for the rows the form has (once `loaded`), then kept up to date from
 * each change, of which only what changed is read. Changes are taken in together, one render in 50
 * to 250 ms (the more rows, the longer): a batch of hundreds of rows changes dozens of times a
 * second.
 */
export function useBatches(rows: readonly PersonRow[], loaded: boolean): [Record<string, BatchState>, boolean] {
  const [batches, setBatches] = useState<Record<string, BatchState>>({});
  // Whether the states of the rows sent before the form opened are in: until then those rows
  // must not be sent again.
  const [ready, setReady] = useState(false);
  // Keys a change has set since the form opened: what is first read must not undo them.
  const changedKeys = useRef(new Set<string>());
  const rowCount = useRef(rows.length);
  rowCount.current = rows.length;
  useEffect(() => {
    let pending: Record<string, unknown> = {};
    let timer: ReturnType<typeof setTimeout> | undefined;
    const listener = (changes: Record<string, { newValue?: unknown }>) => {
      for (const [key, change] of Object.entries(changes)) {
        if (!isBatchKey(key)) continue;
        changedKeys.current.add(key);
        pending[key] = change.newValue;
      }
      timer ??= setTimeout(() => {
        const entries = pending;
        pending = {};
        timer = undefined;
        setBatches((current) => withBatchEntries(current, entries));
      }, coalesceMs(rowCount.current));
    };
    browser.storage.session.onChanged.addListener(listener);
    return () => {
      clearTimeout(timer);
      browser.storage.session.onChanged.removeListener(listener);
    };
  }, []);
  useEffect(() => {
    if (!loaded) return;
    const keys = new Set<string>();
    for (const row of rows) {
      if (!row.batchId) continue;
      keys.add(batchProgressKey(row.batchId));
      keys.add(batchRowKey(row.batchId, row.id));
    }
    if (keys.size === 0) {
      setReady(true);
      return;
    }
    void browser.storage.session
      .get([...keys])
      .then((stored) => {
        const entries = Object.fromEntries(Object.entries(stored).filter(([key]) => !changedKeys.current.has(key)));
        setBatches((current) => withBatchEntries(current, entries));
      })
      // Storage that cannot be read tells nothing: the rows are then shown as not sent, as before.
      .finally(() => setReady(true));
    // Once, when the saved draft is in: rows sent later are reported by the changes.
  }, [loaded]);
  return [batches, ready];
}

/** The time, ticking every half second while `active` (for "going on in N s"). */
export function useNow(active: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}
