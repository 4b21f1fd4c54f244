import type { Browser } from 'wxt/browser';

/**
 * True only for this extension's own pages (popup, options, the invite window). Content
 * scripts, other extensions, web pages and pages of ours framed inside another page are refused.
 */
export function isOwnPage(
  sender: Browser.runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  if (sender.id !== extensionId) return false;
  if (!sender.url || originOf(sender.url) !== extensionOrigin) return false;
  if (sender.origin !== undefined && sender.origin !== extensionOrigin) return false;
  // A page of ours inside a frame could be driven by whatever framed it.
  if (sender.frameId !== undefined && sender.frameId !== 0) return false;
  return true;
}

/** `protocol//host`: `URL.origin` is "null" for extension schemes outside Chromium. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}
