import { browser } from 'wxt/browser';
import { inFrames, type FrameResult } from './frames';

/** What one frame of a page says of its selection (`selectionInPage`). */
export interface FrameSelection {
  text: string;
  /** Whether the frame has passed the focus on to a frame inside it: its own selection is then an old one. */
  focusInChild: boolean;
  hasFocus: boolean;
}

/**
 * Runs in each frame of the page: the selected text with its line breaks, including a selection
 * inside a text field (which `getSelection()` does not see), and where the focus is. Self-contained:
 * it is serialized.
 */
export function selectionInPage(): FrameSelection {
  const active = document.activeElement;
  // An <iframe>, or a <frame> of an old frameset page.
  const where = { focusInChild: active?.localName === 'iframe' || active?.localName === 'frame' };
  const hasFocus = document.hasFocus();
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    try {
      const { selectionStart, selectionEnd, value } = active;
      if (selectionStart !== null && selectionEnd !== null && selectionEnd > selectionStart) {
        return { text: value.slice(selectionStart, selectionEnd), ...where, hasFocus };
      }
    } catch {
      // Some input types (email, number) have no text selection API.
    }
  }
  return { text: window.getSelection()?.toString() ?? '', ...where, hasFocus };
}

function isFrameSelection(value: unknown): value is FrameSelection {
  if (typeof value !== 'object' || value === null) return false;
  const { text, focusInChild, hasFocus } = value as Record<string, unknown>;
  return typeof text === 'string' && typeof focusInChild === 'boolean' && typeof hasFocus === 'boolean';
}

/**
 * The selection the user means among what a page's frames say (a rich-text editor or an embedded
 * record is a frame of its own): the one in the frame that holds the focus, rather than an older
 * one left in a frame that passed it on; then the top frame's. '' when nothing is selected; null
 * when no frame could be read.
 */
export function chooseSelection(frames: readonly FrameResult[]): string | null {
  let best: { text: string; rank: number } | null = null;
  let read = false;
  for (const { frameId, result } of frames) {
    if (!isFrameSelection(result)) continue;
    read = true;
    if (result.text.trim() === '') continue;
    const rank = (result.focusInChild ? 0 : 4) + (result.hasFocus ? 2 : 0) + (frameId === 0 ? 1 : 0);
    if (!best || rank > best.rank) best = { text: result.text, rank };
  }
  return best?.text ?? (read ? '' : null);
}

/**
 * The selection in a tab, read in the page so line breaks survive (Chromium flattens them in
 * `selectionText`: https://crbug.com/116429): in the frame given (a menu click says which), else
 * in every frame the extension may read. Null when the page cannot be read: no access granted, a
 * chrome:// page, the PDF viewer, the web store.
 */
export async function readSelection(tabId: number, frameId?: number): Promise<string | null> {
  if (frameId === undefined) return chooseSelection((await inFrames(tabId, selectionInPage)) ?? []);
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: selectionInPage,
    });
    return chooseSelection(results);
  } catch {
    return null;
  }
}
