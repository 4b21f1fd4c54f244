import { browser } from 'wxt/browser';
import { readSelection } from '@/lib/page-selection';
import { peopleInText } from '@/lib/read-people';
import type { Recipient } from '@/lib/recipients';

/** The tab the popup was opened over (its `activeTab` grant lets the popup read it). */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab?.id ?? null;
}

/** People in the current tab's selection, read with `activeTab`; none when the page cannot be read. */
export async function readActiveTabSelection(): Promise<Recipient[]> {
  const tabId = await activeTabId();
  if (tabId === null) return [];
  const text = await readSelection(tabId);
  return text ? peopleInText(text) : [];
}
