import { BIG_PAGE_PEOPLE, bigDirectoryPage, COUNT_STALLS, SETTLED } from '../e2e/big-page';
import {
  attachPopup,
  configureThroughOptions,
  menuClick,
  openWebPage,
  optionsPage,
  startSession,
} from '../e2e/fixture';

export interface PageScanTimes {
  runs: number;
  /** The page's longest stall in each run, ms, sorted. */
  longestStalls: number[];
  /** From the menu click to the popup listing every person, ms, sorted. */
  toListMs: number[];
  pageBytes: number;
}

/**
 * The page scan on a 5 MB page of 80,000 rows (`bigDirectoryPage`), `runs` times: from the
 * menu click to the list of its 4,000 people in the popup, and the longest time the page's
 * event loop went without turning meanwhile (a timer every 10 ms in the page).
 */
export async function pageScanTimes(runs: number): Promise<PageScanTimes> {
  const session = await startSession({ pageAccess: true });
  try {
    await configureThroughOptions(session, await optionsPage(session));
    const html = bigDirectoryPage();
    const { page, tabId } = await openWebPage(session, 'big', html);
    await page.evaluate(SETTLED);
    const longestStalls: number[] = [];
    const toListMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.evaluate(COUNT_STALLS);
      const started = Date.now();
      await menuClick(session, tabId, { menuItemId: 'apexscore-invite-page' });
      const popup = await attachPopup(session, 120_000);
      await popup.waitFor(`document.querySelectorAll('.scan-list li').length === ${BIG_PAGE_PEOPLE}`, 120_000);
      toListMs.push(Date.now() - started);
      longestStalls.push(await page.evaluate(() => Math.max(...(window as unknown as { stalls: number[] }).stalls)));
      await popup.close();
    }
    return {
      runs,
      longestStalls: longestStalls.sort((a, b) => a - b),
      toListMs: toListMs.sort((a, b) => a - b),
      pageBytes: html.length,
    };
  } finally {
    await session.close();
  }
}
