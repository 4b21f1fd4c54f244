import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { DEFAULT_TIMEOUT_MS } from '@/lib/apexscore/contract';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { apiTokenItem, knownNamesItem, pendingPrefillItem, requestTimeoutItem, settingsItem } from '@/lib/storage';

describe('storage items', () => {
  it.each([
    ['apiToken', apiTokenItem, null],
    ['settings', settingsItem, DEFAULT_SETTINGS],
    ['knownNames', knownNamesItem, { organizations: {}, portfolios: {} }],
    ['requestTimeoutMs', requestTimeoutItem, DEFAULT_TIMEOUT_MS],
    ['pendingPrefill', pendingPrefillItem, null],
  ] as const)('%s falls back to its default', async (_name, item, fallback) => {
    expect(await item.getValue()).toEqual(fallback);
  });

  it('keeps the token in local storage only, never sync', async () => {
    await apiTokenItem.setValue('tok_live_abcdefghijklmnop');
    expect(await browser.storage.local.get('apiToken')).toEqual({ apiToken: 'tok_live_abcdefghijklmnop' });
    expect(await browser.storage.sync.get(null)).toEqual({});
  });

  it('keeps a pending prefill in session storage, which the browser clears', async () => {
    await pendingPrefillItem.setValue({ text: 'jane@acme.com', createdAt: 1 });
    expect(await browser.storage.session.get('pendingPrefill')).toEqual({
      pendingPrefill: { text: 'jane@acme.com', createdAt: 1 },
    });
  });
});
