import { isValidEmail, MAX_EMAIL_LENGTH } from '../apexscore/email';
import type { AddressBook } from './address-book';
import {
  asciiForm,
  codeAt,
  type FoundAddress,
  FoundList,
  type FoundView,
  isAscii,
  isAsciiWord,
  isDomainChar,
  isLocalChar,
  isSpaceCode,
  isTrimCode,
  isWordCode,
  MAX_LOCAL,
  NextOfAny,
  type Span,
  validAsciiDomainAt,
  validDomain,
  validTopLabel,
  wordAt,
} from './address-rules';

/**
 * Addresses written the way web pages hide them: `jane [at] acme [dot] com`, `(at)`, `{at}`,
 * `<at>`, `[@]`, `(dot)`..., `jane(a)acme.fi`, and `jane at acme dot com` where both words are
 * there. They are found where they stand, without rewriting the text (a copy of a 5 MB page costs
 * more than finding every address in it), so the names beside them are read as for any address.
 */

// A bracketed `at` is found from its closing bracket, each kind of which the engine's own search
// finds (prose holds far fewer of them than `at`s, where a regex would stop); the word and the
// opening bracket are checked by hand. `[@]` is found with the other `@` signs (`bracketedAt`).
// Not `[.]`: a dot in brackets can stand inside a real address's local part.
const CLOSING_BRACKETS = [']', ')', '}', '>'];
const SPELLED_DOT = / (?:dot|DOT) /;
/** The full-width at sign of Chinese, Japanese and Korean text. */
const WIDE_AT = '\uff20';
const AT_WORD = /at/i;
const SPELLED_AT = / (?:at|AT) /g;
// "meet at noon at the dot com office" is prose: a domain does not start with these words.
const NOT_DOMAINS = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'your',
  'his',
  'her',
  'their',
  'this',
  'that',
  'its',
  'one',
]);

/** The closing bracket's code for an opening one (`[`, `(`, `{`, `<`), else 0. */
function closeOf(code: number): number {
  if (code === 91 || code === 123) return code + 2;
  if (code === 40) return 41;
  if (code === 60) return 62;
  return 0;
}

function openOf(code: number): number {
  if (code === 93 || code === 125) return code - 2;
  if (code === 41) return 40;
  if (code === 62) return 60;
  return 0;
}

/** The end of a bracketed `word` starting at `open` (`[dot]`, `( at )`: one space inside either side), else -1. */
function tokenEnd(text: string, open: number, word: string): number {
  const close = closeOf(codeAt(text, open));
  if (close === 0) return -1;
  let i = open + 1;
  if (isSpaceCode(codeAt(text, i))) i++;
  if (!wordAt(text, i, word)) return -1;
  i += word.length;
  if (isSpaceCode(codeAt(text, i))) i++;
  return codeAt(text, i) === close ? i + 1 : -1;
}

/** The start of a bracketed `word` whose closing bracket is at `close`, not before `floor`, else -1. */
function tokenStart(text: string, close: number, word: string, floor: number): number {
  const open = openOf(codeAt(text, close));
  if (open === 0) return -1;
  let i = close - 1;
  if (isSpaceCode(codeAt(text, i))) i--;
  i -= word.length - 1;
  if (i <= floor || !wordAt(text, i, word)) return -1;
  i--;
  if (isSpaceCode(codeAt(text, i))) i--;
  return i >= floor && codeAt(text, i) === open ? i : -1;
}

/** Whether a bracketed dot (after one optional space) closes at `index - 1`: where a local part may go on to the left. */
function dotTokenBefore(text: string, index: number, floor: number): number {
  let close = index - 1;
  if (close > floor && isSpaceCode(text.charCodeAt(close))) close--;
  if (close <= floor || openOf(text.charCodeAt(close)) === 0) return -1;
  const start = tokenStart(text, close, 'dot', floor);
  if (start < 0) return -1;
  return start > floor && isSpaceCode(text.charCodeAt(start - 1)) ? start - 1 : start;
}

/** Whether a bracketed token can start with this character: its opening bracket, or a space before one. */
export function mayOpenToken(code: number): boolean {
  return isSpaceCode(code) || closeOf(code) !== 0;
}

/** Whether a bracketed token can go on with this character after its word: its closing bracket, or a space before one. */
export function mayCloseToken(code: number): boolean {
  return isSpaceCode(code) || openOf(code) !== 0;
}

/** The index past a bracketed dot that starts at `index` (after one optional space) and one space after it, else -1. */
export function dotTokenAfter(text: string, index: number): number {
  if (!mayOpenToken(codeAt(text, index))) return -1;
  let open = index;
  if (isSpaceCode(codeAt(text, open))) open++;
  if (closeOf(codeAt(text, open)) === 0) return -1;
  const end = tokenEnd(text, open, 'dot');
  if (end < 0) return -1;
  return isSpaceCode(codeAt(text, end)) ? end + 1 : end;
}

/** Whether a bracketed dot ends just before `index` (after one optional space): the local part goes on to the left. */
export function hasDotTokenBefore(text: string, index: number, floor: number): boolean {
  return dotTokenBefore(text, index, floor) >= 0;
}

/**
 * text[from, to) with each bracketed dot read as `.` and the spaces around it dropped: copied a
 * run of characters at a time, not one by one.
 */
function decode(text: string, from: number, to: number): string {
  let out = '';
  let run = from;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const end = closeOf(code) === 0 ? -1 : tokenEnd(text, i, 'dot');
    if (end >= 0) {
      out += `${text.slice(run, i)}.`;
      i = run = end;
    } else if (isSpaceCode(code)) {
      out += text.slice(run, i);
      run = ++i;
    } else i++;
  }
  return out + text.slice(run, to);
}

function validLocalText(local: string): boolean {
  return (
    local !== '' && local.length <= MAX_LOCAL && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..')
  );
}

/**
 * The id in `book` of the address around an at-site text[siteStart, siteEnd) (`@`, `[at]`...),
 * whose local part and domain may hold bracketed dots, or -1; where it stands goes in `span`.
 * `spaced`: one space either side of the site belongs to it. The local part reaches no further
 * left than `floor`.
 */
export function addressAround(
  text: string,
  siteStart: number,
  siteEnd: number,
  floor: number,
  spaced: boolean,
  book: AddressBook,
  span: Span,
): number {
  // Where the local part ends: a site with nothing before it back to `floor` (right after the
  // previous address) has none.
  let localEnd = siteStart;
  if (spaced && localEnd > floor && isSpaceCode(text.charCodeAt(localEnd - 1))) localEnd--;
  if (localEnd <= floor) return -1;
  // The domain first: most sites in junk have no dotted one, and are turned down before the
  // local part is read. Its pieces (joined by bracketed dots) are noted, and copied only once
  // the rest of the address has passed.
  let i = siteEnd;
  if (spaced && isSpaceCode(codeAt(text, i))) i++;
  let pieces = 0;
  let end = i;
  let ascii = true;
  let dotted = false;
  for (;;) {
    let j = i;
    for (; j < text.length; j++) {
      const code = text.charCodeAt(j);
      if (code === 46) dotted = true;
      else if (code >= 128) {
        if (!isDomainChar(text, j)) break;
        ascii = false;
      } else if (code !== 45 && !isAsciiWord(code)) break;
    }
    if (j === i) break;
    end = j;
    PIECES[pieces++] = i;
    PIECES[pieces++] = j;
    const next = dotTokenAfter(text, j);
    if (next < 0 || !isDomainChar(text, next)) break;
    dotted = true;
    i = next;
  }
  if (!dotted) return -1;
  // What ends with `.` or `-` is trimmed off, as from any address.
  const domainStart = PIECES[0] ?? end;
  while (end > domainStart && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
  if (isWordCode(text, end) || codeAt(text, end) === 64) return -1;
  // A top label no domain ends with (`z`, `png`) turns the address down before its local part is read.
  if (!mayEndDomain(text, PIECES[pieces - 2] ?? end, end)) return -1;
  let start = localEnd;
  let dots = false;
  for (;;) {
    if (start > floor && isLocalChar(text, start - 1)) {
      start--;
      if (text.charCodeAt(start) > 127) ascii = false;
    } else {
      const token = dotTokenBefore(text, start, floor);
      if (token < 0) break;
      start = token;
      dots = true;
    }
  }
  while (start < localEnd && (isSpaceCode(text.charCodeAt(start)) || isTrimmed(text.charCodeAt(start)))) start++;
  if (start >= localEnd) return -1;
  // Pages repeat their obfuscated addresses: each way of writing one is decoded once (while that
  // pays; its key is made only then).
  const decoded = book.decoded[spaced ? 1 : 0];
  const written = decoded?.active ? text.slice(start, end) : undefined;
  let id = written === undefined ? undefined : decoded?.get(written);
  if (id === undefined) {
    const local = dots ? decode(text, start, localEnd) : text.slice(start, localEnd);
    const domain = pieces === 2 ? text.slice(domainStart, end) : joinPieces(text, pieces);
    id = validLocalText(local) && domain !== '' ? idOfDecoded(local, domain, ascii, book) : -1;
    if (written !== undefined) decoded?.keep(written, id);
  }
  span.start = start;
  span.end = end;
  return id;
}

/**
 * Whether the domain whose last piece is text[from, to) may end there: false only when its top
 * label is in ASCII and fails what both `validAsciiDomainAt` and `validDomain` ask of one (two
 * letters or more and no file ending, or `xn--` in any case).
 */
function mayEndDomain(text: string, from: number, to: number): boolean {
  let top = to;
  while (top > from && text.charCodeAt(top - 1) !== 46) top--;
  if (top === to || !isAscii(text, top, to)) return true;
  return validTopLabel(text, top, to) || wordAt(text, top, 'xn--');
}

/** The id of a decoded address, `local@domain`, in the book, or -1 when it is not one. */
function idOfDecoded(local: string, domain: string, ascii: boolean, book: AddressBook): number {
  // Prose characters in ASCII that pass the domain rules are what the HTML standard accepts.
  if (ascii) {
    if (!validAsciiDomainAt(domain, 0, domain.length)) return -1;
    if (local.length + 1 + domain.length > MAX_EMAIL_LENGTH && !isValidEmail(`${local}@${domain}`)) return -1;
    return book.idOfAsciiParts(local, domain);
  }
  // Outside ASCII, the rules are slow: each distinct address is checked once.
  return book.idOfChecked(`${local}@${domain}`, local.length);
}

/** Where the pieces of the domain `addressAround` reads start and end, in pairs (reused). */
const PIECES: number[] = [];

/** The first `count / 2` pieces in `PIECES` joined by dots, without the `.` or `-` it ends with. */
function joinPieces(text: string, count: number): string {
  let domain = '';
  for (let k = 0; k < count; k += 2) {
    if (k > 0) domain += '.';
    domain += text.slice(PIECES[k] ?? 0, PIECES[k + 1] ?? 0);
  }
  let size = domain.length;
  while (size > 0 && (domain.charCodeAt(size - 1) === 46 || domain.charCodeAt(size - 1) === 45)) size--;
  return domain.slice(0, size);
}

/** `'` and `-`: not the first character of an address in prose. */
function isTrimmed(code: number): boolean {
  return code === 39 || code === 45;
}

/** The id of the address around an `@` written in brackets (`jane [@] acme [dot] com`), or -1; where it stands goes in `span`. */
export function bracketedAt(text: string, at: number, floor: number, book: AddressBook, span: Span): number {
  if (!mayCloseToken(codeAt(text, at + 1))) return -1;
  let open = at - 1;
  if (open >= floor && isSpaceCode(text.charCodeAt(open))) open--;
  if (open < floor) return -1;
  const end = tokenEnd(text, open, '@');
  return end < 0 ? -1 : addressAround(text, open, end, floor, true, book, span);
}

/**
 * `jane.doe at acme dot co dot uk`, `jane dot doe at acme dot com`, in lower case or in capitals;
 * "meet at noon" is left alone, and so is what goes on with another `at` (`me at jane dot doe at
 * gmail dot com` is jane.doe's address, not me's).
 */
function spelledAddress(text: string, at: number, floor: number, book: AddressBook): FoundAddress | null {
  const upper = codeAt(text, at + 1) === 65;
  const dotWord = upper ? ' DOT ' : ' dot ';
  let start = localStart(text, at, floor);
  if (start === at) return null;
  // The local part's dots spelled too, as far as a local part goes.
  let spelledDots = false;
  while (start - dotWord.length > floor && text.startsWith(dotWord, start - dotWord.length)) {
    const before = localStart(text, start - dotWord.length, floor);
    if (before === start - dotWord.length || at - before > MAX_LOCAL) break;
    start = before;
    spelledDots = true;
  }
  const labels: string[] = [];
  let cursor = at + 4;
  let end = cursor;
  for (;;) {
    let labelEnd = cursor;
    while (labelEnd < text.length && (isWordCode(text, labelEnd) || text.charCodeAt(labelEnd) === 45)) labelEnd++;
    if (labelEnd === cursor) break;
    labels.push(text.slice(cursor, labelEnd));
    end = labelEnd;
    if (!text.startsWith(dotWord, labelEnd)) break;
    cursor = labelEnd + dotWord.length;
  }
  if (labels.length < 2 || NOT_DOMAINS.has((labels[0] ?? '').toLowerCase())) return null;
  if (codeAt(text, end) === 64 || spelledDomainAfter(text, end, upper ? ' AT ' : ' at ', dotWord)) return null;
  const local = spelledDots ? text.slice(start, at).replaceAll(dotWord, '.') : text.slice(start, at);
  const domain = labels.join('.');
  const email = `${local}@${domain}`;
  if (!validLocalText(local) || !validDomain(domain) || !isValidEmail(email)) return null;
  const id = book.idOf(email);
  return { email: book.emails[id] ?? email, id, start, end, angle: false };
}

/**
 * Whether an `at` and a spelled domain's first label follow `end` (` at gmail dot`): what was read
 * as a domain is the next address's local part. (Not ` at your convenience`.)
 */
function spelledDomainAfter(text: string, end: number, atWord: string, dotWord: string): boolean {
  if (!text.startsWith(atWord, end)) return false;
  const label = end + atWord.length;
  let i = label;
  while (i < text.length && (isWordCode(text, i) || text.charCodeAt(i) === 45)) i++;
  return i > label && text.startsWith(dotWord, i);
}

/**
 * Where the local part that ends at `at` starts (its characters, not before `floor`, the trimmed
 * ones aside): `at` without one.
 */
function localStart(text: string, at: number, floor: number): number {
  let start = at;
  while (start > floor && isLocalChar(text, start - 1)) start--;
  while (start < at && isTrimmed(text.charCodeAt(start))) start++;
  return start;
}

/** Two lists in text order as one; an entry of `extra` that overlaps one of `main` is dropped. */
function mergeFound(main: FoundList, extra: FoundAddress[]): FoundList {
  if (extra.length === 0) return main;
  const out = new FoundList();
  let m = 0;
  let lastEnd = 0;
  for (const entry of extra) {
    while (m < main.length && (main.starts[m] ?? 0) < entry.end) {
      out.addFrom(main, m);
      lastEnd = main.ends[m++] ?? 0;
    }
    if (entry.start >= lastEnd) {
      out.add(entry);
      lastEnd = entry.end;
    }
  }
  while (m < main.length) out.addFrom(main, m++);
  return out;
}

/**
 * Whether `(a)`, the at sign as pages in Finland and Germany write it, closes at `close`: between
 * a local part's character (not before `floor`) and a domain's, with no space (`jane(a)acme.fi`;
 * "item (a) below" is no address).
 */
function isLetterAt(text: string, close: number, floor: number): boolean {
  return (
    close - 3 >= floor &&
    text.charCodeAt(close) === 41 &&
    text.charCodeAt(close - 1) === 97 &&
    text.charCodeAt(close - 2) === 40 &&
    isLocalChar(text, close - 3) &&
    isAsciiWord(codeAt(text, close + 1))
  );
}

/**
 * Widens `span` over the angle brackets around it (`Jane Doe <jane(at)acme.de>`), so that the
 * name before them is read as a display name, as for a plain address in brackets.
 */
function inBrackets(text: string, span: Span & { angle: boolean }): void {
  span.angle = codeAt(text, span.start - 1) === 60 && codeAt(text, span.end) === 62;
  if (span.angle) {
    span.start--;
    span.end++;
  }
}

/** What `findObfuscated` finds in a text without an `at`, shared: never written. */
const NOTHING_FOUND: FoundView = new FoundList();

/**
 * Every obfuscated address in `text`, in order. Linear: bracketed sites found from their closing
 * brackets, searched for natively and never again behind the last one; one regex without nested
 * quantifiers for the spelled form (only when a spelled `dot` is there at all); and index scans
 * that never go left of the previous find.
 */
export function findObfuscated(text: string, book: AddressBook): FoundView {
  // Every form but the full-width sign and `(a)` holds an `at` (a short text, such as a
  // spreadsheet cell, mostly does not): nothing is made for a text without any. (`(a)` is told
  // by its closing bracket: the search for one sign is the engine's quickest.)
  const wide = text.indexOf(WIDE_AT);
  if (!AT_WORD.test(text) && !text.includes(')'))
    return wide < 0 ? NOTHING_FOUND : mergeFound(new FoundList(), wideAtAddresses(text, wide, book));
  const found = new FoundList();
  let floor = 0;
  const span = { start: 0, end: 0, angle: false };
  const closing = new NextOfAny(text, CLOSING_BRACKETS);
  // Where the next site's `at` may start: past the last site, and past the last address found.
  let siteFloor = 0;
  for (let close = closing.from(2); close >= 0; close = closing.from(close + 1)) {
    const siteEnd = close + 1;
    // `at`, in any case, and one white space or none, just before the bracket.
    const t = isTrimCode(text.charCodeAt(close - 1)) ? close - 2 : close - 1;
    let open: number;
    let spaced = true;
    if (t - 1 >= siteFloor && (text.charCodeAt(t) | 32) === 116 && (text.charCodeAt(t - 1) | 32) === 97) {
      siteFloor = siteEnd;
      open = t - 2;
      if (open >= floor && isSpaceCode(text.charCodeAt(open))) open--;
      if (open < floor || tokenEnd(text, open, 'at') !== siteEnd) continue;
    } else if (isLetterAt(text, close, Math.max(floor, siteFloor))) {
      open = close - 2;
      spaced = false;
    } else continue;
    const id = addressAround(text, open, siteEnd, floor, spaced, book, span);
    if (id >= 0) {
      inBrackets(text, span);
      found.push(id, span.start, span.end, span.angle);
      floor = span.end;
      siteFloor = Math.max(siteFloor, span.end);
      close = Math.max(close, span.end - 1);
    }
  }
  const withWide = wide < 0 ? found : mergeFound(found, wideAtAddresses(text, wide, book));
  if (!SPELLED_DOT.test(text)) return withWide;
  const spelled: FoundAddress[] = [];
  floor = 0;
  SPELLED_AT.lastIndex = 0;
  for (let match = SPELLED_AT.exec(text); match; match = SPELLED_AT.exec(text)) {
    const address = spelledAddress(text, match.index, floor, book);
    if (address) {
      spelled.push(address);
      floor = address.end;
      SPELLED_AT.lastIndex = Math.max(SPELLED_AT.lastIndex, address.end);
    } else SPELLED_AT.lastIndex = match.index + 1;
  }
  return mergeFound(withWide, spelled);
}

/**
 * The addresses written with a full-width at sign (`taro＠example.co.jp`), as Japanese pages
 * write them to keep them from address harvesters, from the first sign, at `first`. Each sign is
 * found natively, and an address reaches no further back than the one before it.
 */
function wideAtAddresses(text: string, first: number, book: AddressBook): FoundAddress[] {
  const found: FoundAddress[] = [];
  const span = { start: 0, end: 0, angle: false };
  let floor = 0;
  for (let at = first; at >= 0; at = text.indexOf(WIDE_AT, Math.max(at + 1, floor))) {
    const id =
      isFullWidthAscii(codeAt(text, at - 1)) || isFullWidthAscii(codeAt(text, at + 1))
        ? fullWidthAddress(text, at, floor, book, span)
        : addressAround(text, at, at + 1, floor, false, book, span);
    if (id < 0) continue;
    inBrackets(text, span);
    found.push({ email: book.emails[id] ?? '', id, start: span.start, end: span.end, angle: span.angle });
    floor = span.end;
  }
  return found;
}

/** Whether a code unit is a full-width form of an ASCII character (`ｔ`, `．`, `１`). */
function isFullWidthAscii(code: number): boolean {
  return code >= 0xff01 && code <= 0xff5e;
}

/** Whether a code unit (`asAscii`) may stand in an address typed in full width: a letter, a digit, `.`, `-`, `_`, `+`. */
function isWideAddressCode(code: number): boolean {
  const ascii = asciiForm(code);
  return ascii < 128 && (isAsciiWord(ascii) || ascii === 46 || ascii === 45 || ascii === 95 || ascii === 43);
}

/**
 * The id in `book` of an address typed in full width around the full-width at sign at `at`
 * (`ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ`, as a Japanese input method writes it unless switched),
 * read as the ASCII it stands for, or -1; where it stands goes in `span`. Its parts may mix full
 * width and ASCII, and reach no further left than `floor`.
 */
function fullWidthAddress(text: string, at: number, floor: number, book: AddressBook, span: Span): number {
  // The domain first: a sign in junk has no dotted one, and is turned down before anything is copied.
  let end = at + 1;
  let firstDot = -1;
  for (; end < text.length && end - at <= MAX_EMAIL_LENGTH; end++) {
    const code = text.charCodeAt(end);
    if (!isWideAddressCode(code)) break;
    if (firstDot < 0 && asciiForm(code) === 46) firstDot = end;
  }
  // A dot or a hyphen ends no address: the sentence's full stop after it (`．`) is not its.
  while (end > at + 1 && (asciiForm(text.charCodeAt(end - 1)) === 46 || asciiForm(text.charCodeAt(end - 1)) === 45))
    end--;
  if (firstDot <= at + 1 || firstDot >= end - 1) return -1;
  let start = at;
  while (start > floor && at - start < MAX_LOCAL && isWideAddressCode(text.charCodeAt(start - 1))) start--;
  if (start === at) return -1;
  span.start = start;
  span.end = end;
  // Each way of writing one is read once (while that pays), as `addressAround` does.
  const decoded = book.decoded[0];
  const written = decoded?.active ? text.slice(start, end) : undefined;
  const known = written === undefined ? undefined : decoded?.get(written);
  if (known !== undefined) return known;
  let local = '';
  for (let i = start; i < at; i++) local += String.fromCharCode(asciiForm(text.charCodeAt(i)));
  let domain = '';
  for (let i = at + 1; i < end; i++) domain += String.fromCharCode(asciiForm(text.charCodeAt(i)));
  const id = validLocalText(local) ? idOfDecoded(local, domain, true, book) : -1;
  if (written !== undefined) decoded?.keep(written, id);
  return id;
}
