import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import {
  createMenuClickHandler,
  createMenus,
  MENU_LINK,
  MENU_SELECTION,
  textForClick,
} from '@/entrypoints/background/menus';
import { openInviteForm } from '@/entrypoints/background/open-form';

const tab = { id: 4, index: 0, highlighted: true, active: true, pinned: false, incognito: false } as Browser.tabs.Tab;
const click = (info: Partial<Browser.contextMenus.OnClickData>) =>
  ({ editable: false, pageUrl: 'https://crm.example/', ...info }) as Browser.contextMenus.OnClickData;

describe('createMenus', () => {
  const calls: string[] = [];
  const created: Browser.contextMenus.CreateProperties[] = [];
  beforeEach(() => {
    calls.length = 0;
    created.length = 0;
    // The fake browser has no contextMenus namespace.
    Object.assign(browser, {
      contextMenus: {
        removeAll: vi.fn(() => {
          calls.push('removeAll');
          return Promise.resolve();
        }),
        create: vi.fn((properties: Browser.contextMenus.CreateProperties) => {
          calls.push(`create ${properties.id ?? ''}`);
          created.push(properties);
        }),
      },
    });
  });

  it('removes every item before creating its own, with stable ids', async () => {
    await createMenus();
    expect(calls).toEqual([
      'removeAll',
      `create ${MENU_SELECTION}`,
      `create ${MENU_LINK}`,
      'create apexscore-invite-page',
    ]);
    expect(created).toEqual([
      { id: 'apexscore-invite-selection', title: 'Invite "%s" to ApexScore', contexts: ['selection'] },
      {
        id: 'apexscore-invite-link',
        title: 'Invite this address to ApexScore',
        contexts: ['link'],
        targetUrlPatterns: ['mailto:*'],
      },
      { id: 'apexscore-invite-page', title: 'Find people to invite on this page', contexts: ['page'] },
    ]);
  });
});

describe('textForClick', () => {
  it('reads the selection in the page, where line breaks survive', async () => {
    const read = vi.fn(() => Promise.resolve('Email\tName\njane@acme.com\tJane Doe'));
    const text = await textForClick(
      click({ menuItemId: MENU_SELECTION, selectionText: 'flat', frameId: 3 }),
      tab,
      read,
    );
    expect(read).toHaveBeenCalledWith(4, 3);
    expect(text).toBe('Email\tName\njane@acme.com\tJane Doe');
  });

  it.each<[string, string | null]>([
    ['cannot be read', null],
    ['reads as empty', '  '],
  ])("uses the menu's selectionText when the page %s", async (_name, pageText) => {
    const text = await textForClick(
      click({ menuItemId: MENU_SELECTION, selectionText: 'Jane Doe <jane.doe@example.com>' }),
      tab,
      () => Promise.resolve(pageText),
    );
    expect(text).toBe('Jane Doe <jane.doe@example.com>');
  });

  it('does not try to read a page without a tab', async () => {
    const read = vi.fn(() => Promise.resolve('x'));
    expect(await textForClick(click({ menuItemId: MENU_SELECTION, selectionText: 'a@b.co' }), undefined, read)).toBe(
      'a@b.co',
    );
    expect(read).not.toHaveBeenCalled();
  });

  it('passes a mailto link on whole, for the form to decode', async () => {
    const linkUrl = 'mailto:mike%26family@example.org?subject=Hi%20there';
    expect(await textForClick(click({ menuItemId: MENU_LINK, linkUrl }), tab, () => Promise.resolve(null))).toBe(
      linkUrl,
    );
  });

  it('ignores items that are not ours', async () => {
    expect(await textForClick(click({ menuItemId: 'other' }), tab, () => Promise.resolve(null))).toBeNull();
  });
});

describe('the menu click handler', () => {
  const deps = () => ({
    readSelection: vi.fn(() => Promise.resolve(null)),
    offerPrefill: vi.fn(() => Promise.resolve()),
    openInviteForm: vi.fn(() => Promise.resolve()),
    reportFailure: vi.fn(() => Promise.resolve()),
    collectPage: vi.fn(() => Promise.resolve(scanned)),
  });
  const scanned = { links: [], elements: [], structured: [], text: 'jane@acme.com' };

  it('offers the selection to the form, then opens it', async () => {
    const d = deps();
    await createMenuClickHandler(d)(click({ menuItemId: MENU_SELECTION, selectionText: 'a@b.co' }), tab);
    expect(d.offerPrefill).toHaveBeenCalledWith({ text: 'a@b.co' });
    expect(d.openInviteForm).toHaveBeenCalledTimes(1);
    expect(d.offerPrefill.mock.invocationCallOrder[0]).toBeLessThan(d.openInviteForm.mock.invocationCallOrder[0]!);
  });

  it('collects the page for the page item, and offers what it holds', async () => {
    const d = deps();
    await createMenuClickHandler(d)(click({ menuItemId: 'apexscore-invite-page' }), tab);
    expect(d.collectPage).toHaveBeenCalledWith(4);
    expect(d.offerPrefill).toHaveBeenCalledWith({ scan: scanned });
    expect(d.openInviteForm).toHaveBeenCalledWith(tab.windowId);
  });

  it('shows a failure to open the form on the toolbar button', async () => {
    const d = deps();
    d.openInviteForm.mockRejectedValueOnce(new Error('no window'));
    await createMenuClickHandler(d)(click({ menuItemId: MENU_SELECTION, selectionText: 'a@b.co' }), tab);
    expect(d.reportFailure).toHaveBeenCalledWith(expect.stringContaining('could not open the invite form'));
  });
});

describe('openInviteForm', () => {
  it('opens a small window with the form where the popup cannot be opened', async () => {
    Object.assign(browser.action, { openPopup: vi.fn(() => Promise.reject(new Error('not allowed'))) });
    const create = vi.spyOn(browser.windows, 'create');
    await openInviteForm();
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0]).toMatchObject({ type: 'popup' });
    expect(create.mock.calls[0]?.[0]?.url).toMatch(/\/popup\.html\?window=1$/);
  });

  it('opens the popup where it can', async () => {
    const openPopup = vi.fn(() => Promise.resolve());
    Object.assign(browser.action, { openPopup });
    const create = vi.spyOn(browser.windows, 'create');
    await openInviteForm();
    expect(openPopup).toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
  });
});
