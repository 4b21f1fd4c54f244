import * as z from 'zod/mini';
import { DEFAULT_BASE_URL, type Role } from './apexscore/contract';
import { roleSchema, uuidSchema } from './apexscore/schemas';

/** A portfolio the user configured: its id and, optionally, a label they typed. */
export const portfolioSchema = z.object({ id: uuidSchema, label: z.string().check(z.maxLength(100)) });
export type Portfolio = z.infer<typeof portfolioSchema>;

/** Whether `value` may be used as the API base URL: https, or plain http only on this machine. */
export function isAllowedBaseUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
}

/** The base URL as stored: no trailing slash, so paths join predictably. */
export function normalizeBaseUrl(value: string): string {
  let url = value.trim();
  while (url.endsWith('/')) url = url.slice(0, -1);
  return url;
}

/** Everything set on the options page except the token. None of it is secret. */
export const settingsSchema = z.object({
  organizationId: z.union([z.literal(''), uuidSchema]),
  defaultRole: roleSchema,
  baseUrl: z.string().check(z.refine(isAllowedBaseUrl)),
  portfolios: z.array(portfolioSchema).check(z.maxLength(200)),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  organizationId: '',
  defaultRole: 0 satisfies Role,
  baseUrl: DEFAULT_BASE_URL,
  portfolios: [],
};

/** Names for ids, learned from invitation answers (the API has no other way to tell them). */
export interface KnownNames {
  organizations: Record<string, string>;
  portfolios: Record<string, string>;
}

const PORTFOLIO_LINE = /^([\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12})(?=$|[\s,;:|])(.*)$/i;
const LEADING_SEPARATORS = /^[\s,;:|]+/;

/** The options page's portfolio box: one `id [label]` a line. Returns the 1-based numbers of bad lines. */
export function parsePortfolios(text: string): { portfolios: Portfolio[]; badLines: number[] } {
  const portfolios: Portfolio[] = [];
  const badLines: number[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const match = PORTFOLIO_LINE.exec(line);
    if (!match?.[1]) {
      badLines.push(index + 1);
      return;
    }
    const id = match[1].toLowerCase();
    const label = (match[2] ?? '').replace(LEADING_SEPARATORS, '').trim().slice(0, 100);
    if (!portfolios.some((p) => p.id === id)) portfolios.push({ id, label });
  });
  return { portfolios, badLines };
}

export function formatPortfolios(portfolios: Portfolio[]): string {
  return portfolios.map((p) => (p.label ? `${p.id} ${p.label}` : p.id)).join('\n');
}
