import { browser } from 'wxt/browser';

/** What a function run in one frame of a page gave back, as the browser hands it over. */
export interface FrameResult {
  frameId: number;
  result?: unknown;
}

/**
 * Runs `func` in every frame of a tab the extension may read (the page, and the rich-text
 * editors, embedded records and `srcdoc` frames inside it), the top frame's result first. Frames
 * out of reach are left out; where the browser refuses the whole injection for one of them instead
 * (as MDN says Chromium has: https://crbug.com/1325114), the top frame alone. Null when the page
 * cannot be read at all.
 */
export async function inFrames(tabId: number, func: () => unknown): Promise<FrameResult[] | null> {
  for (const target of [{ tabId, allFrames: true }, { tabId }]) {
    try {
      // A frame still loading (an advertisement, say) is read as it stands, not waited for.
      const results: FrameResult[] = await browser.scripting.executeScript({ target, func, injectImmediately: true });
      return [...results].sort((a, b) => Number(b.frameId === 0) - Number(a.frameId === 0));
    } catch {
      // The next target, or none.
    }
  }
  return null;
}
