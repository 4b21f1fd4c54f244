import type { NameSource } from './types';

/** Lowercase words that belong to the last name that follows them (Anna van der Berg). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'degli',
  'di',
  'da',
  'dos',
  'das',
  'do',
  'du',
  'la',
  'le',
  'lo',
  'ter',
  'ten',
  'zu',
  'zum',
  'zur',
  'bin',
  'ibn',
  'al',
  'el',
  'st.',
  "d'",
]);
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'herr',
  'frau',
  'mme',
  'mlle',
  'm',
]);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);
/** Words that label an address rather than name a person. */
const LABELS = new Set([
  'email',
  'e-mail',
  'mail',
  'contact',
  'to',
  'cc',
  'bcc',
  'from',
  'reply-to',
  'sender',
  'address',
  'at',
  'via',
  'and',
  'or',
  'tel',
  'phone',
  'fax',
  'web',
  'website',
]);

/** Local parts of shared mailboxes, for which a guessed name would be wrong. */
const ROLE_ACCOUNTS = new Set([
  'info',
  'support',
  'help',
  'helpdesk',
  'hello',
  'hi',
  'contact',
  'contacts',
  'admin',
  'administrator',
  'office',
  'sales',
  'marketing',
  'press',
  'media',
  'news',
  'newsletter',
  'team',
  'billing',
  'accounts',
  'accounting',
  'finance',
  'invoices',
  'hr',
  'jobs',
  'careers',
  'recruiting',
  'legal',
  'privacy',
  'security',
  'abuse',
  'postmaster',
  'hostmaster',
  'webmaster',
  'noreply',
  'no-reply',
  'no_reply',
  'donotreply',
  'do-not-reply',
  'do_not_reply',
  'notifications',
  'notification',
  'alerts',
  'mailer-daemon',
  'service',
  'services',
  'customerservice',
  'customer-service',
  'feedback',
  'enquiries',
  'inquiries',
  'enquiry',
  'inquiry',
  'orders',
  'shop',
  'store',
  'team',
  'it',
  'ops',
  'dev',
  'devops',
  'root',
  'system',
  'bookings',
  'booking',
  'reception',
  'general',
  'mail',
  'email',
  'investors',
  'ir',
  'partners',
  'community',
  'events',
]);

export interface SplitName {
  firstName: string;
  lastName: string;
}

const WHITESPACE = /\s+/;

function words(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(WHITESPACE);
}

function isTitle(word: string): boolean {
  return TITLES.has(word.toLowerCase().replace(/\.$/, ''));
}

/** Removes RFC 5322 comments, `(like this)`, outside quotes. */
export function stripComments(text: string): string {
  if (!text.includes('(')) return text;
  let out = '';
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
    else if (depth === 0) out += char;
  }
  return out;
}

/** Unquotes an RFC 5322 quoted string (`"Doe, Jane"`, with `\"` escapes); other text is kept. */
export function unquote(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length < 2 || !trimmed.startsWith('"') || !trimmed.endsWith('"')) return trimmed;
  let out = '';
  for (let i = 1; i < trimmed.length - 1; i++) {
    const char = trimmed.charAt(i);
    if (char === '\\' && i + 1 < trimmed.length - 1) out += trimmed.charAt(++i);
    else out += char;
  }
  return out;
}

const STRAY = " '`:;,|-–—•·*";

const MESSY_SPACE = /\s\s|[^\S ]/;

/** Collapses white space and trims stray punctuation around a name. */
export function cleanName(text: string): string {
  let name = text.trim();
  if (MESSY_SPACE.test(name)) name = words(name).join(' ');
  let start = 0;
  let end = name.length;
  while (start < end && STRAY.includes(name.charAt(start))) start++;
  while (end > start && STRAY.includes(name.charAt(end - 1))) end--;
  return name.slice(start, end);
}

/**
 * Splits a display name into first and last name: `Last, First` order, particles kept with the
 * last name (Anna van der Berg → Anna / van der Berg), titles dropped, any script.
 */
export function splitName(raw: string): SplitName {
  // Commas are looked for before stray punctuation is trimmed: `", Jane"` is a first name alone.
  const text = words(unquote(raw)).join(' ');
  if (cleanName(text) === '') return { firstName: '', lastName: '' };
  const comma = text.indexOf(',');
  if (comma >= 0) {
    const before = cleanName(text.slice(0, comma));
    const after = cleanName(text.slice(comma + 1));
    // "John Smith, Jr." is not "Last, First".
    const suffix = before.includes(' ') && SUFFIXES.has(after.toLowerCase().replace(/\.$/, ''));
    if (!suffix) return { firstName: after, lastName: before };
    return splitName(before);
  }
  const parts = words(cleanName(text));
  // "Dr. Jane Doe" is Jane Doe; "Mr Smith" keeps its only other word as the last name.
  while (parts.length > 2 && isTitle(parts[0] ?? '')) parts.shift();
  if (parts.length === 1) return { firstName: cleanName(parts[0] ?? ''), lastName: '' };
  let lastStart = parts.length - 1;
  // Only lowercase particles: "Maria La Rosa" may be Maria La / Rosa, "Anna van der Berg" is not Anna van.
  while (lastStart > 1 && PARTICLES.has(parts[lastStart - 1] ?? '')) lastStart--;
  return {
    firstName: cleanName(parts.slice(0, lastStart).join(' ')),
    lastName: cleanName(parts.slice(lastStart).join(' ')),
  };
}

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lo}[\p{L}\p{M}]*)$/u;

/**
 * Whether text reads as a person's name: one to five words, each capitalized (or a particle, or
 * in a script without case), no digits, no label word ("Email", "To"). Used for text that is
 * not marked as a name (a bare address's neighbours, table cells, lines).
 */
export function looksLikeName(text: string, options: { labels?: boolean } = {}): boolean {
  if (text.length > 120) return false;
  const clean = cleanName(unquote(text));
  if (clean === '' || clean.length > 80 || /[\d@<>/\\=_#$%^&*+~|]/.test(clean)) return false;
  const parts = words(clean.replace(',', ' '));
  if (parts.length === 0 || parts.length > 5) return false;
  if (options.labels !== false && parts.some((part) => LABELS.has(part.toLowerCase()))) return false;
  return parts.every((part) => NAME_WORD.test(part) || PARTICLES.has(part.toLowerCase()));
}

const capitalize = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);

/**
 * A name guessed from an address (`jane.doe@` → Jane / Doe, `john_smith@` → John / Smith).
 * Never for shared mailboxes (`info@`, `no-reply@`), single words, initials or digits.
 */
export function guessName(email: string): (SplitName & { nameSource: NameSource }) | null {
  const local = (email.split('@')[0] ?? '').split('+')[0]?.toLowerCase() ?? '';
  if (ROLE_ACCOUNTS.has(local)) return null;
  const parts = local.split(/[._]/).filter(Boolean);
  if (parts.length < 2 || parts.length > 4) return null;
  if (parts.some((part) => part.length < 2 || !/^\p{L}(?:[\p{L}\p{M}'-]*\p{L})?$/u.test(part))) return null;
  if (ROLE_ACCOUNTS.has(parts[0] ?? '')) return null;
  let lastStart = parts.length - 1;
  while (lastStart > 1 && PARTICLES.has(parts[lastStart - 1] ?? '')) lastStart--;
  const first = parts.slice(0, lastStart).map(capitalize).join(' ');
  const last = parts
    .slice(lastStart)
    .map((part, index) => (index < parts.length - lastStart - 1 ? part : capitalize(part)))
    .join(' ');
  return { firstName: first, lastName: last, nameSource: 'guessed' };
}
