import type { Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { expect } from 'vitest';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { extensionWithPageAccess, launchExtension, type ExtensionBrowser } from './browser';
import { CdpPage } from './cdp';

export interface Session {
  browser: ExtensionBrowser;
  sandbox: Sandbox;
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** The sandbox API and Chromium with the extension; `pageAccess`: the copy that may read test pages. */
export async function startSession(options: { pageAccess?: boolean } = {}): Promise<Session> {
  const sandbox = await startSandbox();
  const copy = options.pageAccess ? await extensionWithPageAccess() : null;
  const browser = await launchExtension(copy?.dir);
  return {
    browser,
    sandbox,
    url: (path) => `chrome-extension://${browser.extensionId}/${path}`,
    close: async () => {
      await browser.close();
      await sandbox.close();
      await copy?.remove();
    },
  };
}

/** The options page opened on install (it may take a moment to appear), or a new one. */
export async function optionsPage(session: Session): Promise<Page> {
  const find = () => session.browser.context.pages().find((page) => page.url().endsWith('/options.html'));
  for (let waited = 0; !find() && waited < 5_000; waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100));
  const opened = find();
  if (opened) {
    await opened.waitForLoadState();
    return opened;
  }
  const page = await session.browser.context.newPage();
  await page.goto(session.url('options.html'));
  return page;
}

/** Sets the extension up through its options page, field by field, as a user would. */
export async function configureThroughOptions(session: Session, page: Page): Promise<void> {
  const { sandbox } = session;
  await page.getByLabel('API token', { exact: true }).fill(sandbox.token);
  await page.getByLabel('Organization ID').fill(sandbox.organizationId);
  await page.getByLabel('Portfolios').fill(sandbox.portfolios.map((p) => p.id).join('\n'));
  const baseUrl = page.getByLabel('API base URL');
  if (!(await baseUrl.isVisible())) await page.getByText('Advanced').click();
  await page.getByLabel('API base URL').fill(sandbox.url);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(/A token is set, ending in …/).waitFor();
  await page.getByText('Saved.').waitFor();
}

/** Opens the invite form in a tab (the page the extension opens as its invite window). */
export async function openFormTab(session: Session): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(session.url('popup.html?window=1'));
  await page.getByLabel('Email').first().waitFor();
  return page;
}

/** Opens the form's paste box, pastes `text` and adds the people in it, as a user would. */
export async function pastePeople(page: Page, text: string): Promise<void> {
  await page.getByText('Paste a list').click();
  await page.getByLabel('Names and addresses').fill(text);
  await page.getByRole('button', { name: 'Add people' }).click();
}

/**
 * The real action popup, opened by the extension, reached over DevTools; waited for up to
 * `timeoutMs` (a page scan opens it when the scan is done).
 */
export async function attachPopup(session: Session, timeoutMs = 10_000): Promise<CdpPage> {
  const popup = await CdpPage.attach(
    session.browser.devtoolsPort,
    `${session.browser.extensionId}/popup.html`,
    timeoutMs,
  );
  await popup.waitFor(`document.querySelector('input[type=email]')`);
  return popup;
}

/** Opens the toolbar popup over a tab, as its button does, and attaches to it. */
export async function openToolbarPopup(session: Session, tabId: number): Promise<CdpPage> {
  const windowId = await session.browser.worker.evaluate(async (id) => (await chrome.tabs.get(id)).windowId, tabId);
  await session.browser.worker.evaluate((id) => chrome.action.openPopup({ windowId: id }), windowId);
  return attachPopup(session);
}

/** The email, first name and last name of the form's first row. */
export async function firstRow(popup: CdpPage): Promise<string[]> {
  return Promise.all(
    ['input[type=email]', 'input[id$=-firstName]', 'input[id$=-lastName]'].map((selector) => popup.value(selector)),
  );
}

/** Forgets the form's saved rows, as a new browser session would. */
export async function clearDraft(session: Session): Promise<void> {
  await session.browser.worker.evaluate(() => chrome.storage.session.remove('inviteDraft'));
}

export async function setRequestTimeout(session: Session, ms: number): Promise<void> {
  await session.browser.worker.evaluate((value) => chrome.storage.local.set({ requestTimeoutMs: value }), ms);
}

/** The JSON bodies of the POSTs the sandbox received. */
export function postedBodies(sandbox: Sandbox): unknown[] {
  return sandbox.posts().map((request) => JSON.parse(request.body) as unknown);
}

export async function expectPosts(sandbox: Sandbox, count: number): Promise<void> {
  await expect.poll(() => sandbox.posts().length, { timeout: 10_000 }).toBe(count);
}

/** Opens a page the sandbox serves, in a tab; answers the tab's id. */
export async function openWebPage(
  session: Session,
  name: string,
  html: string,
): Promise<{ page: Page; tabId: number }> {
  session.sandbox.pages.set(name, html);
  const page = await session.browser.context.newPage();
  await page.goto(`${session.sandbox.url}/pages/${name}`);
  await page.bringToFront();
  const tabId = await session.browser.worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return tab?.id ?? -1;
  }, page.url());
  return { page, tabId };
}

/** Dispatches a context-menu click inside the real service worker, as Chromium would. */
export async function menuClick(
  session: Session,
  tabId: number,
  info: Partial<Browser.contextMenus.OnClickData>,
): Promise<void> {
  const tab = await session.browser.worker.evaluate((id) => chrome.tabs.get(id), tabId);
  await session.browser.worker.evaluate(
    ([clickInfo, clickTab]) => {
      chrome.contextMenus.onClicked.dispatch(clickInfo, clickTab);
    },
    [{ editable: false, pageUrl: tab.url ?? '', ...info }, tab] as const,
  );
}
