import { browser } from 'wxt/browser';
import { readSelection } from '@/lib/page-selection';
import { peopleInText } from '@/lib/read-people';
import type { Recipient } from '@/lib/recipients';

/**
 * The tab the form was opened over (its `activeTab` grant lets the form read it): the active tab
 * of the browser window the toolbar popup belongs to; or, when the form has a small window of its
 * own (`openInviteForm`), of the browser window last focused, behind it: not the form's own page.
 */
export async function activeTabId(): Promise<number | null> {
  try {
    const current = await browser.windows.getCurrent();
    const window =
      current.type === 'normal' ? current : await browser.windows.getLastFocused({ windowTypes: ['normal'] });
    if (window.id === undefined) return null;
    const [tab] = await browser.tabs.query({ active: true, windowId: window.id });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

/** People in the current tab's selection, read with `activeTab`; none when the page cannot be read. */
export async function readActiveTabSelection(): Promise<Recipient[]> {
  const tabId = await activeTabId();
  if (tabId === null) return [];
  const text = await readSelection(tabId);
  return text ? peopleInText(text) : [];
}
