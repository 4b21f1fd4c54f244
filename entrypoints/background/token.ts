import { browser } from 'wxt/browser';
import { apiTokenItem } from '@/lib/storage';

/** What the pages may know of the token: that one is set, and its last four characters. */
export function tokenHint(token: string): string {
  return token.length >= 12 ? token.slice(-4) : '';
}

/**
 * Keeps `storage.local` (where the token is) away from content scripts, where the browser
 * supports it. Chrome's default is already TRUSTED_CONTEXTS; this states it rather than hoping.
 */
export async function restrictTokenStorage(): Promise<void> {
  const local = browser.storage.local as { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };
  await local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
}

export async function readToken(): Promise<string | null> {
  return apiTokenItem.getValue();
}
