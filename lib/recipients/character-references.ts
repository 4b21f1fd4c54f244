import { codeAt, isAsciiLetter } from './address-rules';
import { hexValue } from './encoded-words';

/**
 * HTML's and XML's character references, as the source of a message's HTML part or of a page
 * writes the text around an address (`On Tue, Jane Doe &lt;jane@acme.com&gt; wrote:`,
 * `&quot;Doe, Jane&quot;`, `jane&#64;acme.com`, `Jos&eacute;`): decoded once, before anything
 * else is read. Only the references such text puts around people: XML's five, the numbered ones,
 * and HTML's for letters and the marks names are written with. (A library that decodes all two
 * thousand of HTML's named references carries their table, the size of this whole parser, for
 * references no name or address needs.)
 */

/** The longest name of a reference read (`dblac` after a letter, `middot`, `lstrok`...). */
const MAX_NAME = 8;

/** The named references read that are not a letter with a mark (`letterWithMark`). */
const NAMED = new Map(
  Object.entries({
    lt: '<',
    LT: '<',
    gt: '>',
    GT: '>',
    amp: '&',
    AMP: '&',
    quot: '"',
    QUOT: '"',
    apos: "'",
    nbsp: '\u00a0',
    rsquo: '’',
    lsquo: '‘',
    rdquo: '”',
    ldquo: '“',
    ndash: '–',
    mdash: '—',
    middot: '·',
    szlig: 'ß',
    AElig: 'Æ',
    aelig: 'æ',
    OElig: 'Œ',
    oelig: 'œ',
    Oslash: 'Ø',
    oslash: 'ø',
    ETH: 'Ð',
    eth: 'ð',
    THORN: 'Þ',
    thorn: 'þ',
    Lstrok: 'Ł',
    lstrok: 'ł',
    Dstrok: 'Đ',
    dstrok: 'đ',
  }),
);

/**
 * HTML's names for a letter with a mark are the letter and the mark's name (`eacute`, `Ccedil`,
 * `scaron`, `aogon`, `odblac`): the combining mark of each, which the letter composes with.
 */
const MARKS = new Map(
  Object.entries({
    grave: '\u0300',
    acute: '\u0301',
    circ: '\u0302',
    tilde: '\u0303',
    macr: '\u0304',
    breve: '\u0306',
    dot: '\u0307',
    uml: '\u0308',
    ring: '\u030a',
    dblac: '\u030b',
    caron: '\u030c',
    cedil: '\u0327',
    ogon: '\u0328',
  }),
);

/** Letters with marks made so far, by their names, and names that make none (`normalize` is slow; a text repeats its names). */
const LETTERS = new Map<string, string | null>();
const MAX_LETTERS = 1024;

/** The letter with a mark a name stands for (`eacute` → é), or null when it names none. */
function letterWithMark(name: string): string | null {
  let letter = LETTERS.get(name);
  if (letter !== undefined) return letter;
  const mark = MARKS.get(name.slice(1));
  const composed = mark === undefined ? '' : `${name.charAt(0)}${mark}`.normalize('NFC');
  letter = composed.length === 1 ? composed : null;
  if (LETTERS.size < MAX_LETTERS) LETTERS.set(name, letter);
  return letter;
}

/** Where a reference ends (past its `;`), set by `referenceAt`. */
const found = { end: 0 };

/**
 * The character the reference at `amp` (an `&`) stands for, its end in `found`; null when none
 * stands there, or it stands for no character (NUL, half of a pair of surrogates, or beyond
 * Unicode, as the HTML standard says; a name this does not read).
 */
function referenceAt(text: string, amp: number): string | null {
  let i = amp + 1;
  if (codeAt(text, i) === 35) {
    i++;
    const hex = (codeAt(text, i) | 32) === 120;
    if (hex) i++;
    const start = i;
    let code = 0;
    for (; i - start < (hex ? 6 : 7); i++) {
      const unit = codeAt(text, i);
      const digit = hex ? hexValue(unit) : unit >= 48 && unit <= 57 ? unit - 48 : -1;
      if (digit < 0) break;
      code = code * (hex ? 16 : 10) + digit;
    }
    if (i === start || codeAt(text, i) !== 59) return null;
    if (code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return null;
    found.end = i + 1;
    return String.fromCodePoint(code);
  }
  const start = i;
  while (i - start < MAX_NAME && isAsciiLetter(codeAt(text, i))) i++;
  if (i - start < 2 || codeAt(text, i) !== 59) return null;
  const name = text.slice(start, i);
  const char = NAMED.get(name) ?? letterWithMark(name);
  if (char === null) return null;
  found.end = i + 1;
  return char;
}

/** How far the next `&` is looked for character by character, before the engine's search. */
const NEAR = 32;

/** The index of the next `&` at or after `from`, or -1: near ones read here (a run of them costs no search each). */
function nextAmpersand(text: string, from: number): number {
  const near = Math.min(text.length, from + NEAR);
  for (let i = from; i < near; i++) if (text.charCodeAt(i) === 38) return i;
  return near < text.length ? text.indexOf('&', near) : -1;
}

/** `text` with its character references decoded, once (`&amp;lt;` is `&lt;`); the same string when it has none. */
export function decodeCharacterReferences(text: string): string {
  // (An `&` and a `;` are each found at once; most texts lack one, and are not read again.)
  let amp = text.indexOf('&');
  if (amp < 0 || !text.includes(';')) return text;
  let out = '';
  let copied = 0;
  while (amp >= 0) {
    const char = referenceAt(text, amp);
    if (char === null) {
      amp = nextAmpersand(text, amp + 1);
      continue;
    }
    out += text.slice(copied, amp) + char;
    copied = found.end;
    amp = nextAmpersand(text, copied);
  }
  return copied === 0 ? text : out + text.slice(copied);
}
