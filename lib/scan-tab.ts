import { inFrames } from './frames';
import { scanPageInPage, type PageScan } from './page-scan';

function isPageScan(value: unknown): value is PageScan {
  if (typeof value !== 'object' || value === null) return false;
  const { links, elements, structured, text } = value as Record<string, unknown>;
  return Array.isArray(links) && Array.isArray(elements) && Array.isArray(structured) && typeof text === 'string';
}

/** What several frames of a page hold, as one page: the top frame's first, a blank line between their texts. */
export function joinScans(scans: readonly PageScan[]): PageScan | null {
  if (scans.length <= 1) return scans[0] ?? null;
  return {
    links: scans.flatMap((scan) => scan.links),
    elements: scans.flatMap((scan) => scan.elements),
    structured: scans.flatMap((scan) => scan.structured),
    text: scans
      .map((scan) => scan.text)
      .filter((text) => text !== '')
      .join('\n\n'),
  };
}

/**
 * Collects what a tab's page holds that may name people, in every frame the extension may read
 * (each yields as it goes); the form reads the people out of it. Null when the page cannot be
 * read (no access granted, a chrome:// page, the web store).
 */
export async function collectPage(tabId: number): Promise<PageScan | null> {
  const frames = await inFrames(tabId, scanPageInPage);
  return joinScans((frames ?? []).map((frame) => frame.result).filter(isPageScan));
}
