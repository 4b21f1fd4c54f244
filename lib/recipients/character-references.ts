/**
 * HTML's and XML's character references, as the source of a message's HTML part or of a page
 * writes the text around an address (`On Tue, Jane Doe &lt;jane@acme.com&gt; wrote:`,
 * `&quot;Doe, Jane&quot;`, `jane&#64;acme.com`, `Jos&eacute;`): decoded once, before anything
 * else is read. Only the references such text puts around people: XML's five, the numbered ones,
 * and HTML's for letters and the marks names are written with. (A library that decodes all two
 * thousand of HTML's named references carries their table, the size of this whole parser, for
 * references no name or address needs.)
 */

/** One reference: a name, or a number in decimal or hex; each part bounded. */
const REFERENCE = /&(?:([a-z]{2,8})|#(\d{1,7})|#x([\da-f]{1,6}));/gi;

/** The named references read that are not a letter with a mark (`LETTER_WITH_MARK`). */
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

/** The letter with a mark a name stands for (`eacute` → é), or null when it names none. */
function letterWithMark(name: string): string | null {
  const mark = MARKS.get(name.slice(1));
  if (mark === undefined || !/^[a-z]$/i.test(name.charAt(0))) return null;
  const letter = `${name.charAt(0)}${mark}`.normalize('NFC');
  return letter.length === 1 ? letter : null;
}

/** The character a reference stands for, or the reference as written when it stands for none. */
function referenced(reference: string, name?: string, decimal?: string, hex?: string): string {
  if (name !== undefined) return NAMED.get(name) ?? letterWithMark(name) ?? reference;
  const code = decimal === undefined ? Number.parseInt(hex ?? '', 16) : Number.parseInt(decimal, 10);
  // Not NUL, half of a pair of surrogates, or beyond Unicode: as the HTML standard, not a character.
  if (code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return reference;
  return String.fromCodePoint(code);
}

/** `text` with its character references decoded, once (`&amp;lt;` is `&lt;`); the same string when it has none. */
export function decodeCharacterReferences(text: string): string {
  // (An `&` and a `;` are each found at once; most texts lack one, and are not read again.)
  if (!text.includes('&') || !text.includes(';')) return text;
  return text.replace(REFERENCE, referenced);
}
