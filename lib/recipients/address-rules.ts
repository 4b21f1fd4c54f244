/**
 * What an address found in text may hold: the character classes prose addresses use, and the
 * rules for local parts and domains, read by character codes where the text is ASCII.
 */

/** An address found in text, with where it stands. `angle`: written as `<address>`. */
export interface FoundAddress {
  /** The address as first written in the text. */
  email: string;
  /** The same number for every spelling of the address (see `AddressBook`). */
  id: number;
  /** Index of the address (or of its `<`). */
  start: number;
  /** Index just past the address (or its `>`). */
  end: number;
  angle: boolean;
}

/** Shared by every empty `FoundList`, never written: a push first grows the list. */
const NO_INTS = new Int32Array(0);
const NO_BYTES = new Uint8Array(0);

/**
 * The addresses found in a text, in order: for each, its id in the book, where it stands, and
 * whether it is written `<like.this>`. Kept in typed arrays: a page holds tens of thousands of
 * addresses, and an object for each would be copied by every garbage collection while the text
 * is read.
 */
export class FoundList {
  length = 0;
  // Made on the first push: most lists made for a spreadsheet cell stay empty.
  ids = NO_INTS;
  starts = NO_INTS;
  ends = NO_INTS;
  angles = NO_BYTES;

  push(id: number, start: number, end: number, angle: boolean): void {
    if (this.length === this.ids.length) this.grow();
    const i = this.length++;
    this.ids[i] = id;
    this.starts[i] = start;
    this.ends[i] = end;
    this.angles[i] = angle ? 1 : 0;
  }

  add(found: FoundAddress): void {
    this.push(found.id, found.start, found.end, found.angle);
  }

  /** Adds entry `k` of `other`. */
  addFrom(other: FoundView, k: number): void {
    this.push(other.ids[k] ?? 0, other.starts[k] ?? 0, other.ends[k] ?? 0, other.angles[k] === 1);
  }

  private grow(): void {
    const size = Math.max(8, this.ids.length * 2);
    const ids = new Int32Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const angles = new Uint8Array(size);
    ids.set(this.ids);
    starts.set(this.starts);
    ends.set(this.ends);
    angles.set(this.angles);
    this.ids = ids;
    this.starts = starts;
    this.ends = ends;
    this.angles = angles;
  }
}

/** A `FoundList` that is only read (as one shared by every text where a finder finds nothing may be). */
export type FoundView = Readonly<Pick<FoundList, 'length' | 'ids' | 'starts' | 'ends' | 'angles'>>;

/**
 * The next index, from a point on, of any of a few characters, each found by the engine's own
 * search and remembered until passed: linear, as long as the points asked from never go back.
 */
export class NextOfAny {
  private readonly next: number[];

  constructor(
    private readonly text: string,
    private readonly chars: string[],
  ) {
    this.next = chars.map(() => -2);
  }

  /** The first index at or after `from` of any of the characters, or -1. */
  from(from: number): number {
    let first = -1;
    for (let k = 0; k < this.chars.length; k++) {
      let index = this.next[k] ?? -1;
      if (index !== -1 && index < from) this.next[k] = index = this.text.indexOf(this.chars[k] ?? '', from);
      if (index !== -1 && (first === -1 || index < first)) first = index;
    }
    return first;
  }
}

/**
 * The first match of a global `pattern` at or after an index, for indices asked in order: each
 * search goes on past the last match, so a text is searched once however often it is asked.
 */
export class NextMatch {
  /** The last match found (-1: none left; -2: not looked for yet). */
  private at = -2;

  constructor(
    private readonly text: string,
    private readonly pattern: RegExp,
  ) {}

  from(from: number): number {
    if (this.at !== -1 && this.at < from) {
      this.pattern.lastIndex = from;
      this.at = this.pattern.exec(this.text)?.index ?? -1;
    }
    return this.at;
  }
}

/** Where an address found stands, text[start, end): filled in by the readers that return its id. */
export interface Span {
  start: number;
  end: number;
}

export const MAX_LOCAL = 64;
export const MAX_DOMAIN = 253;
// Not addresses, though they look like them: retina images (logo@2x.png), assets, packages.
// No country's domain is here: `.md` (Moldova) is mail, however many README.md files there are.
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
const NAME_START = /[\p{Lu}\p{Lo}]/u;
const CAPITAL_LETTER = /\p{Lu}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
/** Any letter, of any script. */
export const ANY_LETTER = /\p{L}/u;
/**
 * What each UTF-16 code unit is, looked up once per code unit, then read from this table: 0 not
 * yet looked up; else KNOWN, plus WORD for a letter, digit or mark, plus STARTS_NAME for a
 * capital or a letter of a script without case, plus CAPITAL for a capital, plus LETTER_MARK for
 * a letter or a mark, plus LETTER for a letter. (Half of a character beyond the first plane is
 * none of them.)
 */
const CLASSES = new Uint8Array(65536);
const KNOWN = 1;
const WORD = 2;
const STARTS_NAME = 4;
const CAPITAL = 8;
const LETTER_MARK = 16;
const LETTER = 32;

/** What a code unit is (the flags above), told once for each and then looked up. */
function classOf(code: number): number {
  // (The look-up alone, small enough for the engine to inline where it is asked.)
  const known = CLASSES[code] ?? 0;
  return known === 0 ? classify(code) : known;
}

function classify(code: number): number {
  const char = String.fromCharCode(code);
  const known =
    KNOWN |
    (NON_ASCII_WORD.test(char) ? WORD : 0) |
    (NAME_START.test(char) ? STARTS_NAME : 0) |
    (CAPITAL_LETTER.test(char) ? CAPITAL : 0) |
    (LETTER_OR_MARK.test(char) ? LETTER_MARK : 0) |
    (ANY_LETTER.test(char) ? LETTER : 0);
  CLASSES[code] = known;
  return known;
}

/** Whether a code unit is a capital letter (`\p{Lu}`). */
export function isCapital(code: number): boolean {
  return (classOf(code) & CAPITAL) !== 0;
}

/** Whether a code unit is a letter of a script without case (`\p{Lo}`). */
export function isCaselessLetter(code: number): boolean {
  return (classOf(code) & (STARTS_NAME | CAPITAL)) === STARTS_NAME;
}

/** Whether a code unit is a letter or a mark (`[\p{L}\p{M}]`). */
export function isLetterOrMark(code: number): boolean {
  return (classOf(code) & LETTER_MARK) !== 0;
}

/** Whether a code unit is a letter or a mark, and not a capital: what may follow a word's capital. */
export function isSmallLetterOrMark(code: number): boolean {
  return (classOf(code) & (LETTER_MARK | CAPITAL)) === LETTER_MARK;
}

/** Whether a code unit outside ASCII is a letter, digit or mark. */
function isNonAsciiWord(code: number): boolean {
  return (classOf(code) & WORD) !== 0;
}

/** Whether a character can start a name's word: a capital, or a letter of a script without case. */
export function startsNameWord(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  // Half of a character beyond the first plane (a CJK extension, say): it may be one.
  return (code >= 0xd800 && code <= 0xdfff) || (classOf(code) & STARTS_NAME) !== 0;
}

export function isAsciiWord(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Characters of a local part as people write them in prose (RFC 5322 allows more; pages rarely use them). */
export function isLocalChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code < 128 ? isAsciiLocal(code) : isNonAsciiWord(code);
}

/** ASCII characters of a local part as people write them in prose: word characters and `._%+-&'`. */
export function isAsciiLocal(code: number): boolean {
  return (
    isAsciiWord(code) ||
    code === 46 ||
    code === 95 ||
    code === 37 ||
    code === 43 ||
    code === 45 ||
    code === 38 ||
    code === 39
  );
}

/** White space as `String.prototype.trim` knows it in ASCII, and the no-break space. */
export function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160;
}

/** The first index of text[from, to) that is not white space, or `to`. */
export function skipSpace(text: string, from: number, to: number): number {
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  return from;
}

/** Whether text[from, to) holds the character `code`. */
export function holds(text: string, from: number, to: number, code: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

/** Whether text[0, to) holds a code unit of `least` or more. */
export function holdsFrom(text: string, least: number, to = text.length): boolean {
  for (let i = 0; i < to; i++) if (text.charCodeAt(i) >= least) return true;
  return false;
}

/** The ASCII character a full-width form (U+FF01 to U+FF5E) or the ideographic comma stands for; any other code as it is. */
export function asciiForm(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  return code === 0x3001 ? 44 : code;
}

/** Whether a code unit is an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The end of text[from, to) without the white space it ends with. */
export function spaceEnd(text: string, from: number, to: number): number {
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  return to;
}

/**
 * White space as `String.prototype.trim` and `\s` know it: `isSpaceCode` and the other Unicode
 * spaces, the line and paragraph separators, and the byte-order mark.
 */
export function isTrimCode(code: number): boolean {
  if (code < 0x1680) return isSpaceCode(code);
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Latin letters that NFD does not take apart, and the letter an address writes for each (`ł` → `l`). */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ı: 'i', ħ: 'h', Ħ: 'h' };

/** Each code unit's `foldLetter`, looked up once (0: not yet). */
const BARE = new Int32Array(65536);

/**
 * A code unit as `foldCase` gives it, and a Latin letter with an accent as the letter without it
 * (`É`, `é` → `e`): a name compared with an address, which is mostly written without accents
 * (`José Pérez`, `jose.perez@`).
 */
export function foldLetter(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let folded = BARE[code] ?? 0;
  if (folded === 0) {
    const letter = String.fromCharCode(code);
    const base = (UNDECOMPOSED[letter] ?? letter.normalize('NFD')).charCodeAt(0);
    folded = base < 128 ? foldCase(base) : foldCase(code);
    BARE[code] = folded;
  }
  return folded;
}

/** Each code unit's lower case as `toLowerCase` gives it for the unit alone, looked up once (0: not yet). */
const FOLDED = new Int32Array(65536);

/**
 * A code unit in lower case, one unit for one: two units are the same letter in any case when
 * their folds are equal. A unit whose lower case is two units (İ) is its own fold, offset past
 * every unit so that it equals no other.
 */
export function foldCase(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let folded = FOLDED[code] ?? 0;
  if (folded === 0) {
    const lower = String.fromCharCode(code).toLowerCase();
    folded = lower.length === 1 ? lower.charCodeAt(0) : 0x10000 + code;
    FOLDED[code] = folded;
  }
  return folded;
}

export function isDomainChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (isAsciiWord(code)) return true;
  if (code < 128) return code === 46 || code === 45; // . -
  return isNonAsciiWord(code);
}

export function isWordCode(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  return code < 128 ? isAsciiWord(code) : isNonAsciiWord(code);
}

/**
 * The code of text[index], or -1 outside the text. For reads that may fall just outside it (the
 * character after an address that ends the text): such a read gives NaN, and the engine drops
 * the optimized code of the function and its callers the first time it meets one.
 */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : -1;
}

/** Whether text holds `word` (lowercase ASCII letters, or signs) at `index`, its letters in any case. */
export function wordAt(text: string, index: number, word: string): boolean {
  // Not read past the text's end: the engine would drop the optimized code of its callers.
  if (index < 0 || index + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const code = text.charCodeAt(index + k);
    const expected = word.charCodeAt(k);
    if (code !== expected && (expected < 97 || (code | 32) !== expected)) return false;
  }
  return true;
}

export function isAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

export function validDomain(domain: string, explicit = false): boolean {
  if (isAscii(domain, 0, domain.length)) return validAsciiDomainAt(domain, 0, domain.length, explicit);
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
export function validAsciiDomainAt(text: string, from: number, to: number, explicit = false): boolean {
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
  return dots > 0 && validTopLabel(text, labelStart, to, explicit);
}

/** ASCII characters of a dot-atom local part besides letters and digits (`DOT_ATOM_LOCAL` of the API client). */
const ATOM_SIGNS = new Uint8Array(128);
for (const char of "_.!#$%&'*+/=?^`{|}~-") ATOM_SIGNS[char.charCodeAt(0)] = 1;
/** The longest file ending: a longer top label is none (lowering never makes a text shorter). */
const MAX_FILE_ENDING = Math.max(...Array.from(FILE_ENDINGS, (ending) => ending.length));

/**
 * What the rules for an address found in prose answer (`validDomain` for its domain, and the API
 * client's `isValidEmail`), read by character codes in one look at each part: the same answer
 * without a regex, a split or a copy, as each address of a list of different ones outside ASCII
 * is asked. Undefined for what only the rules themselves answer: a quoted local part, or half of
 * a character beyond the first plane (their `\p{...}` reads two units as one) where the answer
 * depends on it. `at`: where its last `@` is.
 */
export function wideEmailVerdict(email: string, at = email.lastIndexOf('@')): boolean | undefined {
  if (email.charCodeAt(0) === 34) return undefined;
  if (at < 1) return false;
  // A unit the rules never take in a local part or a label turns the address down, whatever else it holds.
  for (let i = 0; i < at; i++) {
    const code = email.charCodeAt(i);
    if (code < 128) {
      if (!isAsciiWord(code) && ATOM_SIGNS[code] !== 1) return false;
    } else if (code >= 0xd800 && code <= 0xdfff) return undefined;
    else if (!isNonAsciiWord(code)) return false;
  }
  const domainOk = domainVerdict(email, at + 1, email.length);
  // Without halves of characters, every unit is a code point: the length is the API's.
  return domainOk === true && email.length > 255 ? false : domainOk;
}

/**
 * `validDomain(domain)` and the API client's rules for a domain (a domain literal, or labels as
 * `IDN_LABEL` reads them), for domain = text[from, to); undefined where a label holds half of a
 * character beyond the first plane. A domain literal (`[1.2.3.4]`) never passes the first: its
 * top label ends in `]`.
 */
function domainVerdict(text: string, from: number, to: number): boolean | undefined {
  if (to - from > MAX_DOMAIN) return false;
  let labelStart = from;
  let dots = 0;
  let ascii = true;
  for (let i = from; i <= to; i++) {
    const code = i < to ? text.charCodeAt(i) : 46;
    if (code !== 46) {
      if (code >= 0xd800 && code <= 0xdfff) return undefined;
      if (code >= 128) ascii = false;
      continue;
    }
    if (!isIdnLabel(text, labelStart, i)) return false;
    if (i < to) {
      dots++;
      labelStart = i + 1;
    }
  }
  // The labels passed both sets of rules: the top one is left.
  return dots > 0 && (ascii ? validTopLabel(text, labelStart, to) : isWideTopLabel(text, labelStart, to));
}

/**
 * A label as both sets of rules take one (`IDN_LABEL`): 1 to 63 units, a letter or a number
 * first, a letter, number or mark last, and these or `-` between.
 */
function isIdnLabel(text: string, from: number, to: number): boolean {
  if (to === from || to - from > 63 || !isLetterOrNumber(text.charCodeAt(from))) return false;
  for (let i = from + 1; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 ? !isAsciiWord(code) && (code !== 45 || i === to - 1) : !isNonAsciiWord(code)) return false;
  }
  return true;
}

/** `\p{L}` or `\p{N}`, for one unit. */
function isLetterOrNumber(code: number): boolean {
  if (code < 128) return isAsciiWord(code);
  const known = classOf(code);
  // A word unit that is neither a letter nor a mark is a number.
  return (known & LETTER) !== 0 || (known & (WORD | LETTER_MARK)) === WORD;
}

/**
 * The top label of a domain outside ASCII, as `validDomain` takes one: letters (and marks after
 * the first), or `xn--` and more in any case, and no file ending.
 */
function isWideTopLabel(text: string, from: number, to: number): boolean {
  const first = text.charCodeAt(from);
  let letters = to - from >= 2 && (first < 128 ? isAsciiLetter(first) : (classOf(first) & LETTER) !== 0);
  for (let i = from + 1; i < to && letters; i++) {
    const code = text.charCodeAt(i);
    letters = code < 128 ? isAsciiLetter(code) : isLetterOrMark(code);
  }
  if (!letters && !PUNYCODE_TLD.test(text.slice(from, to))) return false;
  return to - from > MAX_FILE_ENDING || !FILE_ENDINGS.has(text.slice(from, to).toLowerCase());
}

export function isAsciiLetter(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122;
}

/**
 * The rules for an ASCII top-level label text[from, to): two letters or more (or `xn--`), and
 * not a file ending (`png`, `js`...) unless the address was written `explicit`ly, in brackets.
 */
export function validTopLabel(text: string, from: number, to: number, explicit = false): boolean {
  if (to - from < 2 || to - from > 63) return false;
  let key = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i) | 32;
    if (code < 97 || code > 122) return text.startsWith('xn--', from) || text.startsWith('XN--', from);
    key = key * 27 + (code - 96);
  }
  return explicit || to - from > 6 || !FILE_ENDING_KEYS.has(key);
}
