import { browser } from 'wxt/browser';
import { scanPageInPage, type PageScan } from './page-scan';

/**
 * Collects what a tab's page holds that may name people (the page yields as it goes); the form
 * reads the people out of it. Null when the page cannot be read (no access granted, a chrome://
 * page, the web store).
 */
export async function collectPage(tabId: number): Promise<PageScan | null> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: scanPageInPage });
    return result?.result ?? null;
  } catch {
    return null;
  }
}
