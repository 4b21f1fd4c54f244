import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchExtension, type ExtensionBrowser } from '../e2e/browser';
import { CdpPage } from '../e2e/cdp';
import { median } from './median';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Strings, not functions: tsx would wrap functions in a helper the page does not have.
// Each returns the epoch time (ms) at which the page was usable.
const FORM_READY = `(async () => {
  while (performance.getEntriesByName('invite-form-ready').length === 0) await new Promise((r) => setTimeout(r, 5));
  return performance.timeOrigin + performance.getEntriesByName('invite-form-ready')[0].startTime;
})()`;
const PAGE_LOADED = `(async () => {
  const nav = () => performance.getEntriesByType('navigation')[0];
  while (!nav() || !nav().loadEventEnd) await new Promise((r) => setTimeout(r, 5));
  return performance.timeOrigin + nav().loadEventEnd;
})()`;

/** Ten people as Outlook writes them on a To: line: what a right-clicked selection often is. */
const PEOPLE = ['Doe, Jane', 'Smith, John', 'Berg, Anna', 'Rossi, Maria', 'Zhang, Wei', 'Patel, Priya'];
export const TO_LINE = Array.from({ length: 10 }, (_, i) => {
  const name = PEOPLE[i % PEOPLE.length] ?? '';
  return `${name} <${name.split(', ').reverse().join('.').toLowerCase()}${String(i)}@example.com>`;
}).join('; ');
// Every row of the ten filled in: the selection read, the parser loaded and run, the rows drawn.
const PREFILLED = `(async () => {
  const filled = () => [...document.querySelectorAll('input[type=email]')].filter((input) => input.value !== '').length;
  while (filled() < 10) await new Promise((r) => setTimeout(r, 5));
  return performance.timeOrigin + performance.now();
})()`;

export interface ReadyTimes {
  popupMs: number;
  blankMs: number;
  ratio: number;
  /** From the menu click on a selection of ten people (`TO_LINE`) to the popup with their ten rows. */
  prefilledMs: number;
  runs: number;
}

/** Opens the action popup for real (`action.openPopup`) and returns ms from the call to usable. */
async function openOnce(browser: ExtensionBrowser, page: string, readyExpression: string): Promise<number> {
  const started = await browser.worker.evaluate(async (popup) => {
    await chrome.action.setPopup({ popup });
    const [window] = await chrome.windows.getAll({ windowTypes: ['normal'] });
    const t0 = Date.now();
    await chrome.action.openPopup({ windowId: window?.id });
    return t0;
  }, page);
  return msUntil(browser, started, page, readyExpression);
}

/** Ms from `started` (epoch ms) to what `readyExpression` answers in the popup showing `page`, which is then closed. */
async function msUntil(browser: ExtensionBrowser, started: number, page: string, readyExpression: string) {
  const popup = await CdpPage.attach(browser.devtoolsPort, `${browser.extensionId}/${page}`);
  const ready = await popup.evaluate<number>(readyExpression);
  await popup.close();
  // Let the popup go before the next open.
  await sleep(150);
  return ready - started;
}

/**
 * A click on the selection menu item over `TO_LINE`, dispatched in the real service worker as
 * Chromium would (the page behind is not readable: the menu's `selectionText` is used), and ms from
 * the click to the popup showing the ten people's rows. The saved form is cleared first.
 */
async function openPrefilled(browser: ExtensionBrowser): Promise<number> {
  const started = await browser.worker.evaluate(async (text) => {
    await chrome.storage.session.remove('inviteDraft');
    await chrome.action.setPopup({ popup: 'popup.html' });
    const [window] = await chrome.windows.getAll({ windowTypes: ['normal'] });
    const [tab] = await chrome.tabs.query({ active: true, windowId: window?.id });
    const t0 = Date.now();
    chrome.contextMenus.onClicked.dispatch(
      { menuItemId: 'apexscore-invite-selection', selectionText: text, editable: false, pageUrl: tab?.url ?? '' },
      tab,
    );
    return t0;
  }, TO_LINE);
  return msUntil(browser, started, 'popup.html', PREFILLED);
}

/**
 * Opens the real action popup, and the same popup pointed at a blank extension page, alternately,
 * `runs` times each: the time from `openPopup()` to the form rendered (its `invite-form-ready`
 * mark), against the time to the blank page's load event. Then as often from a menu click on a
 * selection of ten people to their rows (`openPrefilled`).
 */
export async function popupReadyTimes(runs = 20): Promise<ReadyTimes> {
  const dir = await mkdtemp(join(tmpdir(), 'apexscore-bench-'));
  await cp(EXTENSION_DIR, dir, { recursive: true });
  await writeFile(
    join(dir, 'blank.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Blank</title></html>',
  );
  const browser = await launchExtension(dir);
  const popup: number[] = [];
  const blank: number[] = [];
  const prefilled: number[] = [];
  try {
    // One warm-up each: the service worker and the disk cache, as on any open after the first.
    await openOnce(browser, 'popup.html', FORM_READY);
    await openOnce(browser, 'blank.html', PAGE_LOADED);
    for (let i = 0; i < runs; i++) {
      popup.push(await openOnce(browser, 'popup.html', FORM_READY));
      blank.push(await openOnce(browser, 'blank.html', PAGE_LOADED));
    }
    await openPrefilled(browser);
    for (let i = 0; i < runs; i++) prefilled.push(await openPrefilled(browser));
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
  const popupMs = median(popup);
  const blankMs = median(blank);
  return { popupMs, blankMs, ratio: popupMs / blankMs, prefilledMs: median(prefilled), runs };
}
