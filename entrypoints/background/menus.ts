import { browser, type Browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import type { PageScan } from '@/lib/page-scan';
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
  collectPage: (tabId: number) => Promise<PageScan | null>;
  openInviteForm: (windowId?: number) => Promise<void>;
  reportFailure: (message: string) => Promise<void>;
}

/**
 * The text a menu click points at, for the form to read: the page's own selection when it can be
 * read (line breaks and table cells survive there), else the menu's flattened `selectionText`; or
 * the `mailto:` link. Null for items that are not ours.
 */
export async function textForClick(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
  read: MenuDeps['readSelection'],
): Promise<string | null> {
  if (info.menuItemId === MENU_LINK) return info.linkUrl ?? '';
  if (info.menuItemId !== MENU_SELECTION) return null;
  const fromPage = tab?.id !== undefined && tab.id >= 0 ? await read(tab.id, info.frameId ?? 0) : null;
  return fromPage?.trim() ? fromPage : (info.selectionText ?? '');
}

export function createMenuClickHandler(deps: MenuDeps) {
  return async function onMenuClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
    try {
      if (info.menuItemId === MENU_PAGE) {
        const scan = tab?.id !== undefined && tab.id >= 0 ? await deps.collectPage(tab.id) : null;
        await deps.offerPrefill({ scan });
      } else {
        const text = await textForClick(info, tab, deps.readSelection);
        if (text === null) return;
        await deps.offerPrefill({ text });
      }
      await deps.openInviteForm(tab?.windowId);
    } catch {
      await deps.reportFailure(t('errorOpenForm'));
    }
  };
}
