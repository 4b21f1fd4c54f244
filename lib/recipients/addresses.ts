import { isValidEmail } from '../apexscore/email';

/** An address found in text, with where it stands. `angle`: written as `<address>`. */
export interface FoundAddress {
  email: string;
  /** The address lowercased: the same person, however it is written. */
  key: string;
  /** Index of the address (or of its `<`). */
  start: number;
  /** Index just past the address (or its `>`). */
  end: number;
  angle: boolean;
}

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
// Not addresses, though they look like them: retina images (logo@2x.png), assets, packages.
const FILE_ENDINGS = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'svg',
  'ico',
  'bmp',
  'tif',
  'tiff',
  'avif',
  'heic',
  'css',
  'js',
  'mjs',
  'cjs',
  'ts',
  'tsx',
  'jsx',
  'json',
  'map',
  'html',
  'htm',
  'php',
  'txt',
  'md',
  'pdf',
  'zip',
  'gz',
  'mp4',
  'mp3',
  'woff',
  'woff2',
  'ttf',
  'otf',
  'wasm',
  'lock',
  'yml',
  'yaml',
  'xml',
]);
const LETTERS = /^\p{L}[\p{L}\p{M}]+$/u;
const PUNYCODE_TLD = /^xn--[\da-z-]+$/i;
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

function isAsciiWord(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Characters of a local part as people write them in prose (RFC 5322 allows more; pages rarely use them). */
function isLocalChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (isAsciiWord(code)) return true;
  if (code < 128)
    return code === 46 || code === 95 || code === 37 || code === 43 || code === 45 || code === 38 || code === 39; // . _ % + - & '
  return NON_ASCII_WORD.test(text.charAt(index));
}

function isDomainChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (isAsciiWord(code)) return true;
  if (code < 128) return code === 46 || code === 45; // . -
  return NON_ASCII_WORD.test(text.charAt(index));
}

function isWordCode(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  return code < 128 ? isAsciiWord(code) : NON_ASCII_WORD.test(text.charAt(index));
}

function isAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

function hasUpper(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

function validDomain(domain: string, explicit = false): boolean {
  if (domain.length > MAX_DOMAIN || !domain.includes('.')) return false;
  const labels = domain.split('.');
  for (const label of labels) {
    if (label === '' || label.length > 63 || label.startsWith('-') || label.endsWith('-')) return false;
  }
  const tld = labels[labels.length - 1] ?? '';
  return (LETTERS.test(tld) || PUNYCODE_TLD.test(tld)) && (explicit || !FILE_ENDINGS.has(tld.toLowerCase()));
}

const FILE_ENDING_KEYS = new Set([...FILE_ENDINGS].filter((ending) => /^[a-z]{1,6}$/.test(ending)).map(letterKey));

/** A number for up to six lowercase ASCII letters, to look them up without making a string. */
function letterKey(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = key * 27 + (word.charCodeAt(i) - 96);
  return key;
}

/**
 * `validDomain` for text[from, to) when it is all ASCII, reading character codes only: called for
 * every address of a page, it makes no strings.
 */
function validAsciiDomainAt(text: string, from: number, to: number): boolean {
  if (to - from > MAX_DOMAIN) return false;
  let labelStart = from;
  let dots = 0;
  for (let i = from; i <= to; i++) {
    if (i < to && text.charCodeAt(i) !== 46) continue;
    const length = i - labelStart;
    if (length === 0 || length > 63 || text.charCodeAt(labelStart) === 45 || text.charCodeAt(i - 1) === 45)
      return false;
    if (i < to) {
      dots++;
      labelStart = i + 1;
    }
  }
  if (dots === 0 || to - labelStart < 2) return false;
  let key = 0;
  for (let i = labelStart; i < to; i++) {
    const code = text.charCodeAt(i) | 32;
    if (code < 97 || code > 122) return text.startsWith('xn--', labelStart) || text.startsWith('XN--', labelStart);
    if (to - labelStart <= 6) key = key * 27 + (code - 96);
  }
  return to - labelStart > 6 || !FILE_ENDING_KEYS.has(key);
}

/** A local part text[start, end): not empty, not too long, no dot at either end or twice in a row. */
function validLocal(text: string, start: number, end: number): boolean {
  if (end <= start || end - start > MAX_LOCAL) return false;
  if (text.charCodeAt(start) === 46 || text.charCodeAt(end - 1) === 46) return false;
  for (let i = start + 1; i < end; i++) if (text.charCodeAt(i) === 46 && text.charCodeAt(i - 1) === 46) return false;
  return true;
}

/** Whether the address sits inside a URL (`https://user@host/`, `/path/a@b.c`), which is not a person. */
function insideUrl(text: string, start: number): boolean {
  const before = text.charAt(start - 1);
  if (before === '/') return true;
  if (before !== ':') return false;
  // `mailto:` is an address; `scheme://user:pass@host` is not.
  let i = start - 1;
  const limit = Math.max(0, start - 200);
  while (i > limit && !/\s/.test(text.charAt(i - 1))) i--;
  const token = text.slice(i, start).toLowerCase();
  return token.includes('://') && !token.endsWith('mailto:');
}

const ANGLE_STOP = ' \t\r\n<>';

/**
 * An address written `<like@this.one>`: whatever stands between the brackets, if the API's own
 * check and the domain rules accept it (RFC 5322 allows more in a local part than prose does).
 * Scans no further left than `floor` and no further right than the next `@`.
 */
function angleAddress(
  text: string,
  at: number,
  floor: number,
  ceiling: number,
  checked: Map<string, boolean>,
): FoundAddress | null {
  let open = at;
  while (open > floor && !ANGLE_STOP.includes(text.charAt(open - 1))) open--;
  if (open <= floor || text.charAt(open - 1) !== '<') return null;
  let close = at + 1;
  while (close < ceiling && !ANGLE_STOP.includes(text.charAt(close))) close++;
  if (text.charAt(close) !== '>') return null;
  const email = text.slice(open, close);
  const domain = text.slice(at + 1, close);
  if (at - open > MAX_LOCAL || !validDomain(domain, true)) return null;
  let ok = checked.get(email);
  if (ok === undefined) checked.set(email, (ok = isValidEmail(email)));
  if (!ok) return null;
  return { email, key: email.toLowerCase(), start: open - 1, end: close + 1, angle: true };
}

/**
 * Every address in `text`, in order, in one pass: each `@` is expanded left and right over the
 * characters an address may hold, never past the previous `@` or the previous match, so the
 * time is linear in the length of the text whatever it holds.
 */
export function findAddresses(text: string): FoundAddress[] {
  const found: FoundAddress[] = [];
  // Lists and pages repeat their addresses: check each distinct bracketed one once.
  const checked = new Map<string, boolean>();
  let floor = 0;
  let at = text.indexOf('@');
  while (at !== -1) {
    const next = text.indexOf('@', at + 1);
    let end = at + 1;
    let dotted = false;
    while (end < text.length && isDomainChar(text, end)) {
      if (text.charCodeAt(end) === 46) dotted = true;
      end++;
    }
    // No dot after the @: no address here, in prose or in brackets. The common case in junk.
    if (!dotted) {
      floor = Math.max(floor, at + 1);
      at = next;
      continue;
    }
    let start = at;
    while (start > floor && isLocalChar(text, start - 1)) start--;
    let match: FoundAddress | null = null;
    // Punctuation that ends a sentence or wraps an address is not part of it.
    while (start < at && (text.charAt(start) === "'" || text.charAt(start) === '-')) start++;
    while (end > at + 1 && (text.charAt(end - 1) === '.' || text.charAt(end - 1) === '-')) end--;
    if (start < at && end > at + 1) {
      const ascii = isAscii(text, start, end);
      const glued = isWordCode(text, end) || text.charCodeAt(end) === 64 || text.charCodeAt(start - 1) === 64;
      const domainOk = ascii ? validAsciiDomainAt(text, at + 1, end) : validDomain(text.slice(at + 1, end));
      if (domainOk && !glued && validLocal(text, start, at) && !insideUrl(text, start)) {
        const email = text.slice(start, end);
        // Plain ASCII that passed these checks is what the HTML standard accepts: only longer or
        // international addresses need the API client's check.
        if ((ascii && email.length <= 255) || isValidEmail(email)) {
          const angle = text.charCodeAt(start - 1) === 60 && text.charCodeAt(end) === 62;
          const key = ascii && !hasUpper(text, start, end) ? email : email.toLowerCase();
          match = { email, key, start: angle ? start - 1 : start, end: angle ? end + 1 : end, angle };
        }
      }
    }
    // What prose does not hold (`<"quoted local"@x.io>`, `<a!b@x.io>`) may still stand in brackets:
    // look when the prose reading failed or does not start at a space or a bracket.
    if (!match || (start > floor && !ANGLE_STOP.includes(text.charAt(start - 1)))) {
      match = angleAddress(text, at, floor, next === -1 ? text.length : next, checked) ?? match;
    }
    if (match) {
      found.push(match);
      floor = match.end;
      at = text.indexOf('@', match.end);
      continue;
    }
    floor = Math.max(floor, at + 1);
    at = next === -1 || next >= end ? next : text.indexOf('@', end);
  }
  return found;
}
