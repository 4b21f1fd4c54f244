import { browser } from 'wxt/browser';

/**
 * Runs in the page: the selected text with its line breaks, including a selection inside a
 * text field (which `getSelection()` does not see). Self-contained: it is serialized.
 */
export function selectionInPage(): string {
  const field = document.activeElement;
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
    try {
      const { selectionStart, selectionEnd, value } = field;
      if (selectionStart !== null && selectionEnd !== null && selectionEnd > selectionStart) {
        return value.slice(selectionStart, selectionEnd);
      }
    } catch {
      // Some input types (email, number) have no text selection API.
    }
  }
  return window.getSelection()?.toString() ?? '';
}

/**
 * The selection of a tab's frame, read in the page so line breaks survive (Chromium flattens
 * them in `selectionText`: https://crbug.com/116429). Null when the page cannot be read:
 * no access granted, a chrome:// page, the PDF viewer, the web store.
 */
export async function readSelection(tabId: number, frameId = 0): Promise<string | null> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: selectionInPage,
    });
    return typeof result?.result === 'string' ? result.result : null;
  } catch {
    return null;
  }
}
