import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createApexScoreApi } from '@/lib/apexscore/client';
import {
  apiTokenItem,
  knownNamesItem,
  pendingPrefillItem,
  requestTimeoutItem,
  settingsItem,
  type Prefill,
} from '@/lib/storage';
import { createBatchRunner } from './batch';
import { createBatchStore } from './batch-store';
import { createMessageHandler } from './handlers';
import { originOf } from './sender';
import { createInviter } from './invite';
import { createMenuClickHandler, createMenus } from './menus';
import { clearFailure, openInviteForm, reportFailure } from './open-form';
import { readSelection } from '@/lib/page-selection';
import { collectPage } from '@/lib/scan-tab';
import { readToken, restrictTokenStorage } from './token';
import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings';

/** A prefill older than this was never picked up (the form failed to open): drop it. */
const PREFILL_TTL_MS = 60_000;

async function openOptionsUntilConfigured(): Promise<void> {
  if ((await apiTokenItem.getValue()) === null) await browser.runtime.openOptionsPage();
}

export default defineBackground(() => {
  async function apiFor(settings: Settings) {
    const timeoutMs = await requestTimeoutItem.getValue();
    return createApexScoreApi({ baseUrl: settings.baseUrl, getToken: readToken, timeoutMs });
  }

  let learning = Promise.resolve();
  let waiting: (Prefill & { createdAt: number }) | null = null;
  const sendInvite = createInviter({
    getSettings: () => settingsItem.getValue(),
    getApi: apiFor,
    // One after another: concurrent answers must not overwrite each other's names.
    learnNames: (update) =>
      (learning = learning.then(async () => knownNamesItem.setValue(update(await knownNamesItem.getValue())))),
  });

  const runBatch = createBatchRunner({
    send: sendInvite,
    save: createBatchStore(),
    // An extension API call keeps the service worker alive through a long Retry-After.
    keepAlive: () => void browser.runtime.getPlatformInfo(),
  });

  const onMessage = createMessageHandler({
    extensionId: browser.runtime.id,
    extensionOrigin: originOf(browser.runtime.getURL('/')) ?? '',
    getToken: readToken,
    setToken: (token) => (token === null ? apiTokenItem.removeValue() : apiTokenItem.setValue(token)),
    getSettings: () => settingsItem.getValue(),
    setSettings: (settings) => settingsItem.setValue(settings),
    getNames: () => knownNamesItem.getValue(),
    checkConnection: async () => {
      const result = await (await apiFor(await settingsItem.getValue())).checkConnection();
      return result.ok ? { ok: true, value: null } : result;
    },
    startBatch: ({ batchId, rows }) => void runBatch(batchId, rows),
    takePrefill: async () => {
      const pending = waiting ?? (await pendingPrefillItem.getValue());
      waiting = null;
      await Promise.all([pendingPrefillItem.removeValue(), clearFailure()]);
      if (!pending || Date.now() - pending.createdAt >= PREFILL_TTL_MS) return null;
      return {
        ...(pending.text !== undefined ? { text: pending.text } : {}),
        ...(pending.scan !== undefined ? { scan: pending.scan } : {}),
      };
    },
  });

  const onMenuClicked = createMenuClickHandler({
    readSelection,
    offerPrefill: async (prefill) => {
      waiting = { ...prefill, createdAt: Date.now() };
      // Also stored, for a worker restarted before the form asks; a scan too big for session
      // storage's quota still reaches the form from memory.
      await pendingPrefillItem.setValue(waiting).catch(() => undefined);
    },
    collectPage,
    openInviteForm,
    reportFailure,
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void createMenus().catch(() => reportFailure(t('errorMenus')));
    if (reason === 'install') void openOptionsUntilConfigured();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the polyfill replies with the promise's value
  browser.runtime.onMessage.addListener((message, sender) => onMessage(message, sender));
  void restrictTokenStorage();
});
