import { browser } from 'wxt/browser';
import { readSelection } from '@/lib/page-selection';
import { parseRecipients, type Recipient } from '@/lib/recipients';

/** People in the current tab's selection, read with `activeTab`; none when the page cannot be read. */
export async function readActiveTabSelection(): Promise<Recipient[]> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  if (tab?.id === undefined) return [];
  const text = await readSelection(tab.id);
  return text ? parseRecipients(text) : [];
}
