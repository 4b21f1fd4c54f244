import { browser } from 'wxt/browser';
import { BATCHES_KEY, type BatchState } from '@/lib/batch';

const KEEP = 20;
let batches: Record<string, BatchState> | null = null;

/**
 * Writes a batch's state to session storage, where the form reads it. Session storage is kept
 * while the browser runs and cleared when it closes; only the newest batches are kept.
 */
export async function saveBatch(batch: BatchState): Promise<void> {
  if (batches === null) {
    const stored = await browser.storage.session.get(BATCHES_KEY);
    batches = (stored[BATCHES_KEY] as Record<string, BatchState> | undefined) ?? {};
  }
  batches[batch.id] = batch;
  const entries = Object.entries(batches);
  const excess = entries.length - KEEP;
  // The oldest finished batches go first; one still running is never dropped.
  batches = Object.fromEntries(entries.filter(([, kept], index) => index >= excess || !kept.finished));
  await browser.storage.session.set({ [BATCHES_KEY]: batches });
}
