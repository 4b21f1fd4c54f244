import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

const WINDOW_SIZE = { width: 460, height: 720 };

/**
 * Shows the invite form: the toolbar popup where the browser lets us open it, otherwise a
 * small window with the same page (Firefox, or no focused browser window).
 */
export async function openInviteForm(windowId?: number): Promise<void> {
  try {
    await browser.action.openPopup(windowId === undefined ? {} : { windowId });
    return;
  } catch {
    // Falls through to a window.
  }
  await browser.windows.create({
    url: `${browser.runtime.getURL('/popup.html')}?window=1`,
    type: 'popup',
    ...WINDOW_SIZE,
  });
}

/** Makes a failure visible on the toolbar button, where a menu click has no other place to say it. */
export async function reportFailure(message: string): Promise<void> {
  await browser.action.setBadgeText({ text: '!' });
  await browser.action.setTitle({ title: message });
}

export async function clearFailure(): Promise<void> {
  await browser.action.setBadgeText({ text: '' });
  await browser.action.setTitle({ title: t('actionTitle') });
}
