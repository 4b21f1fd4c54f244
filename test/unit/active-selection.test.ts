import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readActiveTabSelection } from '@/entrypoints/popup/active-selection';

describe('readActiveTabSelection', () => {
  it('parses the selection of the active tab, read in the page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://crm.example/', active: true });
    // The fake browser cannot answer `currentWindow` queries.
    Object.assign(browser.tabs, { query: vi.fn(() => Promise.resolve([tab])) });
    const executeScript = vi.fn(() =>
      Promise.resolve([{ frameId: 0, documentId: 'd', result: 'Jane Doe <jane@acme.com>' }]),
    );
    Object.assign(browser.scripting, { executeScript });
    expect(await readActiveTabSelection()).toEqual([
      { email: 'jane@acme.com', firstName: 'Jane', lastName: 'Doe', nameSource: 'given' },
    ]);
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: tab.id, frameIds: [0] } }));
  });

  it('gives nobody when the page cannot be read', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings', active: true });
    Object.assign(browser.tabs, { query: vi.fn(() => Promise.resolve([tab])) });
    Object.assign(browser.scripting, {
      executeScript: vi.fn(() => Promise.reject(new Error('Cannot access a chrome:// URL'))),
    });
    expect(await readActiveTabSelection()).toEqual([]);
  });
});
