import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeTabId, readActiveTabSelection } from '@/entrypoints/popup/active-selection';

const BROWSER_WINDOW = 1;
const FORM_WINDOW = 2;

/**
 * Windows as the fake browser cannot answer for them: `current` is the window the form's page is
 * in, each with its active tab.
 */
function windows(current: { id: number; type: 'normal' | 'popup' }, active: Record<number, Browser.tabs.Tab>) {
  const getLastFocused = vi.fn(() => Promise.resolve({ id: BROWSER_WINDOW, type: 'normal' }));
  Object.assign(browser.windows, { getCurrent: vi.fn(() => Promise.resolve(current)), getLastFocused });
  Object.assign(browser.tabs, {
    query: vi.fn(({ windowId }: { windowId: number }) => {
      const tab = active[windowId];
      return Promise.resolve(tab ? [tab] : []);
    }),
  });
  return { getLastFocused };
}

function pageSays(text: string) {
  const result = { text, focusInChild: false, hasFocus: true };
  const executeScript = vi.fn(() => Promise.resolve([{ frameId: 0, documentId: 'd', result }]));
  Object.assign(browser.scripting, { executeScript });
  return executeScript;
}

describe('activeTabId, the tab the form was opened over', () => {
  let page: Browser.tabs.Tab;
  let form: Browser.tabs.Tab;
  beforeEach(async () => {
    page = await fakeBrowser.tabs.create({ url: 'https://crm.example/', active: true });
    form = await fakeBrowser.tabs.create({ url: 'chrome-extension://id/popup.html?window=1', active: true });
  });

  it("is the active tab of the toolbar popup's browser window", async () => {
    const { getLastFocused } = windows({ id: BROWSER_WINDOW, type: 'normal' }, { [BROWSER_WINDOW]: page });
    expect(await activeTabId()).toBe(page.id);
    expect(getLastFocused).not.toHaveBeenCalled();
  });

  it('is the page in the browser window behind the form, when the form has a window of its own', async () => {
    const { getLastFocused } = windows(
      { id: FORM_WINDOW, type: 'popup' },
      { [BROWSER_WINDOW]: page, [FORM_WINDOW]: form },
    );
    expect(await activeTabId()).toBe(page.id);
    expect(getLastFocused).toHaveBeenCalledWith({ windowTypes: ['normal'] });
  });

  it('is none when there is no browser window', async () => {
    windows({ id: FORM_WINDOW, type: 'popup' }, { [FORM_WINDOW]: form });
    Object.assign(browser.windows, { getLastFocused: vi.fn(() => Promise.reject(new Error('No window'))) });
    expect(await activeTabId()).toBeNull();
  });
});

describe('readActiveTabSelection', () => {
  it('parses the selection of the active tab, read in the page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://crm.example/', active: true });
    windows({ id: BROWSER_WINDOW, type: 'normal' }, { [BROWSER_WINDOW]: tab });
    const executeScript = pageSays('Jane Doe <jane@acme.com>');
    expect(await readActiveTabSelection()).toEqual([
      { email: 'jane@acme.com', firstName: 'Jane', lastName: 'Doe', nameSource: 'given' },
    ]);
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: tab.id, allFrames: true } }));
  });

  it('gives nobody when the page cannot be read', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings', active: true });
    windows({ id: BROWSER_WINDOW, type: 'normal' }, { [BROWSER_WINDOW]: tab });
    Object.assign(browser.scripting, {
      executeScript: vi.fn(() => Promise.reject(new Error('Cannot access a chrome:// URL'))),
    });
    expect(await readActiveTabSelection()).toEqual([]);
  });
});
