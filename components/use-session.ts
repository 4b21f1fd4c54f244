import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BATCHES_KEY, type BatchState } from '@/lib/batch';
import { DRAFT_KEY, emptyRow, type Draft } from '@/lib/draft';

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

/** Every batch of this browser session, as the background reports their progress. */
export function useBatches(): Record<string, BatchState> {
  const [batches, setBatches] = useState<Record<string, BatchState>>({});
  useEffect(() => {
    const read = (value: unknown) => setBatches((value as Record<string, BatchState> | undefined) ?? {});
    void browser.storage.session.get(BATCHES_KEY).then((stored) => read(stored[BATCHES_KEY]));
    const listener = (changes: Record<string, { newValue?: unknown }>) => {
      if (BATCHES_KEY in changes) read(changes[BATCHES_KEY].newValue);
    };
    browser.storage.session.onChanged.addListener(listener);
    return () => browser.storage.session.onChanged.removeListener(listener);
  }, []);
  return batches;
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
