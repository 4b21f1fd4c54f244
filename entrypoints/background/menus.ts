import { browser, type Browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { parseRecipients, type Recipient } from '@/lib/recipients';
import type { ScanCandidate } from '@/lib/recipients/scan';
import type { Prefill } from '@/lib/storage';
import type { readSelection } from '@/lib/page-selection';

export const MENU_SELECTION = 'apexscore-invite-selection';
export const MENU_LINK = 'apexscore-invite-link';
export const MENU_PAGE = 'apexscore-invite-page';

/** Creates the menu items from scratch (an update must not leave stale or duplicate ids). */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_SELECTION, title: t('menuInviteSelection'), contexts: ['selection'] });
  browser.contextMenus.create({
    id: MENU_LINK,
    title: t('menuInviteLink'),
    contexts: ['link'],
    targetUrlPatterns: ['mailto:*'],
  });
  browser.contextMenus.create({ id: MENU_PAGE, title: t('menuInvitePage'), contexts: ['page'] });
}

export interface MenuDeps {
  readSelection: typeof readSelection;
  offerPrefill: (prefill: Prefill) => Promise<void>;
  scanPage: (tabId: number) => Promise<ScanCandidate[] | null>;
  openInviteForm: (windowId?: number) => Promise<void>;
  reportFailure: (message: string) => Promise<void>;
}

/** The people a menu click points at: the page's own selection when it can be read, else the menu's. */
export async function recipientsForClick(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
  read: MenuDeps['readSelection'],
): Promise<Recipient[] | null> {
  if (info.menuItemId === MENU_LINK) return info.linkUrl ? parseRecipients(info.linkUrl) : [];
  if (info.menuItemId !== MENU_SELECTION) return null;
  const fromPage = tab?.id !== undefined && tab.id >= 0 ? await read(tab.id, info.frameId ?? 0) : null;
  return parseRecipients(fromPage?.trim() ? fromPage : (info.selectionText ?? ''));
}

export function createMenuClickHandler(deps: MenuDeps) {
  return async function onMenuClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
    try {
      if (info.menuItemId === MENU_PAGE) {
        const scan = tab?.id !== undefined && tab.id >= 0 ? await deps.scanPage(tab.id) : null;
        await deps.offerPrefill({ recipients: [], scan });
      } else {
        const recipients = await recipientsForClick(info, tab, deps.readSelection);
        if (recipients === null) return;
        await deps.offerPrefill({ recipients });
      }
      await deps.openInviteForm(tab?.windowId);
    } catch {
      await deps.reportFailure(t('errorOpenForm'));
    }
  };
}
