import type { Browser } from 'wxt/browser';

/**
 * True only for this extension's own pages (popup, options, the invite window). Content
 * scripts, other extensions, web pages and pages of ours framed inside another page are refused.
 */
export function isOwnPage(sender: Browser.runtime.MessageSender, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  if (!sender.url || originOf(sender.url) !== extensionOrigin) return false;
  if (sender.origin !== undefined && sender.origin !== extensionOrigin) return false;
  // A page of ours inside a frame could be driven by whatever framed it.
  if (sender.frameId !== undefined && sender.frameId !== 0) return false;
  return true;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
