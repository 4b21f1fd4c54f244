import { isValidEmail } from '../apexscore/email';

/** An address found in text, with where it stands. `angle`: written as `<address>`. */
export interface FoundAddress {
  email: string;
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

function isWordChar(char: string): boolean {
  return char !== '' && (isAsciiWord(char.charCodeAt(0)) || NON_ASCII_WORD.test(char));
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

function validLocal(local: string): boolean {
  return (
    local !== '' && local.length <= MAX_LOCAL && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..')
  );
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
function angleAddress(text: string, at: number, floor: number, ceiling: number): FoundAddress | null {
  let open = at;
  while (open > floor && !ANGLE_STOP.includes(text.charAt(open - 1))) open--;
  if (open <= floor || text.charAt(open - 1) !== '<') return null;
  let close = at + 1;
  while (close < ceiling && !ANGLE_STOP.includes(text.charAt(close))) close++;
  if (text.charAt(close) !== '>') return null;
  const email = text.slice(open, close);
  const domain = text.slice(at + 1, close);
  if (!validDomain(domain, true) || !isValidEmail(email) || email.slice(0, at - open).length > MAX_LOCAL) return null;
  return { email, start: open - 1, end: close + 1, angle: true };
}

/**
 * Every address in `text`, in order, in one pass: each `@` is expanded left and right over the
 * characters an address may hold, never past the previous `@` or the previous match, so the
 * time is linear in the length of the text whatever it holds.
 */
export function findAddresses(text: string): FoundAddress[] {
  const found: FoundAddress[] = [];
  let floor = 0;
  let at = text.indexOf('@');
  while (at !== -1) {
    const next = text.indexOf('@', at + 1);
    const angled = angleAddress(text, at, floor, next === -1 ? text.length : next);
    if (angled) {
      found.push(angled);
      floor = angled.end;
      at = text.indexOf('@', angled.end);
      continue;
    }
    let start = at;
    while (start > floor && isLocalChar(text, start - 1)) start--;
    let end = at + 1;
    while (end < text.length && isDomainChar(text, end)) end++;
    // Punctuation that ends a sentence or wraps an address is not part of it.
    while (start < at && (text.charAt(start) === "'" || text.charAt(start) === '-')) start++;
    while (end > at + 1 && (text.charAt(end - 1) === '.' || text.charAt(end - 1) === '-')) end--;
    const local = text.slice(start, at);
    const domain = text.slice(at + 1, end);
    const glued = isWordChar(text.charAt(end)) || text.charAt(end) === '@' || text.charAt(start - 1) === '@';
    if (!glued && validLocal(local) && validDomain(domain) && !insideUrl(text, start)) {
      const email = `${local}@${domain}`;
      if (isValidEmail(email)) {
        found.push({ email, start, end, angle: false });
        floor = end;
      }
    }
    floor = Math.max(floor, at + 1);
    at = next === -1 || next >= end ? next : text.indexOf('@', end);
  }
  return found;
}
