import { storage } from 'wxt/utils/storage';
import { DEFAULT_TIMEOUT_MS } from './apexscore/contract';
import type { PageScan } from './page-scan';
import { DEFAULT_SETTINGS, type KnownNames, type Settings } from './settings';

/** The API token. Local only (never sync), read by the background only. */
export const apiTokenItem = storage.defineItem<string | null>('local:apiToken', { fallback: null, version: 1 });

/** Organization, default role, base URL and portfolios from the options page. */
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/** Organization and portfolio names learned from invitation answers. */
export const knownNamesItem = storage.defineItem<KnownNames>('local:knownNames', {
  fallback: { organizations: {}, portfolios: {} },
  version: 1,
});

/** How long one API request may take before it is reported as timed out. */
export const requestTimeoutItem = storage.defineItem<number>('local:requestTimeoutMs', {
  fallback: DEFAULT_TIMEOUT_MS,
  version: 1,
});

/**
 * What a context-menu click points the form at, for the form to read: the selection or the
 * `mailto:` link as text, or what "Find people on this page" collected (null when the page could
 * not be read). The background does not parse it: the parser loads with the form.
 */
export interface Prefill {
  text?: string;
  scan?: PageScan | null;
}

/** A prefill waiting for the invite form to open and take it. */
export const pendingPrefillItem = storage.defineItem<(Prefill & { createdAt: number }) | null>(
  'session:pendingPrefill',
  {
    fallback: null,
    version: 1,
  },
);
