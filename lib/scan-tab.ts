import { browser } from 'wxt/browser';
import { scanPageInPage, type PageScan } from './page-scan';
import { candidatesFromScan, type ScanCandidate } from './recipients/scan';

/**
 * Finds the people on a tab's page: collects in the page (which yields as it goes), parses here.
 * Null when the page cannot be read (no access granted, a chrome:// page, the web store).
 */
export async function scanPage(tabId: number): Promise<ScanCandidate[] | null> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: scanPageInPage });
    const scan: PageScan | undefined = result?.result;
    return scan ? candidatesFromScan(scan) : null;
  } catch {
    return null;
  }
}
