import { isFamilyFirstCode } from '../full-name';
import { AddressBook, NameBook } from './address-book';
import {
  ANY_LETTER,
  asciiForm,
  codeAt,
  foldLetter,
  holds,
  isAsciiLetter,
  isCapital,
  isDigit,
  isSpaceCode,
  NextOfAny,
  skipSpace,
  spaceEnd,
} from './address-rules';
import { findAddresses, type FoundList } from './addresses';
import { isAvatarLine, MAX_INITIALS } from './avatars';
import { spellsCjkFamily } from './cjk-families';
import { fieldName } from './json-fields';
import { atIndex, localEnd } from './local-part';
import { AddressedNames, nameKey, richness, RICHEST } from './merge';
import {
  afterListNumber,
  cleanName,
  foldedWord,
  guessedPerson,
  guessName,
  hasRole,
  holdsParticleWord,
  inAddressOrder,
  inLatinLetters,
  isCjkFullName,
  isCyrillic,
  isDegreeAlone,
  isParticleWord,
  isPlainName,
  isPlainWords,
  isRole,
  isRosterWord,
  isLinkPhrase,
  isSiteWord,
  isSharedMailbox,
  isSpanishSurname,
  isSuffix,
  isTitle,
  isTitledFullName,
  latinSize,
  letterPairs,
  looksLikeName,
  MAX_NAME,
  mayBeName,
  nameOf,
  plainName,
  spelledAsTwo,
  spellsDomain,
  splitName,
  startsLikeOneOf,
  stripComments,
  unquote,
  withoutLeadingWord,
  withoutNickname,
  writtenName,
  type SplitName,
} from './names';
import { recipient } from './person';
import { RangeRecall, Recall, sameRange, sameSpans } from './recall';
import { mayNameAddress, NAME_LABELS, Records } from './record';
import { type Column, headerColumn, headerOf, MAX_ROW, rowName, tabCells } from './rows';
import { TraceFields } from './trace-fields';
import type { Recipient } from './types';

/**
 * Names already read in this text: threads and lists repeat the same people. Only short texts
 * are remembered: a long one is prose, seldom repeated, and costs as much to look up as to read.
 */
interface Memo {
  angle: RangeRecall<string>;
  /** Lines above addresses (signatures repeat "Head of Sales"), by whether they read as a name. */
  lines: Recall<boolean>;
  bare: Recall<BareReading>;
  split: Recall<SplitName>;
  /** Lines above addresses by the form's column they name, or null (`formLabel`). */
  columns: Recall<Column | null>;
}

/**
 * What the text before a bare address gives: the name it is, or the part of it before a separator
 * that may be one ("Jane Doe · Head of Sales · "), to be taken if it matches the address.
 */
interface BareReading {
  name: string;
  head: string;
  /** The part after the last separator ("Project Manager – Jane Doe – "), to be taken if it matches. */
  tail: string;
  /**
   * The name words that end a sentence before a separator ("Contact Jane Doe – "; `sentenceEndName`),
   * to be taken if they match.
   */
  said: string;
}

const MEMO_KEY_MAX = 80;

/** A lookup table of ASCII characters. */
function codeSet(chars: string): Uint8Array {
  const codes = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) codes[chars.charCodeAt(i)] = 1;
  return codes;
}

/** Characters that end one list item and start the next (a comma only between addresses). */
const HARD_BREAKS = codeSet('\n\r\t;|');
/** Where the text before a bare address stops being its name. */
const BARE_BREAKS = codeSet('\n\r\t;|,:(');
const NEWLINE = codeSet('\n');
/** What `cleanName` trims around a name, in ASCII. */
const STRAY = codeSet(" '`:;,|-*");
/** The text before a bare address that may hold its name: `looksLikeName` reads no more. */
const MAX_NAME_REGION = 122;
/**
 * Lines looked up for a name that does not match the address; for one that does, a few more (a
 * signature's name over its title, its company and a postal address of three lines).
 */
const LOOK_BACK_LINES = 4;
const MATCH_LOOK_BACK_LINES = 8;
/** A label before an address on its line ("Email:", "E-mail address:") is no longer than this. */
const MAX_LABEL = 24;
/** The words before an address in a sentence that still let the line above name it ("Reach me at"). */
const MAX_PREFIX = 40;

/**
 * The last index before `from`, and not before `floor`, of any of the ASCII characters in `codes`,
 * or of its full-width form (`（`, `：`, `，`, and the ideographic comma `、` for `,`), as Chinese
 * and Japanese text writes them.
 */
function lastIndexOfAny(text: string, codes: Uint8Array, from: number, floor: number): number {
  for (let i = from - 1; i >= floor; i--) {
    const code = text.charCodeAt(i);
    if (code < 128 ? codes[code] === 1 : code >= 0x3001 && isFormOf(code, codes)) return i;
  }
  return -1;
}

/** Whether a code beyond ASCII is the full-width form of one of `codes` (read within the table: a read past its end costs the loop more). */
function isFormOf(code: number, codes: Uint8Array): boolean {
  const ascii = asciiForm(code);
  return ascii < 128 && codes[ascii] === 1;
}

/**
 * Whether the word just before `to` (stray punctuation skipped) may end a name: it starts with a
 * capital, or with a letter of a script without ASCII case. "write to jane@..." is not read further.
 */
function mayEndName(text: string, to: number, floor: number): boolean {
  let i = to - 1;
  while (i >= floor) {
    const code = text.charCodeAt(i);
    if (code < 128 ? STRAY[code] !== 1 : code !== 0x2013 && code !== 0x2014 && code !== 0x2022 && code !== 0xb7) break;
    i--;
  }
  if (i < floor) return true;
  while (i > floor && !isSpaceCode(text.charCodeAt(i - 1))) i--;
  const first = text.charCodeAt(i);
  return first >= 128 || (first >= 65 && first <= 90) || first === 34;
}

/**
 * The display name written before an `<address>`: from the end of the previous item, cut after a
 * group's `Team:`, unquoted, comments dropped. `Doe, Jane` stays whole for `splitName`;
 * other commas ("Hi all, Jane Doe <...>") end the text before the name, and prose before it
 * ("Please welcome Jane Doe <...>") is left out.
 */
function angleName(text: string, from: number, to: number, memo: Memo, email?: string): string {
  const floor = Math.max(from, to - MAX_NAME - 1);
  const brk = lastIndexOfAny(text, HARD_BREAKS, to, floor);
  let start = brk === -1 ? floor : brk + 1;
  // A longer text before the address is prose that ends in the name: only its end is read.
  if (to - start > MAX_NAME) {
    start = to - MAX_NAME;
    while (start < to && !isSpaceCode(text.charCodeAt(start - 1))) start++;
  }
  // (Looked up in place: a copy of each stretch, hashed by a `Map`, cost a sixth of a megabyte
  // of short items parted by addresses. Nothing before the address, `<a@…><b@…>`, is no name.)
  const name =
    start === to
      ? ''
      : (memo.angle.get(text, start, to) ??
        memo.angle.keep(text, start, to, plainAngleName(text, start, to) ?? angleNameOf(text.slice(start, to))));
  // A company after `from` or `at` (`Jane Doe from Acme <jane@acme.com>`), told by the address's
  // domain: the name before it, if any (`Mail from Acme <news@acme.com>` names no one). (`Update
  // from Jane Doe <jane@…>` is hers.)
  if (email !== undefined && name.length >= 3 && !name.includes(' ') && startsDomain(name, 0, name.length, email)) {
    const head = nameBeforeCompany(text, start, to, name);
    if (head !== null) return head;
  }
  // A company or a team that an address book writes after a pipe (`Jane Doe | Acme <jane@…>`):
  // where the name after the pipe is none, or one word that the address does not name, the full
  // name before it, when the address names that. (A list parted by pipes, `Jane Doe | Bob
  // <bob@…>`, keeps Bob.)
  if (email === undefined || start !== brk + 1 || asciiForm(text.charCodeAt(brk)) !== 124 || name.includes(' '))
    return name;
  if (wordsIn(text, start, to) > MAX_COMPANY_WORDS || (name !== '' && matchesAddress(name, email))) return name;
  const head = angleName(text, from, brk, memo);
  return head.includes(' ') && matchesAddress(head, email) ? head : name;
}

/**
 * Whether the word text[from, to) starts the address's domain, accents aside (`Acme` of
 * `jane@acme.com`, `Globex` of `bob@globex.com`): a company's. Told in place.
 */
function startsDomain(text: string, from: number, to: number, email: string): boolean {
  const at = atIndex(email);
  if (email.length - at - 1 <= to - from) return false;
  for (let i = from; i < to; i++)
    if (!sameLetter(text.charCodeAt(i), email.charCodeAt(at + 1 + i - from))) return false;
  return true;
}

/**
 * The name before the word that joins it to `name`, a company's, in text[start, to) (`Jane Doe
 * from Acme`): '' where it is no name (`Mail from Acme`); null without such a word.
 */
function nameBeforeCompany(text: string, start: number, to: number, name: string): string | null {
  const joiner = companyJoinerBefore(text, start, to, name);
  if (joiner <= start) return null;
  const head = writtenName(cleanName(text.slice(start, joiner)));
  return head !== '' && looksLikeName(head) ? head : '';
}

/**
 * Where the word that joins a name to its company (`from`, `at`) starts before `name`, its end in
 * text[start, to); else -1.
 */
function companyJoinerBefore(text: string, start: number, to: number, name: string): number {
  return joinerBefore(text, start, lastIndexIn(text, name, start + 1, to));
}

/**
 * Where the word that joins a name to its company, whose name starts at `at`, starts in
 * text[start, at), its end; else -1 (and for `at` -1).
 */
function joinerBefore(text: string, start: number, at: number): number {
  if (at <= start || text.charCodeAt(at - 1) !== 32) return -1;
  for (const joiner of COMPANY_JOINERS) {
    const joinerStart = at - 1 - joiner.length;
    if (joinerStart > start && text.charCodeAt(joinerStart - 1) === 32 && text.startsWith(joiner, joinerStart))
      return joinerStart - 1;
  }
  return -1;
}

/**
 * The last index of `word` in text[from, to), or -1. (Looked for within the stretch only:
 * `lastIndexOf` goes on to the text's start, which for a name not written as read, `Acme   Labs`,
 * made a megabyte of them quadratic.)
 */
function lastIndexIn(text: string, word: string, from: number, to: number): number {
  const first = word.charCodeAt(0);
  for (let i = to - word.length; i >= from; i--) if (text.charCodeAt(i) === first && text.startsWith(word, i)) return i;
  return -1;
}

/** The words that join a person's name to their company's (`Jane Doe from Acme`, `Jane at Acme`). */
const COMPANY_JOINERS = ['from', 'at'];

/** The most words a company or a team written after a pipe has (`Acme Corp`, `Sales EMEA`). */
const MAX_COMPANY_WORDS = 3;

/** How many words text[from, to) holds, parted by spaces. */
function wordsIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++)
    if (!isSpaceCode(text.charCodeAt(i)) && (i === from || isSpaceCode(text.charCodeAt(i - 1)))) count++;
  return count;
}

/**
 * The usual display name before an address (`Jane Doe <…>`, `Doe, Jane <…>`) in text[from, to),
 * told in one look, as `angleNameOf` would give it back: as it is, after the separator before it,
 * when it is a name of no label or role, nor a leading word. Null for any other text.
 */
function plainAngleName(text: string, from: number, to: number): string | null {
  let start = from;
  let end = to;
  while (start < end && (isSpaceCode(text.charCodeAt(start)) || text.charCodeAt(start) === 44)) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (!isPlainName(text, start, end)) return null;
  const name = text.slice(start, end);
  return withoutLeadingWord(name) === name ? name : null;
}

/** The quoted string that ends `text` (`... "Doe, Jane"`), unquoted, or null. */
function trailingQuoted(text: string): string | null {
  if (text.length < 2 || !text.endsWith('"')) return null;
  for (let i = text.length - 2; i >= 0; i--) {
    if (text.charAt(i) === '"' && (i === 0 || text.charAt(i - 1) !== '\\')) return unquote(text.slice(i));
  }
  return null;
}

/** Typographic double quotes, as a word processor writes `"` (“Doe, Jane”, „Doe, Jane“). */
const CURLY_QUOTE = /[\u201c\u201d\u201e]/;
const CURLY_QUOTES = /[\u201c\u201d\u201e]/g;

/** The display name in the text before an `<address>` (`angleName`), read the full way. Exported for its property test. */
export function angleNameOf(raw: string): string {
  // A display name in typographic quotes (a list typed in a word processor) is quoted as any.
  // (Looked for before replacing: replacing always read a megabyte Outlook To: line 0 to 7% slower.)
  let region = (CURLY_QUOTE.test(raw) ? raw.replace(CURLY_QUOTES, '"') : raw).trim();
  // What closes the item before (`"John Doe <a@…>", "Jane Doe <…>"`), then the separator; not the
  // quote that opens a quoted name (`", Jane" <…>`, as `formatRecipients` writes a first name alone).
  const closing = CLOSINGS.includes(region.charAt(0) || ' ') && !(region.startsWith('"') && region.endsWith('"'));
  let lead = closing && /^.\s*[,;]/.test(region) ? 1 : 0;
  while (lead < region.length && (asciiForm(region.charCodeAt(lead)) === 44 || isSpaceCode(region.charCodeAt(lead))))
    lead++;
  if (lead > 0) region = region.slice(lead);
  // A label or a group's name before the name (`To:`, `Team:`, `"cc": "Bob Roe <…>"`); not a
  // colon inside a quoted name, which ends the text.
  if (!region.endsWith('"')) {
    const colon = region.lastIndexOf(':');
    if (colon >= 0) region = region.slice(colon + 1);
  }
  region = withoutLeadingWord(withoutNickname(stripComments(withoutOpening(afterOpenQuote(region.trim()))).trim()));
  // A tag in square brackets after the name, as address books add a department or an office
  // (`Smith, John [ACME/LON]`): not the name's.
  if (region.endsWith(']')) {
    const open = region.lastIndexOf('[');
    if (open > 0) region = region.slice(0, open).trimEnd();
  }
  // A company or a team of one word after a full name and a dash (`Jane Doe - ACME`): the name
  // is before it.
  const dash = lastDashIn(region);
  if (
    dash > 0 &&
    !region
      .slice(dash + 1)
      .trim()
      .includes(' ')
  ) {
    const head = region.slice(0, dash).trimEnd();
    if (head.includes(' ') && nameLike(head)) region = head;
  }
  // Degrees, suffixes and titles after commas (`Jane Doe, MD, PhD`, `Müller, Hans, Dr.`): neither a
  // list's items nor a name.
  // (After the last comma but one: one comma and a degree are read below, as `Last, First` reads.)
  for (let comma = region.lastIndexOf(','); comma > 0; comma = region.lastIndexOf(',')) {
    const tail = region.slice(comma + 1).trim();
    if (region.indexOf(',') === comma || !(isSuffix(tail) || isTitle(tail) || isRolePhrase(tail))) break;
    region = region.slice(0, comma).trimEnd();
  }
  const quoted = trailingQuoted(region);
  if (quoted !== null) return quoted;
  // `Doe, Jane`: one comma, a name either side of it (found without `split`, which costs more
  // than the rest of reading a list's name). A display name is marked as one: label words ("To")
  // may be names here.
  const comma = region.indexOf(',');
  if (comma < 0) return writtenName(cleanName(region));
  const lastComma = region.lastIndexOf(',');
  const last = region.slice(lastComma + 1);
  if (lastComma === comma && nameLike(region.slice(0, comma)) && nameLike(last)) {
    // `Prof. Jane Doe, FRS`, `Jane Doe, MBE`: a post-nominal after a full name (with its title,
    // or of three capitals or more after two words: `De la Cruz, JP` is a surname and initials).
    const before = region.slice(0, comma).trim();
    // (Not after a name in capitals itself: `DOE SMITH, JANE`.)
    const postNominal =
      isTitledFullName(before) ||
      (before.includes(' ') && before !== before.toUpperCase() && /^[A-Z]{3,6}$/.test(last.trim()));
    return postNominal ? before : region;
  }
  // `Hi all, Doe, Jane`, `Jane Doe, García Márquez, Gabriel`: a name written last name first
  // after the other items, a first name of one word after its last comma.
  if (lastComma !== comma && !last.trim().includes(' ') && !hasRole(last)) {
    const surnameStart = region.lastIndexOf(',', lastComma - 1) + 1;
    if (nameLike(region.slice(surnameStart, lastComma)) && nameLike(last)) return region.slice(surnameStart).trim();
  }
  // "Jane Doe, CEO", "Jane Doe, Professor of Physics": a title after the name, which is then the
  // part before it. (A title's words may read as a name, `Professor of Physics` as Physics: one
  // in words of a phrase is looked past first.)
  const before = () => writtenName(cleanName(region.slice(region.lastIndexOf(',', lastComma - 1) + 1, lastComma)));
  if (isRolePhrase(last)) return before() || writtenName(cleanName(last));
  const name = writtenName(cleanName(last));
  return name !== '' || !hasRole(last) ? name : before();
}

/**
 * Whether a text is a title in words of a phrase: a role's word and one in lower case (`Professor
 * of Physics`, `Director of Sales and Marketing`), or `Head of …` and the like (`head` alone is no
 * role: Edith Head).
 */
function isRolePhrase(text: string): boolean {
  return LOWER_WORD.test(text) && (ROLE_OF.test(text) || hasRole(text));
}

/** The start of a title that is a role only before `of`: `Head of Research`, `Dean of Students`. */
const ROLE_OF = /^\s*(?:head|chief|dean|lead) of /i;

/** Whether text[at] follows a colon and white space, as a field's value does (`Delivered-To: me@…`). */
function afterColon(text: string, at: number): boolean {
  let i = at - 1;
  while (i > 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < at - 1 && text.charCodeAt(i) === 58;
}

/** Where the last dash that parts a text stands (`isDashAt`), or -1. */
function lastDashIn(text: string): number {
  for (let i = text.length - 2; i > 0; i--) if (isDashAt(text, i)) return i;
  return -1;
}

/**
 * What follows a double quote that nothing in the text closes, after other words: the name of an
 * address quoted with it, as code and settings write one (`const to = "Jane Doe <jane@…>";`, the
 * quote closing after the address). Any other text as it is.
 */
function afterOpenQuote(text: string): string {
  const last = text.lastIndexOf('"');
  if (last <= 0 || last === text.length - 1) return text;
  let quotes = 1;
  for (let i = text.indexOf('"'); i < last; i = text.indexOf('"', i + 1)) quotes++;
  return quotes % 2 === 1 ? text.slice(last + 1) : text;
}

/** Quotes and brackets, each at the same place in both. */
const OPENINGS = '"([{';
const CLOSINGS = '")]}';

/**
 * Text without the quote or bracket it opens with when nothing in it closes that: one around the
 * whole item, `"Jane Doe <jane@...>"`, `(Jane Doe <jane@...>)`, is not the name's.
 */
function withoutOpening(text: string): string {
  const kind = OPENINGS.indexOf(text.charAt(0) || ' ');
  if (kind < 0 || text.includes(CLOSINGS.charAt(kind), 1)) return text;
  return text.slice(1).trimStart();
}

function nameLike(part: string): boolean {
  return looksLikeName(part.trim(), { labels: false });
}

/** The text of a Markdown link that ends at `close` (its `]`), within a name's length: `[Jane Doe]`. */
function linkTextBefore(text: string, from: number, close: number): string {
  for (let i = close - 1; i >= Math.max(from, close - MAX_NAME_REGION); i--) {
    const code = text.charCodeAt(i);
    if (code === 91) return text.slice(i + 1, close).trim();
    if (code === 93 || code === 10) return '';
  }
  return '';
}

/**
 * The text of an HTML link to the address, `<a href="mailto:jane@...">Jane Doe</a>` (the `mailto:`
 * already read away), when it reads as a name. Looked for within a name's length or two, and not
 * past a line break or another tag: a search to the end of the text would not be linear.
 */
function linkTextAfter(text: string, start: number, end: number): { name: string; end: number } | null {
  const quote = codeAt(text, end);
  if ((quote !== 34 && quote !== 39) || codeAt(text, start - 1) !== quote) return null;
  const limit = Math.min(text.length, end + 2 * MAX_NAME_REGION);
  let open = end + 1;
  for (; open < limit && text.charCodeAt(open) !== 62; open++) {
    const code = text.charCodeAt(open);
    if (code === 60 || code === 10 || code === 64) return null;
  }
  let close = open + 1;
  for (; close < limit && text.charCodeAt(close) !== 60; close++) {
    const code = text.charCodeAt(close);
    if (code === 62 || code === 10 || code === 64) return null;
  }
  if (close >= limit || !/^<\/a\b/i.test(text.slice(close, close + 4))) return null;
  const name = text.slice(open + 1, close).trim();
  return looksLikeName(name) ? { name, end: close } : null;
}

/** A name in `(parentheses)` right after a bare address, as RFC 5322 comments carry it. */
function commentName(text: string, end: number): { name: string; end: number } | null {
  let i = end;
  while (codeAt(text, i) === 32) i++;
  if (codeAt(text, i) !== 40) return null;
  // The closing bracket is looked for within a name's length, and not past what no name holds
  // (the next address's @, a bracket, a line break): a search to the end of the text for each
  // address would not be linear.
  let close = i + 1;
  const limit = Math.min(text.length, i + MAX_NAME_REGION);
  for (; close < limit; close++) {
    const code = text.charCodeAt(close);
    if (code === 41) break;
    if (code === 64 || code === 60 || code === 62 || code === 10) return null;
  }
  if (close >= limit) return null;
  const inside = text.slice(i + 1, close);
  // "(Jane Doe, Sales)": a name of two words or more before a comma is the name, what follows it
  // a team or a title ("(Doe, Jane)" is the name written last name first).
  const comma = inside.indexOf(',');
  const name = comma > 0 && inside.slice(0, comma).trim().includes(' ') ? inside.slice(0, comma).trim() : inside;
  return looksLikeName(name) ? { name, end: close + 1 } : null;
}

/**
 * A name after an address that starts its line, set off by a dash, a colon, a bar or spaces, to the
 * end of the line ("jdoe@acme.com - Jane Doe", "<jdoe@acme.com> Jane Doe", as lists exported the
 * other way round write it): taken only when it matches the address, as no convention puts it there.
 */
function nameAfter(
  text: string,
  from: number,
  start: number,
  end: number,
  email: string,
): { name: string; end: number } | null {
  let i = end;
  while (codeAt(text, i) === 32) i++;
  const mark = codeAt(text, i);
  const marked = mark === 45 || mark === 58 || mark === 124 || mark === 0x2013 || mark === 0x2014;
  if ((!marked && i === end) || !startsLine(text, from, start)) return null;
  // The rest of the line, within a name's length, without another address.
  if (marked) i++;
  let lineEnd = i;
  const limit = Math.min(text.length, i + MAX_NAME_REGION);
  for (; lineEnd < limit; lineEnd++) {
    const code = text.charCodeAt(lineEnd);
    if (code === 10 || code === 13) break;
    if (code === 64) return null;
  }
  if (lineEnd === limit && lineEnd < text.length) return null;
  return matchingName(text, i, lineEnd, email);
}

/**
 * The item after a comma after an address, up to the next comma or the line's end before `ceiling`
 * (the next address), when it is a full name that matches the address: `jane@…, Jane Doe, john@…`,
 * as a list written address first puts it. Else null.
 */
function listedNameAfter(
  text: string,
  end: number,
  ceiling: number,
  email: string,
): { name: string; end: number } | null {
  let i = end;
  while (i < ceiling && text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) !== 44) return null;
  const from = i + 1;
  const limit = Math.min(ceiling, from + MAX_NAME_REGION);
  let to = from;
  while (to < limit && text.charCodeAt(to) !== 44 && text.charCodeAt(to) !== 10 && text.charCodeAt(to) !== 13) to++;
  // It ends at a comma or the line's end: not at the next address, whose display name it is.
  if (to === limit && limit < text.length) return null;
  const itemEnd = spaceEnd(text, from, to);
  const name = matchingName(text, from, itemEnd, email);
  return name && listedName(text, skipSpace(text, from, itemEnd), itemEnd) ? name : null;
}

/** Whether `from` (where the previous address ends) is inside its line, not at the line's start. */
function tailOfLine(text: string, from: number): boolean {
  const code = codeAt(text, from - 1);
  return code !== -1 && code !== 10 && code !== 13;
}

/** Whether the address at `start` starts its line (white space aside), the previous one ending at `from`. */
function startsLine(text: string, from: number, start: number): boolean {
  let before = start;
  while (before > from && (text.charCodeAt(before - 1) === 32 || text.charCodeAt(before - 1) === 9)) before--;
  return before === 0 || (before !== from && text.charCodeAt(before - 1) === 10);
}

/** text[from, to) as a name of two words or more that matches `email`, and where it ends; else null. */
function matchingName(text: string, from: number, to: number, email: string): { name: string; end: number } | null {
  const name = cleanName(text.slice(from, to));
  return name.includes(' ') && looksLikeName(name) && matchesAddress(name, email) ? { name, end: to } : null;
}

/**
 * A name on the line under an address that stands alone on its line, up to `ceiling` (the next
 * address): "jane.doe@acme.com" over "Jane Doe", as lists written address first put it. Taken
 * only when it matches the address (as for `nameAfter`), alone on its line (no list), and when no
 * name above matches it; its line is then the address's, and no name of the address under it.
 */
function nameBelow(
  text: string,
  from: number,
  start: number,
  end: number,
  email: string,
  ceiling: number,
): { name: string; end: number } | null {
  if (!startsLine(text, from, start)) return null;
  let lineStart = end;
  while (lineStart < ceiling && (text.charCodeAt(lineStart) === 32 || text.charCodeAt(lineStart) === 13)) lineStart++;
  if (text.charCodeAt(lineStart) !== 10) return null;
  lineStart++;
  // The next line, within a name's length, without an address (or the start of one) in it.
  let lineEnd = lineStart;
  const limit = Math.min(ceiling, lineStart + MAX_NAME_REGION);
  for (; lineEnd < limit; lineEnd++) {
    const code = text.charCodeAt(lineEnd);
    if (code === 10 || code === 13) break;
    // (Nor a list: a name in it may be any of its items'.)
    if (code === 64 || code === 44 || code === 59 || code === 124) return null;
  }
  // The line ends there: not at the next address, nor past a name's length.
  if (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) return null;
  return matchingName(text, lineStart, lineEnd, email);
}

/**
 * Whether the character before a bare address after words that end no name may let a name further
 * back name it: white space (`… at jane@`, `his email is jane@`), a colon, a bracket's close, a bar or
 * a dash (`Jane Doe (CEO) jane@`). Told before any of those readings is tried: an address in a
 * run of junk, `van<a@b.co>`, is after none.
 */
function mayNameFromAfar(before: number): boolean {
  return (
    isSpaceCode(before) ||
    before === 58 ||
    before === 41 ||
    before === 124 ||
    before === 0xff1a ||
    before === 0x2013 ||
    before === 0x2014
  );
}

/**
 * The text before a bare address on its own line or cell ("Jane Doe - jane@...", "Jane Doe:
 * jane@..."), when it reads as a name of at least two words (one word in prose is too often not).
 * Before a comma or a bar ("Jane Doe, jane@...", "Jane Doe | jane@..."), which also part the items
 * of a list, only a name that matches the address.
 */
function bareName(text: string, from: number, to: number, email: string, memo: Memo): string {
  const floor = Math.max(from, to - MAX_NAME_REGION);
  if (!mayEndName(text, to, floor))
    return mayNameFromAfar(codeAt(text, to - 1))
      ? nameBeforeJoiningWord(text, floor, to, email) ||
          headAsDisplayName(text, from, to, email, memo) ||
          nameBeforeAddressIs(text, floor, to, email) ||
          nameBeforeAddressLabel(text, from, to, email, memo) ||
          chatLineAuthor(text, floor, to, email, memo)
      : '';
  const brk = lastIndexOfAny(text, BARE_BREAKS, to, floor);
  const regionStart = brk === -1 ? floor : brk + 1;
  let region = text.slice(regionStart, to);
  const separator = brk > floor ? asciiForm(text.charCodeAt(brk)) : 0;
  if ((separator === 58 || separator === 44 || separator === 124) && region.trim() === '') {
    const before = lastIndexOfAny(text, BARE_BREAKS, brk, floor);
    region = text.slice(before === -1 ? floor : before + 1, brk);
    if (separator !== 58) {
      // The name words that end the text ("Please add Jane Doe, jane@..."), matching the address.
      const clean = endOfSentence(cleanName(region));
      if (clean.includes(' ') && matchesAddress(clean, email) && looksLikeName(clean))
        return before > floor && text.charCodeAt(before) === 44
          ? withSurnameBefore(text, floor, before, clean, email)
          : clean;
      return lineHead(text, floor, to, email, memo) || headAsDisplayName(text, from, to, email, memo);
    }
  }
  const short = region.length <= MEMO_KEY_MAX;
  let reading = short ? memo.bare.get(region) : undefined;
  if (reading === undefined) {
    reading = readBare(withoutMention(cleanName(region)), short, memo, separator !== 58 && endsWithSeparator(region));
    if (short) memo.bare.keep(region, reading);
  }
  if (reading.name) {
    if (separator === 44) return withSurnameBefore(text, floor, brk, reading.name, email);
    // (A company's name before a separator, `Acme Labs · ecarter@…`, is no one's: a name above may be.)
    return beforeCompany(reading.name, email) || withoutCompany(reading.name, email);
  }
  if (reading.head !== '' && matchesAddress(reading.head, email)) return reading.head;
  if (reading.tail !== '' && matchesAddress(reading.tail, email)) return reading.tail;
  // The name words that end a sentence before a separator or a label's colon, when they match:
  // "Contact Raj Patel - raj@…", "Please add Raj Patel: raj@…". (Not where nothing parts the
  // sentence from the address: `nameBeforeJoiningWord` and the like read that.)
  const said = separator === 58 && short && region.includes(' ') ? sentenceEndName(region) : reading.said;
  if (said !== '' && matchesAddress(said, email)) return said;
  // A chat's line, its time before the author (`[10:42] Jane Doe: jane@…`, `00:12:33 Jane Doe:`,
  // Zoom's `10:44:10 From Jane Doe to Everyone : jane@…`): the author, as `chatAuthorOf` takes one.
  const stamp = separator === 58 && short ? TIME_END.exec(region) : null;
  if (stamp) {
    const author = chatAuthorOf(cleanName(region.slice(stamp[0].length)), email, memo);
    if (author !== '') return author;
  }
  // A row's number before the name on its line, as a PDF's list of people is copied (`1 Jane Doe
  // jane@...`), when the name matches the address (`100 Main Street` is no row).
  if ((regionStart === 0 || text.charCodeAt(regionStart - 1) === 10) && isDigit(codeAt(text, regionStart))) {
    const numbered = afterRowNumber(text, regionStart, to);
    const name = numbered > regionStart ? cleanName(text.slice(numbered, to)) : '';
    if (name.includes(' ') && matchesAddress(name, email) && looksLikeName(name)) return name;
  }
  // (A name and a company hold two spaces: told before the text is cleaned.)
  const company =
    short && region.indexOf(' ', region.indexOf(' ') + 1) > 0 ? beforeCompany(cleanName(region), email) : '';
  return (
    company || headAsDisplayName(text, from, to, email, memo) || nameBeforeAddressLabel(text, from, to, email, memo)
  );
}

/**
 * A name read after a comma (at `comma`) before a bare address, with what stands before the comma
 * as its surname when it is one (`Müller, Hans Peter hans.mueller@…`, `García López, María José –
 * mj@…`), written `Last, First` as `splitName` reads it: one word that the address names, or a
 * Spanish surname (`isSpanishSurname`) and one word more at most. Else the name as read (`Regards,
 * Jane Doe jane@…`).
 */
function withSurnameBefore(text: string, floor: number, comma: number, name: string, email: string): string {
  const brk = lastIndexOfAny(text, BARE_BREAKS, comma, floor);
  const surname = cleanName(text.slice(brk === -1 ? floor : brk + 1, comma));
  const space = surname.indexOf(' ');
  const spanish = isSpanishSurname(surname, 0, space < 0 ? surname.length : space);
  const taken =
    space < 0
      ? surname !== '' && (spanish || matchesAddress(surname, email))
      : spanish && !surname.includes(' ', space + 1);
  const whole = `${surname}, ${name}`;
  // (Not a word of the name itself: `Jane, Jane Doe` greets her.)
  return taken && !name.split(' ').includes(surname) && looksLikeName(whole) ? whole : name;
}

/** The longest label of an address read after a name on its line (`E-mail address`). */
const MAX_ADDRESS_LABEL = 16;

/**
 * The name before an address's label after a separator, on the address's line (`Jane Doe - email:
 * jdoe@…`, `Jane Doe, e-mail jdoe@…`, `Jane Doe; Email jdoe@…`), read as a display name is, when it
 * matches the address. Else ''.
 */
function nameBeforeAddressLabel(text: string, from: number, to: number, email: string, memo: Memo): string {
  let end = spaceEnd(text, from, to);
  const colon = asciiForm(codeAt(text, end - 1)) === 58;
  if (end === to && !colon) return '';
  if (colon) end = spaceEnd(text, from, end - 1);
  // (A label ends with a letter: told before its letters are read.)
  const last = codeAt(text, end - 1);
  if (last < 128 && !isAsciiLetter(last)) return '';
  // The separator before the label, within a label's length.
  const floor = Math.max(from, end - MAX_ADDRESS_LABEL - 2);
  // (Told first by the label's letters, as prose before an address seldom holds "mail".)
  if (!mayNameAddress(text, floor, end)) return '';
  let separator = end - 1;
  while (separator > floor && !isLabelSeparatorAt(text, separator)) separator--;
  if (separator <= floor || !mayNameAddress(text, separator + 1, end)) return '';
  if (headerColumn(text.slice(separator + 1, end).trim()) !== 'email') return '';
  return matchingDisplayName(angleName(text, from, separator, memo), email, memo);
}

/** Whether text[i] parts a name from a label after it: a line's separator but `·` (`isSeparatorAt`), or `;`. */
function isLabelSeparatorAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === 59 || (code !== 0xb7 && isSeparatorAt(text, i));
}

/**
 * The name before the company that a PDF's or a list's columns run into it before a bare address
 * (`Bob Li Globex bob.li@globex.com`, `Jane Doe Acme Corp jane@acme.com`): the words, two or more,
 * before those that start with the address's domain (`globex`, `acme`), when they read as a name
 * whose last word the address names too, or the company's words end with a company's (`Corp`,
 * `GmbH`). Else ''. (A family's domain, `Mary Ann Smith mary@smith.com`, is no company: its
 * address names only the first name.)
 */
function beforeCompany(name: string, email: string): string {
  const second = name.indexOf(' ', name.indexOf(' ') + 1);
  if (second < 0) return '';
  const at = atIndex(email);
  if (email.indexOf('.', at) - at - 1 < 3) return '';
  for (let space = second; space > 0; space = name.indexOf(' ', space + 1)) {
    const next = name.indexOf(' ', space + 1);
    const end = next < 0 ? name.length : next;
    if (end - space - 1 < 2 || !startsDomain(name, space + 1, end, email)) continue;
    const head = name.slice(0, space);
    const lastWord = head.slice(head.lastIndexOf(' ') + 1);
    const company = matchesAddress(lastWord, email) || endsWithCompanyWord(name);
    if (company && matchesAddress(head, email) && looksLikeName(head)) return head;
  }
  return '';
}

/** The words that end a company's name: `Acme Corp`, `Initech Ltd.`, `Müller GmbH`. */
const COMPANY_WORDS = new Set([
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'llp',
  'plc',
  'pty',
  'gmbh',
  'ag',
  'kg',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'ab',
  'oy',
  'co',
  'company',
  'group',
]);

/** Whether a text's last word (a dot after it aside) is one of `COMPANY_WORDS`, in any case. */
function endsWithCompanyWord(text: string): boolean {
  const end = text.endsWith('.') ? text.length - 1 : text.length;
  return COMPANY_WORDS.has(text.slice(text.lastIndexOf(' ') + 1, end).toLowerCase());
}

/**
 * The text before a bare address and a separator (a dash, a bar) or an aside's closing
 * bracket, read as the display name before an address in angle brackets is: `Doe, Jane –
 * jane@…`, `Jane Doe, CEO | jane@…`, `Jane Doe (CEO) jane@…`, `Dr. Jane Doe, PhD — jdoe@…`, as
 * lists of speakers or staff write them. Taken when it matches the address: a bare address has no
 * display name, and prose also ends like this.
 */
function headAsDisplayName(text: string, from: number, to: number, email: string, memo: Memo): string {
  // (Not after a colon: what is before it is a label, `Jane Doe (phone: jdoe@…)`.)
  let end = spaceEnd(text, from, to);
  const last = asciiForm(codeAt(text, end - 1));
  if (last === 124 || (end < to && isDashAt(text, end - 1))) end--;
  else if (last !== 41) return '';
  if (!mayHoldFullName(text, Math.max(from, end - MAX_NAME - 1), end)) return '';
  return matchingDisplayName(angleName(text, from, end, memo), email, memo);
}

/**
 * Whether text[from, to) may hold a full name, told before it is read: it holds a space (between
 * a first and a last name), or a letter of Chinese, Japanese or Korean (`山田太郎`). Looked for
 * from the end, where the name stands.
 */
function mayHoldFullName(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (code === 32 || code >= 0x3040) return true;
  }
  return false;
}

/**
 * A display name read before a bare address, when it is the address's: `Doe, Jane` as a whole
 * (matched without its comma), or a list's names (`Jane Doe, Bo Li`) whose last is (the caller
 * then lists the others, `ListedPeople.addressName`). Else ''.
 */
function matchingDisplayName(name: string, email: string, memo: Memo): string {
  const comma = name.lastIndexOf(',');
  const last = comma > 0 ? name.slice(comma + 1).trim() : '';
  const own = last.includes(' ') && name.slice(0, comma).trim().includes(' ') ? last : name;
  const words = own.replace(',', '');
  return words.includes(' ') && matchesAddress(words, email) && isNameLine(own, memo) ? name : '';
}

/** A sentence's words that give the address after them as someone's: `his email is `, `Her e-mail address is: `. */
const ADDRESS_IS =
  /(?:^|[\s,;(])(?:(?:his|her|their|my) e-?mail(?: address)? is|(?:ihre|seine|meine) e-?mail(?:-adresse)? ist|(?:son|sa|mon|ma) (?:adresse )?(?:e-?mail|courriel) est|(?:su|mi) (?:correo|e-?mail)(?: electrónico)? es):? $/i;

/** The most characters `ADDRESS_IS` is looked for in, before an address. */
const MAX_ADDRESS_IS = 40;

/**
 * The full name that ends the words before `his email is` and the like before a bare address, in
 * its line (`Please invite John Smith, his email is jsmith@…`, `Can you add Sarah Connor? Her
 * email is …`), when it matches the address. Else ''.
 */
function nameBeforeAddressIs(text: string, floor: number, to: number, email: string): string {
  const saidFrom = Math.max(floor, to - MAX_ADDRESS_IS);
  // (Told first by its last characters, `s `, `t ` or `: `: prose before an address seldom ends so.)
  const last = codeAt(text, to - 2);
  if (codeAt(text, to - 1) !== 32 || ((last | 32) !== 115 && (last | 32) !== 116 && last !== 58) || to - saidFrom < 12)
    return '';
  const said = ADDRESS_IS.exec(text.slice(saidFrom, to));
  if (!said) return '';
  const start = Math.max(floor, lastIndexOfAny(text, NEWLINE, to, floor) + 1);
  let end = saidFrom + said.index;
  while (end > start && (isSpaceCode(text.charCodeAt(end - 1)) || SENTENCE_MARKS.includes(text.charAt(end - 1)))) end--;
  const head = cleanName(text.slice(start, end));
  let name = head.includes(' ') && looksLikeName(head) ? head : sentenceEndName(head);
  // A word in lower case after the name (`Please invite Jane Doe too`, German's `Bitte lade Jane
  // Doe ein`) is passed over once.
  const space = head.lastIndexOf(' ');
  const after = codeAt(head, space + 1);
  if (name === '' && space > 0 && after >= 97 && after <= 122) name = sentenceEndName(head.slice(0, space));
  return name !== '' && matchesAddress(name, email) ? name : '';
}

/** What may stand between a name and `his email is`: `John Smith, his…`, `Sarah Connor? Her…`, `Jane Doe (her…`. */
const SENTENCE_MARKS = ',.?!;(';

/** How far into a chat's line its author's colon may stand: `[11/27/26, 10:42:05 AM] Bo Li:`. */
const MAX_CHAT_AUTHOR = 48;

/**
 * The author of a chat's line that gives an address of theirs in words (`Bo Li: you can reach me
 * at bo@…`, `[10:42] Bo Li: my address is bo@…`), when the name matches the address and it spells
 * no other last name (`fitsGuess`: a chat gives others' addresses too). Else ''.
 */
function chatLineAuthor(text: string, floor: number, to: number, email: string, memo: Memo): string {
  const lineStart = lastIndexOfAny(text, NEWLINE, to, floor) + 1;
  if (lineStart === 0 && floor > 0) return '';
  // (A chat's line starts with its author, or the time before: told by its first character.)
  const first = text.charCodeAt(lineStart);
  if (!isCapital(first) && first !== 91 && !isDigit(first) && first < 128) return '';
  // The author's colon, within an author's length (and a time's) of the line's start.
  const limit = Math.min(to, lineStart + MAX_CHAT_AUTHOR);
  let colon = lineStart;
  while (colon < limit && text.charCodeAt(colon) !== 58) colon++;
  // (A time's colons are passed: `[10:42] Bo Li:`, `10:42 Bo Li:`.)
  while (colon < limit && isDigit(codeAt(text, colon + 1))) {
    colon++;
    while (colon < limit && text.charCodeAt(colon) !== 58) colon++;
  }
  if (colon >= limit || colon === lineStart) return '';
  const head = text.slice(lineStart, colon).trim();
  return chatAuthorOf(afterChatTime(head) ?? head, email, memo);
}

/** The end of a time before a chat's author, as the text after the time's last colon: `33 `, `05] `, `42 AM] `. */
const TIME_END = /^\d{2}(?: ?[ap]m)?\]? /i;

/** Where text[start, to) goes on after a row's number of one to four digits and a space before a capital; else `start`. */
function afterRowNumber(text: string, start: number, to: number): number {
  let i = start;
  while (i < to && i - start < 4 && isDigit(text.charCodeAt(i))) i++;
  return codeAt(text, i) === 32 && isCapital(codeAt(text, i + 1)) ? i + 1 : start;
}

/** Words that join a name to its address in prose: "write to Jane Doe at jane@...". */
const JOINING_WORDS = ['at', 'via', 'unter'];

/** Whether text[start, end) is one of the `JOINING_WORDS`, in any case (read in place: it is asked of every bare address in prose). */
function isJoiningWord(text: string, start: number, end: number): boolean {
  return JOINING_WORDS.some((word) => {
    if (word.length !== end - start) return false;
    for (let i = 0; i < word.length; i++) if ((text.charCodeAt(start + i) | 32) !== word.charCodeAt(i)) return false;
    return true;
  });
}

/** Verbs that start a sentence before a name in it, capitalised as a name is ("Ask Jane at jane@..."). */
const ASKING_VERBS = new Set([
  'ask',
  'call',
  'contact',
  'email',
  'e-mail',
  'invite',
  'message',
  'ping',
  'reach',
  'tell',
  'write',
]);

/** The first two letters of each of `ASKING_VERBS`. */
const ASKING_STARTS = letterPairs(ASKING_VERBS);

/**
 * "Contact Jane Doe at jane@...", "Jane Doe, at jane@...", "Jane Doe unter jane@...": the last
 * two to five words before the word that joins them to the address, in the same sentence and
 * without a verb that starts it, when they read as a name that matches the address (prose also
 * says "the team at info@...", "Sales at sales@...").
 */
function nameBeforeJoiningWord(text: string, floor: number, to: number, email: string): string {
  let end = to;
  while (end > floor && text.charCodeAt(end - 1) === 32) end--;
  if (end === to) return '';
  let start = end;
  while (start > floor && end - start <= 5 && text.charCodeAt(start - 1) !== 32) start--;
  if (!isJoiningWord(text, start, end)) return '';
  let nameEnd = spaceEnd(text, floor, start);
  if (codeAt(text, nameEnd - 1) === 44) nameEnd--;
  const brk = lastIndexOfAny(text, BARE_BREAKS, nameEnd, floor);
  const words = text
    .slice(brk === -1 ? floor : brk + 1, nameEnd)
    .trim()
    .split(' ');
  // Back to the end of the sentence before (an initial, "Jane Q. Doe", does not end one).
  let first = words.length - 1;
  while (first > 0 && !endsSentence(words[first - 1] ?? '')) first--;
  if (ASKING_VERBS.has(words[first]?.toLowerCase() ?? '')) first++;
  for (let count = Math.min(5, words.length - first); count >= 2; count--) {
    const name = cleanName(words.slice(-count).join(' '));
    if (matchesAddress(name, email) && looksLikeName(name)) return name;
  }
  return '';
}

/** Whether a word ends a sentence: `here.`, `now?` (not an initial: `Q.`). */
function endsSentence(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return last === 63 || last === 33 || (last === 46 && word.length > 2);
}

/** Whether text ends with a separator (`isSeparatorAt`), spaces after it aside. */
function endsWithSeparator(text: string): boolean {
  const end = spaceEnd(text, 0, text.length);
  return end > 1 && isSeparatorAt(text, end - 1);
}

/** A name written as a chat's mention (`@Jane Doe`) without its `@`; any other text as it is. */
function withoutMention(text: string): string {
  return text.charCodeAt(0) === 64 && mayStartName(text.charCodeAt(1)) ? text.slice(1) : text;
}

/**
 * What the text before a bare address gives; a head only in a short one (a long one is prose, read
 * once). `ended`: the text ended with a separator (`Contact Raj Patel - `), which `cleanName` took off.
 */
function readBare(clean: string, short: boolean, memo: Memo, ended: boolean): BareReading {
  // (A Chinese, Japanese or Korean name written without a space is one of two words: `山田太郎`.)
  if ((clean.includes(' ') || isCjkFullName(clean)) && looksLikeName(clean))
    return { name: clean, head: '', tail: '', said: '' };
  const head = short ? beforeSeparator(clean) : '';
  const tail = short ? afterSeparator(clean) : '';
  const named = head.includes(' ') && isNameLine(head, memo);
  return {
    name: '',
    head: named ? head : '',
    tail: tail.includes(' ') && isNameLine(tail, memo) ? tail : '',
    said: !short || named ? '' : head !== '' ? sentenceEndName(head) : ended ? sentenceEndName(clean) : '',
  };
}

/**
 * The full name that a text ends with after other words of its sentence: a greeting (`Thanks Jane
 * Doe`), a verb that asks for it (`Invite Jane Doe`), or words in lower case (`Please invite Jane
 * Doe`, `We met Jane Doe`); '' when it is all a name, or ends with none.
 */
export function sentenceEndName(text: string): string {
  const trimmed = text.trim();
  let clean = withoutLeadingWord(trimmed);
  // A verb that asks for the names after it, capitalised as they are (`Invite Jane Doe`).
  const space = clean.indexOf(' ');
  if (space > 0 && startsLikeOneOf(ASKING_STARTS, clean, 0) && ASKING_VERBS.has(clean.slice(0, space).toLowerCase()))
    clean = clean.slice(space + 1);
  // Words all capitalised (a name, a company: `Acme Corp Ltd`) end no sentence: told at once.
  if (clean === trimmed && !LOWER_WORD.test(trimmed)) return '';
  const name = endOfSentence(cleanName(clean));
  return name !== trimmed && name.includes(' ') && looksLikeName(name) ? name : '';
}

/** A word in lower case, as `endOfSentence` looks for one before a name. */
const LOWER_WORD = /(?:^|\s)[a-z]/;

/**
 * The name that a text is or ends with: all of it, or its name words after a word in lower case
 * ("Please add Jane Doe"); not a run of capitalised words cut short ("Anna van der Berg Jane
 * Doe"), nor anything else.
 */
function endOfSentence(text: string): string {
  const name = writtenName(text);
  if (name === text) return name;
  if (name === '' || !text.endsWith(name)) return '';
  const before = text.slice(0, text.length - name.length).trimEnd();
  const word = before.slice(before.lastIndexOf(' ') + 1);
  const first = word.charCodeAt(0);
  return first >= 97 && first <= 122 && !isParticleWord(word) ? name : '';
}

/** Whether a name shares a word of two letters or more with the address's local part (Jane Doe, jane.doe@...). */
export function matchesAddress(name: string, email: string): boolean {
  const at = atIndex(email);
  let start = 0;
  // Whether the name holds a letter from `Ä` on (most names that do not match hold none), and a
  // word that its address's user name is long enough to hold (a word written with two letters
  // for one, below, is only longer), also once written in Latin letters (`latinSize`).
  let wide = false;
  let fits = false;
  let latinFits = false;
  let latin = 0;
  for (let i = 0; i <= name.length; i++) {
    if (i < name.length) {
      const code = name.charCodeAt(i);
      if (code !== 32) {
        if (code >= 0xc4) wide = true;
        latin += code < 0x400 ? 1 : latinSize(code);
        continue;
      }
    }
    const size = i - start;
    if (size > 1 && size <= at) {
      fits = true;
      if (containsWord(email, at, name, start, i)) return true;
    }
    if (latin > 1 && latin <= at) latinFits = true;
    latin = 0;
    start = i + 1;
  }
  if (!wide) return false;
  // A Chinese, Japanese or Korean name, by its family name as the address spells it (`张伟`,
  // `zhangwei@`; `山田 太郎`, `taro.yamada@`).
  if (isFamilyFirstCode(name.charCodeAt(0))) return spellsCjkFamily(name, email.slice(0, at).toLowerCase());
  // A name in Cyrillic letters, as the address writes them in Latin ones (`Иван Иванов`, `ivan.ivanov@`).
  if (isCyrillic(name.charCodeAt(0))) return latinFits && matchesAddress(inLatinLetters(name), email);
  // `Jürgen Groß`, `juergen.gross@`: the letters an address writes as two (ä, ö, ü, ß, æ, œ, å).
  if (!fits) return false;
  const spelled = spelledAsTwo(name);
  return spelled !== name && matchesAddress(spelled, email);
}

/**
 * "John Smith, Jane Doe <jd@acme.com>": two people of a list, only the second with an address,
 * where reading `Last, First` would make one person of them (last name "John Smith"). Told by the
 * address: it names the words after the comma (holds one of them, or is their initials) and none
 * before it; or, in a list whose items commas part (`parted`: a comma parts the name from the
 * address before it, `bob@…, Jane Doe, Ann Lee <x9@…>`), it names none before it. Both sides
 * have two words or more ("Doe, Jane Ann" is one person), and none before the comma is a particle
 * ("De la Cruz, Juan Pablo" is one person too; after it, one is only in a list that commas part:
 * "Jane Doe, Anna van Berg"), and the name is not quoted: quotes make one name of what they hold,
 * as `formatRecipients` writes one. `name` was read from text[floor,
 * to). The name before the comma (null where it is a reply's date, `isReplyDate`) and the name
 * of the address, or null.
 */
function listedPair(
  text: string,
  floor: number,
  to: number,
  name: string,
  email: string,
  parted: boolean,
): { before: SplitName | null; name: string } | null {
  const comma = name.indexOf(',');
  // (Outlook's `Doe, Jane`, the usual name with a comma, is turned down before anything is made.)
  const space = name.indexOf(' ');
  if (comma < 0 || space < 0 || space > comma || name.includes(',', comma + 1) || quotedBefore(text, floor, to))
    return null;
  const before = name.slice(0, comma).trim().split(SPACES);
  const after = name
    .slice(comma + 1)
    .trim()
    .split(SPACES);
  if (before.length < 2 || after.length < 2) return null;
  // A reply's header: the date before the comma is no one, and no part of the name.
  if (isReplyDate(before)) return { before: null, name: after.join(' ') };
  // `García López, María José`: a Spanish surname first, the whole one person's, last name first.
  const head = before[0] ?? '';
  if (isSpanishSurname(head, 0, head.length)) return null;
  if (before.some(isParticleIn) || (!parted && after.some(isParticleIn))) return null;
  const local = plainLetters(email.slice(0, atIndex(email)));
  if (namesLocal(before, local) || !(parted || namesLocal(after, local))) return null;
  // The words before the comma a person's full name, as a list's item must be (`listedName`).
  const words = before.join(' ');
  const listed = listedName(words, 0, words.length);
  return listed ? { before: listed, name: after.join(' ') } : null;
}

/**
 * text[from, to) as a list's item names a person: their full name (a first and a last, which no
 * site's word alone is: `isSiteWord`), or null.
 */
export function listedName(text: string, from: number, to: number): SplitName | null {
  // The usual name, told and split in one look (`plainName`: a first and a last).
  const plain = plainName(text, from, to);
  if (plain) return plain;
  if (!mayBeName(text, from, to)) return null;
  const name = personsName(nameOf(text.slice(from, to)));
  return name && isFullName(name) ? name : null;
}

/**
 * The full names of a list's item, text[from, to) (trimmed, not empty), each as `listedName` reads
 * it: one (`Jane Doe`, `Doe, Jane`), or several parted by commas when the first has two words or
 * more and no word is a particle (`Jane Doe, John Smith`; `De la Cruz, Juan` is one person); none
 * when any part is something else (`Jane, PhD`).
 */
export function listedNames(text: string, from: number, to: number): readonly SplitName[] {
  // `Jane Doe, John Smith and Ann Lee`: the word that joins the last item parts it as a comma.
  const joiner = lastJoinerIn(text, from, to);
  if (joiner > from) {
    const last = listedName(text, skipSpace(text, joinerEnd(text, joiner), to), to);
    let head = spaceEnd(text, from, joiner);
    // (With a comma before it or not: `Jane Doe, John Smith, and Ann Lee`.)
    if (head > from && text.charCodeAt(head - 1) === 44) head = spaceEnd(text, from, head - 1);
    const names = last && head > from ? listedNames(text, from, head) : NO_NAMES;
    return last && names.length > 0 ? [...names, last] : NO_NAMES;
  }
  const comma = lastCommaIn(text, from, to);
  if (comma >= 0) {
    const first = text.indexOf(',', from);
    if (holds(text, from, spaceEnd(text, from, first), 32)) {
      if (!holdsParticleWord(text, from, to)) return namesOfItem(text, from, to, (a, b) => listedName(text, a, b));
    }
    // Not `Jane, PhD` (no first name "PhD"), nor `Los Angeles, CA` (no last name "Los Angeles").
    const last = text.slice(comma + 1, to).trim();
    if (isSuffix(last) || hasRole(last) || isLinkPhrase(text.slice(from, first).trim())) return NO_NAMES;
  }
  const name = listedName(text, from, to);
  return name ? [name] : NO_NAMES;
}

/**
 * Whether words are the start of a reply's header, before the sender's name: "On" and a day, a
 * month or a number ("On Mon, Jane Doe <jane@…> wrote:", "On Friday, …", "On 3 March, …").
 */
function isReplyDate(words: string[]): boolean {
  const [first = '', second = ''] = words;
  if (first.toLowerCase() !== 'on') return false;
  const code = second.charCodeAt(0);
  return (code >= 48 && code <= 57) || DATE_WORDS.has(second.replace(/\.$/, '').toLowerCase());
}

/** The days and months, in full and short, in English. */
const DATE_WORDS = new Set(
  [
    'monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun',
    'january jan february feb march mar april apr may june jun july jul august aug september sep sept',
    'october oct november nov december dec',
  ].flatMap((words) => words.split(' ')),
);

const SPACES = /\s+/;

/** The longest stretch read for people listed without an address (`ListedPeople`): a longer one is prose. */
const MAX_LISTED = 400;

/**
 * The people a list writes without an address among those it writes with one in angle brackets
 * ("Jane Doe <jane@…>; John Smith; Max Mustermann <max@…>"), put among `people` (and their
 * places among `places`) where they are written, each once.
 */
class ListedPeople {
  /** Their names in lower case. */
  readonly names = new Set<string>();
  /** What each item read names (lists repeat their people), and the names added, as read. */
  private readonly items = new RangeRecall<readonly SplitName[]>();
  private readonly added = new Set<SplitName>();
  /** The start of the address last reached through a list parted by commas (`commaList`, `afterBare`), or -1. */
  private listAddress = -1;

  constructor(
    private readonly people: Recipient[],
    private readonly places: number[] | undefined,
  ) {}

  /** Whether the address at `start` was reached through a list parted by commas. */
  reached(start: number): boolean {
    return this.listAddress === start;
  }

  /** Marks the address at `start` as reached through a list parted by commas, as its reading skipped would have. */
  reach(start: number): void {
    this.listAddress = start;
  }

  add(name: SplitName, at: number): void {
    if (this.added.has(name)) return;
    this.added.add(name);
    const key = nameKey(name);
    if (this.names.has(key)) return;
    this.names.add(key);
    this.people.push({ email: null, firstName: name.firstName, lastName: name.lastName, nameSource: 'given' });
    this.places?.push(at);
  }

  /**
   * Those before the address in brackets at `start` (the `k`th found): after the previous address
   * when that is in brackets too (as `afterBare` when not), or, before the first, on its line when
   * no bar is on it (`hasBar`). Not what follows an address on its line: that is its own
   * ("<jane@…> Jane Doe"), unless a comma parts them.
   */
  before(text: string, found: FoundList, k: number, previousEnd: number, start: number): void {
    if (k > 0 && found.angles[k - 1] !== 1) {
      this.afterBare(text, previousEnd, start, found.starts[k - 1] ?? 0);
      return;
    }
    const from = k > 0 ? previousEnd : lineStartWithin(text, start, MAX_LISTED);
    if (from < 0 || start - from > MAX_LISTED || (k === 0 && hasBar(text, from, start))) return;
    this.read(text, from, start, k > 0, false);
  }

  /**
   * Those before the address without brackets at `start` (the `k`th found): as `afterBare`, after
   * the previous address; before the first, on its line when a semicolon stands before it (`John
   * Smith; jane@…`) and no bar is on it (`hasBar`), or a comma (`commaList`).
   */
  beforeBare(text: string, found: FoundList, k: number, previousEnd: number, start: number): void {
    if (k > 0) {
      this.afterBare(text, previousEnd, start, found.starts[k - 1] ?? 0);
      return;
    }
    let i = start;
    while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
    const mark = codeAt(text, i - 1);
    const from = mark === 59 || mark === 44 || mark === 40 || i < start ? lineStartWithin(text, start, MAX_LISTED) : -1;
    if (from < 0) return;
    // (`Jane Doe, John Smith and ann@…`: the word that joins the last item.)
    const to = mark === 44 ? i - 1 : mark === 59 ? i : separatorBefore(text, from, i);
    if (to < 0) {
      // The names before the address's own (`Jane Doe, Bo Li, Kim Roe (CEO) kim@…`, `… Kim Roe
      // (kim@…)`), as before a display name.
      const end = mark === 40 ? i - 1 : i;
      if (mayListBeforeName(text, from, end) && !hasBar(text, from, start)) this.read(text, from, end, false, false);
      return;
    }
    if (hasBar(text, from, start)) return;
    if (mark === 59) this.read(text, from, start, false, false);
    else this.commaList(text, from, to, found, start);
  }

  /**
   * Full names parted by commas before the first address, text[from, to) (`Jane Doe, John Smith,
   * ann@…`, after a list's label): two at least, and nothing else, or no one (`Hi Jane, see
   * ann@…` is a sentence; `Doe, Jane, jane@…` one person's row). One is enough on a line that is
   * a list: after a list's label (`Cc: Jane Doe, john@…`), or where the address at `start` goes
   * on to the next by commas (`Jane Doe, john@…, bob@…`). Such a line's list goes on after its
   * last address (`listAddress`).
   */
  private commaList(text: string, from: number, to: number, found: FoundList, start: number): void {
    const head = skipSpace(text, from, to);
    let itemStart = afterLabelIn(text, head, to);
    const labelled = itemStart > head;
    const itemEnd = spaceEnd(text, itemStart, to);
    let names = itemEnd > itemStart ? this.namesIn(text, itemStart, itemEnd) : NO_NAMES;
    if (names.length === 0) {
      // The first name ends a sentence's words (`Please invite Jane Doe, John Smith, ann@…`).
      const comma = text.indexOf(',', itemStart);
      const firstEnd = comma >= 0 && comma < itemEnd ? spaceEnd(text, itemStart, comma) : itemEnd;
      const name = firstEnd - itemStart <= MAX_NAME_REGION ? sentenceEndName(text.slice(itemStart, firstEnd)) : '';
      if (name === '' || !text.startsWith(name, firstEnd - name.length)) return;
      itemStart = firstEnd - name.length;
      names = this.namesIn(text, itemStart, itemEnd);
    }
    if (names.length === 0) return;
    const list = names.length > 1 || labelled || this.goesOnByCommas(text, found, start);
    if (!list) return;
    for (const name of names) this.add(name, itemStart);
    this.listAddress = start;
  }

  /**
   * Whether the first address, at `start`, is followed on its line by commas (or `and`) and full
   * names only, up to the next address or the line's end (`commaNamesAfter`).
   */
  private goesOnByCommas(text: string, found: FoundList, start: number): boolean {
    if (found.starts[0] !== start) return false;
    const next = found.length > 1 ? (found.starts[1] ?? 0) : -1;
    return commaNamesAfter(text, found.ends[0] ?? 0, next, this.namesIn) !== null;
  }

  /**
   * Those after the last address found, on its line: when it is in brackets and no bar is on it
   * (`hasBar`), or as `afterBare`.
   */
  after(text: string, found: FoundList, previousEnd: number): void {
    if (found.length === 0) return;
    if (found.angles[found.length - 1] !== 1) {
      this.afterBare(text, previousEnd, -1, found.starts[found.length - 1] ?? 0);
      return;
    }
    const lineEnd = lineEndWithin(text, previousEnd, MAX_LISTED);
    if (lineEnd >= 0 && !hasBar(text, previousEnd, lineEnd)) this.read(text, previousEnd, lineEnd, true, true);
  }

  /**
   * Those after an address without brackets (at `start`) next to one without brackets, from its
   * end (`from`) up to `next` (the next address's start; -1 for none), on its line only, and only
   * when a list's separator (`;`, `|`) follows it: brackets aside, nothing else tells a list from
   * prose (`jane@…; John Smith; bob@…`). Each is a list's item as `read` reads it. Or a comma (or
   * `and`), and full names parted by commas up to the next address (`jane@…, John Smith, bob@…`,
   * `jane@…, John Smith and bob@…`), or to the line's end on a line that is a list (`listAddress`).
   */
  private afterBare(text: string, from: number, next: number, start: number): void {
    let i = from;
    while (text.charCodeAt(i) === 32) i++;
    if (next >= 0 && i >= next) return;
    if (text.charCodeAt(i) === 44 || joinerEnd(text, i) >= 0) {
      const names = commaNamesAfter(text, from, next, this.namesIn);
      if (names === null || !(names.reached || this.listAddress === start)) return;
      for (const name of names.names) this.add(name, from);
      if (names.reached) this.listAddress = next;
      return;
    }
    if (!isListMark(text.charCodeAt(i))) return;
    // Up to the line's end or the next address, whichever is first, looked for no further than
    // MAX_LISTED (past it is prose): a search to the text's end for each address would not be linear.
    const limit = Math.min(next >= 0 ? next : text.length, from + MAX_LISTED + 1);
    let end = i;
    while (end < limit && text.charCodeAt(end) !== 10) end++;
    if (end - from > MAX_LISTED) return;
    if (end === next) this.read(text, i + 1, next, false, false);
    else if (!hasBar(text, from, end)) this.read(text, i + 1, end, false, true);
  }

  /**
   * Each item of text[from, to) split at line breaks, semicolons and bars that reads as full names
   * (a first and a last; several parted by commas, `listedNames`). Items that only say what the
   * next ones are ("To:") are dropped. The last item is the next address's display name unless
   * `last` says it belongs to the list too; the names parted by commas before that name are the
   * list's (`beforeDisplayName`). When `afterAddress`, the first item counts only when a comma
   * starts it.
   */
  private read(text: string, from: number, to: number, afterAddress: boolean, last: boolean): void {
    for (let start = from; start < to;) {
      let end = start;
      while (end < to && HARD_BREAKS[text.charCodeAt(end)] !== 1) end++;
      let itemStart = skipSpace(text, start, end);
      const parted = text.charCodeAt(itemStart) === 44;
      // (The usual display name, `Jane Doe` or `Doe, Jane`, has no names before it: told at once;
      // nor has what follows an address up to the next, but for a comma: it is its display name.)
      if (end === to && !last && ((start === from && afterAddress && !parted) || !mayListBeforeName(text, start, end)))
        break;
      while (itemStart < end && text.charCodeAt(itemStart) === 44) itemStart = skipSpace(text, itemStart + 1, end);
      if (start === from && afterAddress && !parted) itemStart = end;
      itemStart = afterLabelIn(text, itemStart, end);
      let itemEnd = spaceEnd(text, itemStart, end);
      if (end === to && !last) itemEnd = beforeDisplayName(text, itemStart, itemEnd);
      while (itemEnd > itemStart && text.charCodeAt(itemEnd - 1) === 44)
        itemEnd = spaceEnd(text, itemStart, itemEnd - 1);
      const names = itemEnd > itemStart ? this.namesIn(text, itemStart, itemEnd) : NO_NAMES;
      for (const name of names) this.add(name, itemStart);
      start = end + 1;
    }
  }

  /** The names of an item, text[from, to) (trimmed, not empty), as `listedNames` reads them: each item read once. */
  private readonly namesIn = (text: string, from: number, to: number): readonly SplitName[] =>
    this.items.get(text, from, to) ?? this.items.keep(text, from, to, listedNames(text, from, to));

  /**
   * The name of the address at `start`, read from text[floor, to) as `name` (`floor` is where the
   * address before it ends, or 0): the part after the comma when that part alone is the address's
   * (`listedPair`), the part before it then added.
   */
  addressName(text: string, floor: number, to: number, name: string, email: string, start: number): string {
    const pair = listedPair(
      text,
      floor,
      to,
      name,
      email,
      floor > 0 && text.charCodeAt(skipSpace(text, floor, to)) === 44,
    );
    if (!pair) return name;
    if (pair.before) this.add(pair.before, start);
    return pair.name;
  }

  /**
   * `people` without those added whose name an addressed one has, or its domain spells
   * (`AddressedNames`; `places` kept in step).
   */
  withoutNamesOfAddressed(): Recipient[] {
    const { people, places } = this;
    if (this.names.size === 0) return people;
    const addressed = new AddressedNames(people);
    const kept = people.flatMap((person, i) => (person.email === null && addressed.has(person) ? [] : [i]));
    if (places) {
      const at = kept.map((i) => places[i] ?? 0);
      places.length = 0;
      for (const place of at) places.push(place);
    }
    return kept.map((i) => people[i] as Recipient);
  }
}

/**
 * Where the names that stand before a display name in text[from, to) end (`Jane Doe, Tom Poe, Ann
 * Lee` before `<ann@…>`): where the display name starts (`displayNameComma`) when the name is
 * quoted or the text holds two commas or more; else at `from`, as the whole is the name (`Doe,
 * Ann`), or the pair that `listedPair` reads (`John Smith, Jane Doe`).
 */
function beforeDisplayName(text: string, from: number, to: number): number {
  const start = displayNameComma(text, from, to);
  if (start <= from) return from;
  if (text.charCodeAt(to - 1) === 34) return start;
  return start < lastCommaIn(text, from, to) || lastCommaIn(text, from, start) >= 0 ? start : from;
}

/** Whether text[from, to) may hold names before the display name it ends with (`beforeDisplayName`): two commas, or a quote and a comma. */
function mayListBeforeName(text: string, from: number, to: number): boolean {
  let commas = 0;
  let quote = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 44 && ++commas === 2) return true;
    if (code === 34) quote = true;
  }
  return quote && commas > 0;
}

/**
 * The comma in text[from, to) (trimmed) after which the display name of the address in brackets
 * that follows starts: the last, or the one before it when one word follows the last (`García
 * Márquez, Gabriel` is a name written last name first), or the one before a quoted name (`"Lee,
 * Ann"`); -1 when there is none.
 */
function displayNameComma(text: string, from: number, to: number): number {
  if (text.charCodeAt(to - 1) === 34) {
    let open = to - 2;
    while (open >= from && text.charCodeAt(open) !== 34) open--;
    const before = open < from ? from : spaceEnd(text, from, open);
    return before > from && text.charCodeAt(before - 1) === 44 ? before - 1 : -1;
  }
  const last = lastCommaIn(text, from, to);
  if (last < 0) return -1;
  const nameStart = skipSpace(text, last + 1, to);
  if (holds(text, nameStart, spaceEnd(text, nameStart, to), 32)) return last;
  const before = lastCommaIn(text, from, last);
  return before >= 0 ? before : last;
}

/** The last comma in text[from, to), or -1 (looked for no further back than `from`). */
function lastCommaIn(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === 44) return i;
  return -1;
}

/** Whether a code unit parts a list's items when no brackets mark its addresses: `;` or `|`. */
function isListMark(code: number): boolean {
  return code === 59 || code === 124;
}

/**
 * Whether text[from, to) holds a bar. Bars part a list's items only between two addresses: before
 * the first or after the last, they part a signature's line (`Jane Doe | Head of Sales |
 * jane@acme.com | New York`), whose name and city read like a person's.
 */
function hasBar(text: string, from: number, to: number): boolean {
  return holds(text, from, to, 124);
}

/**
 * The full names parted by commas after an address that ends at `from` (a comma or `and` first),
 * up to the next address (`next`; -1 for none) or the end of its line, whichever is first: `, John
 * Smith, ` before the next, `, Ann Lee` to the line's end, `, Ann Lee and ` before the next. Null
 * when anything else stands there, or more than `MAX_LISTED` characters; `reached` says whether
 * they go on to the next address (with a comma or `and` before it), and two addresses parted by a
 * comma alone give no names and reach it.
 */
function commaNamesAfter(
  text: string,
  from: number,
  next: number,
  namesIn: (text: string, from: number, to: number) => readonly SplitName[],
): { names: readonly SplitName[]; reached: boolean } | null {
  const separator = skipSpace(text, from, next >= 0 ? next : text.length);
  const itemsFrom = text.charCodeAt(separator) === 44 ? separator + 1 : joinerEnd(text, separator);
  if (itemsFrom < 0) return null;
  // No further than MAX_LISTED: a search to the text's end for each address would not be linear.
  const limit = Math.min(next >= 0 ? next : text.length, from + MAX_LISTED + 1);
  let end = itemsFrom;
  while (end < limit && text.charCodeAt(end) !== 10) end++;
  if (end - from > MAX_LISTED) return null;
  const reached = end === next;
  let itemsEnd = spaceEnd(text, itemsFrom, end);
  // Before the next address, the last item ends with a comma or `and` (`, Jane Doe john@…` is not
  // a list), or is its display name (`, Ann Lee, Bob Poe <bob@…>`).
  if (reached) {
    if (itemsEnd === itemsFrom) return { names: NO_NAMES, reached };
    let last: number;
    if (text.charCodeAt(next) === 60) {
      last = displayNameComma(text, separator, itemsEnd);
      if (text.charCodeAt(last) !== 44) return null;
      if (last === separator) return { names: NO_NAMES, reached };
    } else {
      last = separatorBefore(text, itemsFrom, itemsEnd);
      if (last < 0) return null;
    }
    itemsEnd = spaceEnd(text, itemsFrom, last);
  }
  const itemsStart = skipSpace(text, itemsFrom, itemsEnd);
  if (itemsStart === itemsEnd) return reached ? { names: NO_NAMES, reached } : null;
  const names = namesIn(text, itemsStart, itemsEnd);
  return names.length === 0 ? null : { names, reached };
}

/** Where the word that joins a list's last item to it (`and`, `&`) ends when it starts at `at`, a space after it; else -1. */
function joinerEnd(text: string, at: number): number {
  let end = at;
  while (end < at + 3 && end < text.length && text.charCodeAt(end) !== 32) end++;
  return text.charCodeAt(end) === 32 && isJoiner(text, at, end) ? end : -1;
}

/** Where the last word that joins a list's last item (`isJoiner`) in text[from, to) starts, spaces around it; else -1. */
function lastJoinerIn(text: string, from: number, to: number): number {
  for (let i = to - 2; i > from; i--) {
    if (text.charCodeAt(i - 1) === 32 && joinerEnd(text, i) >= 0) return i;
  }
  return -1;
}

/** Whether text[from, to) is a word that joins a list's last item to it: `and` (in any case) or `&`. */
function isJoiner(text: string, from: number, to: number): boolean {
  if (to - from === 1) return text.charCodeAt(from) === 38;
  return (
    to - from === 3 &&
    (text.charCodeAt(from) | 32) === 97 &&
    (text.charCodeAt(from + 1) | 32) === 110 &&
    (text.charCodeAt(from + 2) | 32) === 100
  );
}

/**
 * Where the separator that ends text[from, to) (trimmed) starts: its last comma, or a joining word
 * (`and`, `&`), with the comma before it if any (`Ann Lee, and`); else -1.
 */
function separatorBefore(text: string, from: number, to: number): number {
  if (text.charCodeAt(to - 1) === 44) return to - 1;
  let word = to;
  while (word > from && word > to - 3 && text.charCodeAt(word - 1) !== 32) word--;
  if ((word > from && text.charCodeAt(word - 1) !== 32) || !isJoiner(text, word, to)) return -1;
  const before = spaceEnd(text, from, word);
  return before > from && text.charCodeAt(before - 1) === 44 ? before - 1 : word;
}

/** Whether a quote (straight or typographic) ends the text before `to`, spaces aside, back to `floor`. */
function quotedBefore(text: string, floor: number, to: number): boolean {
  let i = to - 1;
  while (i > floor && isSpaceCode(text.charCodeAt(i))) i--;
  const code = codeAt(text, i);
  return i >= floor && (code === 34 || code === 0x201d || code === 0x201c);
}

function isParticleIn(word: string): boolean {
  return isParticleWord(word.toLowerCase());
}

/** A text's letters alone, in lower case and without their accents (`García-M.` → `garciam`). */
function plainLetters(text: string): string {
  return text.normalize('NFD').replace(NOT_LETTERS, '').toLowerCase();
}

const NOT_LETTERS = /\P{L}+/gu;

/** Whether a local part's letters (`plainLetters`) hold one of the words of two letters or more, or are their initials. */
function namesLocal(words: string[], local: string): boolean {
  if (local === '') return false;
  let initials = '';
  for (const word of words) {
    const plain = plainLetters(word);
    if (plain.length > 1 && local.includes(plain)) return true;
    initials += plain.charAt(0);
  }
  return initials === local;
}

/** Whether email[0, at) holds name[from, to), ignoring case and accents (`José` in `jose.perez@`). */
function containsWord(email: string, at: number, name: string, from: number, to: number): boolean {
  const size = to - from;
  // Where the first letter is, then the rest.
  const first = foldLetter(name.charCodeAt(from));
  for (let i = 0; i + size <= at; i++) {
    if (foldLetter(email.charCodeAt(i)) !== first) continue;
    let k = 1;
    while (k < size && sameLetter(email.charCodeAt(i + k), name.charCodeAt(from + k))) k++;
    if (k === size) return true;
  }
  return false;
}

/**
 * Whether two code units are the same letter in any case, its accent aside (`foldLetter`): in
 * ASCII told at once (a call of `foldLetter` for each made the company check of a name, which asks
 * of its first letter, twice as slow).
 */
function sameLetter(a: number, b: number): boolean {
  if (a === b) return true;
  if (a < 128 && b < 128) return (a | 32) === (b | 32) && isAsciiLetter(a);
  return foldLetter(a) === foldLetter(b);
}

/**
 * Whether text[from, to) is only a label: one ending in a colon ("Email:", "E-mail address: "), or
 * a signature's single letter ("E jane@...", "e. jane@...").
 */
function labelOnly(text: string, from: number, to: number): boolean {
  if (to - from > MAX_LABEL) return false;
  let i = to - 1;
  while (i >= from && isSpaceCode(text.charCodeAt(i))) i--;
  if (i < from) return false;
  if (asciiForm(text.charCodeAt(i)) === 58) return true;
  if (text.charCodeAt(i) === 46) i--;
  return i === skipSpace(text, from, to) && isAsciiLetter(text.charCodeAt(i));
}

/**
 * Whether the label text[from, to) (with its colon) names a role beside the person (`Assistant:`,
 * `Account manager:`, `Contact owner:`) or is a message's header field (`To:`, `Cc:`, `Von:`,
 * `HEADER_LABELS`): the address after it is that one's, or the message's.
 */
function namesAnotherRole(text: string, from: number, to: number): boolean {
  const label = text.slice(from, to).trim().replace(/:$/, '').trimEnd().toLowerCase();
  return HEADER_LABELS.has(label) || label.split(' ').some((word) => word === 'owner' || isRole(word));
}

/**
 * Whether text[from, to) is an icon and spaces, as a page or a signature writes before an address
 * (`✉ `, `📧 `, `→ `): a symbol (arrows to dingbats, U+2190 to U+2BFF) or an emoji, with its
 * variation selector.
 */
function iconOnly(text: string, from: number, to: number): boolean {
  // (Told at once for the usual start of a line: a letter, a bullet, a sign.)
  if (to - from > 8 || (text.charCodeAt(from) < 0x2190 && !isSpaceCode(text.charCodeAt(from)))) return false;
  const start = skipSpace(text, from, to);
  const end = spaceEnd(text, start, to);
  if (end === start || end - start > 3) return false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const symbol =
      (code >= 0x2190 && code <= 0x2bff) ||
      code === 0xfe0f ||
      (code >= 0xd83c && code <= 0xd83e) ||
      (code >= 0xdc00 && code <= 0xdfff);
    if (!symbol) return false;
  }
  return true;
}

/**
 * Whether text[from, to), the start of an address's line, ends with a field's start after a
 * separator, as a signature's contact line writes its fields: a label (`T: +44 20 7946 0000 | E: `
 * before the address), or nothing after a telephone number (`M: +1 555 0100 | `). The address is
 * then a field of the signature, as one on a line of its own.
 */
function fieldAfterSeparator(text: string, from: number, to: number, email: string): boolean {
  for (let i = to - 1; i > from && to - i <= MAX_LABEL + 2; i--) {
    if (!isSeparatorAt(text, i)) continue;
    if (labelOnly(text, i + 1, to)) return true;
    return blank(text, i + 1, to) && (isPhoneField(text, from, i) || isCompanyField(text, from, i, email));
  }
  return false;
}

/**
 * Whether the field that ends text[from, to) (after the separator before it, if any) is the
 * company's that the address's domain spells, or a site's address, as a signature's contact line
 * writes them before the address (`Acme Labs | ecarter@acmelabs.org`, `www.acmelabs.org · ecarter@…`).
 */
function isCompanyField(text: string, from: number, to: number, email: string): boolean {
  let start = to;
  while (start > from && !isSeparatorAt(text, start - 1)) start--;
  const field = text.slice(start, to).trim();
  return field !== '' && (spellsDomain(field, email) || HOST_NAME.test(field));
}

/** A site's address, as a signature writes one: `acmelabs.org`, `www.acmelabs.org`, `https://acme.com/`. */
const HOST_NAME = /^(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}\/?$/i;

/**
 * Whether text[from, to) is a telephone number of six digits or more, after a label if it has one
 * (`M: +1 555 0100`, `Tel: (030) 1234-567`), as a signature's contact line writes one.
 */
function isPhoneField(text: string, from: number, to: number): boolean {
  let i = to;
  let digits = 0;
  for (; i > from; i--) {
    const code = text.charCodeAt(i - 1);
    if (isDigit(code)) digits++;
    else if (PHONE_MARKS[code] !== 1) break;
  }
  return digits >= 6 && (blank(text, from, i) || labelOnly(text, from, i));
}

/** What a telephone number writes between its digits: spaces, `+`, brackets, dots, dashes, slashes. */
const PHONE_MARKS = codeSet(' +().-/');

/**
 * A name on one of the lines just above a bare address, as in a signature block: a line that
 * matches the address; or, when the address stands alone on its line, the topmost name-like
 * line (a signature starts with the person, then the company), or the first and last name of a
 * form ("First name: Jane", or "First Name" over "Jane"). An address inside a sentence takes a
 * name only from the line right above it, and only one that matches it. `field`: the address is
 * a record's field (`Email\tjane@…`), as one alone on its line.
 */
function nameAbove(text: string, from: number, start: number, email: string, memo: Memo, field = false): string {
  // Every scan stops at `from` (the previous address), and at a few short lines up. A name is
  // looked for above an address that starts its line, or comes after a label or a few words.
  let lineStart = lastIndexOfAny(text, NEWLINE, start, Math.max(from, start - MAX_PREFIX));
  if (lineStart <= from) return '';
  const alone =
    field ||
    blank(text, lineStart + 1, start) ||
    // (Not after another person's role, `Assistant: amy@…`, `Contact owner:`: only a name that matches it.)
    (labelOnly(text, lineStart + 1, start) && !namesAnotherRole(text, lineStart + 1, start)) ||
    iconOnly(text, lineStart + 1, start) ||
    fieldAfterSeparator(text, lineStart + 1, start, email);
  let top = '';
  // Whether two names stand over the address (a list of names, not its signature), or a meeting's
  // word beside a name (`Jane Doe` over `Organizer` over john@, as Google Calendar lists guests:
  // a list of guests, not a signature).
  let listed = false;
  const form: FormName = { first: '', last: '' };
  // Where the line below the one read stands (read before it): the value of a form's label.
  let belowFrom = 0;
  let belowTo = 0;
  for (let n = 0; n < (alone ? MATCH_LOOK_BACK_LINES : 1) && lineStart > from; n++) {
    // A signature's name may stand a few lines up, over a title, a company and a phone line.
    const mayTop = alone && n < LOOK_BACK_LINES;
    const floor = Math.max(from, lineStart - MAX_NAME - 3);
    const previous = lastIndexOfAny(text, NEWLINE, lineStart, floor);
    // A line longer than a name ends the look upwards; so does the line of the previous address,
    // whose rest is that address's ("jane@acme.com Jane Doe" over john@acme.com), not a line of its own.
    if (previous === -1 && (floor > from || tailOfLine(text, from))) break;
    // The cheap tests first: a line too long for a name, or without a capital or a lower-case
    // letter first, is not read.
    const first = afterSigningMark(
      text,
      afterBullet(text, afterListNumber(text, skipSpace(text, Math.max(previous + 1, from), lineStart))),
      lineStart,
    );
    // A line that is all in quotes is a person of their own, as `formatRecipients` writes one
    // without an address (`"Doe, Jane"`, read by `quotedNameLines`): no name of the address under
    // it, and no line above it is either.
    if (quotedLine(text, first, lineStart)) break;
    // A line in lower case is read only as a field that names the person ("name: Jane Doe",
    // "first_name: Jane", as YAML writes them).
    const capital = mayStartName(text.charCodeAt(first));
    let label = false;
    if (n === 0) {
      const author = chatAuthorOver(text, first, lineStart, email, memo);
      if (author !== '') return author;
    }
    if (lineStart - first <= MAX_NAME + 2 && (capital || namingField(text, first, lineStart))) {
      const line = withoutAside(text.slice(first, lineStart).trim());
      if (mayTop && isRosterWord(line)) listed = true;
      // A signature's line often holds the name and then the title ("Jane Doe | Head of Sales",
      // "Jane Doe, CEO"): its part before the first separator. A usual name (`isPlainWords`) before
      // a title (a role's word after it) makes no name of the whole line, which is then not read as
      // one.
      const separator = capital ? separatorIn(line, 0, line.length) : -1;
      const head = separator < 0 ? '' : line.slice(0, separator).trim();
      const plainHead = separator > 0 && isPlainWords(head);
      const titled = plainHead && hasRole(line.slice(separator + 1));
      // (A line with a tab is a table's row or a record's field, not a name; nor is the company's
      // name that the domain spells, under a signature's name.) Over an address that does not stand
      // alone, only a name that matches it counts: that is looked at first, as a list's item over the
      // next one's address is seldom its name.
      const name =
        capital &&
        !titled &&
        (line.includes(' ') || isCjkFullName(line)) &&
        !line.includes('\t') &&
        (alone || matchesAddress(line, email)) &&
        isNameLine(line, memo) &&
        withoutCompany(line, email) !== '';
      if (name && matchesAddress(line, email)) return line;
      // A form's label on a line of its own ("Last Name"), over its value (read into `form`), is
      // not a name itself.
      label =
        capital &&
        alone &&
        belowTo > belowFrom &&
        line.length <= MAX_LABEL &&
        formLabel(line, text.slice(belowFrom, belowTo).trim(), form, memo);
      if (name && !label) {
        // Two names over the address that match it neither are a list of names, not its
        // signature: neither is the address's ("Jane Doe" over "John Smith" over bo@li.io).
        if (mayTop) {
          if (top !== '' && top !== line) listed = true;
          top = line;
        }
      } else if (!label) {
        // The name before the separator, when it matches the address.
        const fullHead = head.includes(' ') || isCjkFullName(head);
        if (fullHead && matchesAddress(head, email) && isNameLine(head, memo)) return head;
        // A meeting's word after a name on its line (`Jane Doe - Organizer`): a list of guests, as
        // on a line of its own.
        if (mayTop && head !== '' && isRosterWord(afterSeparator(line))) listed = true;
        // Else, before a title (`Jane Doe, Account Manager`), the top of a signature, as the name on
        // a line of its own over its title is.
        // (A usual name before the separator was asked already: `titled`.)
        else if (
          mayTop &&
          fullHead &&
          (plainHead ? titled : hasRole(line.slice(separator + 1)) && isNameLine(head, memo))
        ) {
          if (top !== '' && top !== head) listed = true;
          top = head;
        }
        // A form's line: "Name: Jane Doe" (any label, when the name matches the address), or
        // "First name: Jane"; as YAML and JSON write them too (`"name": "Jane Doe",`).
        const colon = colonIn(line);
        const value = colon > 0 && colon <= MAX_LABEL ? fieldValue(line.slice(colon + 1)) : '';
        if (value.includes(' ') && isNameLine(value, memo)) {
          if (matchesAddress(value, email)) return value;
          if (mayTop && namesPerson(fieldValue(line.slice(0, colon)))) top = value;
        } else if (alone && value !== '') formLabel(fieldValue(line.slice(0, colon)), value, form, memo);
      }
    }
    // A label is the value of no label above it.
    belowFrom = label ? 0 : first;
    belowTo = label ? 0 : lineStart;
    lineStart = previous;
  }
  if (!alone) return '';
  // Both parts of a form's name, written as `splitName` reads them back ("Doe, Jane").
  if (form.first && form.last) return `${form.last}, ${form.first}`;
  return listed ? '' : top;
}

/**
 * Whether a name that matches an address by one word is not another's that the address spells
 * out: `Bob Li` is not `bob.smith@`'s, whose guessed last name it lacks (a chat's author gives
 * others' addresses too). An address that spells no last name fits any.
 */
function fitsGuess(name: string, email: string): boolean {
  const guess = guessName(email);
  if (!guess?.lastName) return true;
  const last = foldedWord(guess.lastName);
  return foldedWord(name).includes(last) || spelledAsTwo(name).toLowerCase().includes(last);
}

/** A chat's time before its author: `[10:42 AM] `, `10:42 `, `[10:42:05] `. */
const TIME_BEFORE = /^\[?\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]m)?\]? /i;
/** A chat's time after its author: `  10:42 AM`, ` 10:42`. */
const TIME_AFTER = / \d{1,2}:\d{2}(?: ?[ap]m)?$/i;

/**
 * Whether the line text[from, to) may be a chat's author and time, told in place (it is asked of
 * the line over each address): not too long, and a digit where the time would start (`[1`, `1`),
 * or a digit or an `m` (of `AM`) that ends it.
 */
function mayHoldChatTime(text: string, from: number, to: number): boolean {
  if (to - from > MAX_NAME + 12) return false;
  // (A digit's code holds the bit of lower case: `| 32` leaves it as it is, and makes `M` an `m`.)
  const last = codeAt(text, spaceEnd(text, from, to) - 1) | 32;
  return isDigit(text.charCodeAt(from)) || isDigit(text.charCodeAt(from + 1)) || isDigit(last) || last === 109;
}

/**
 * A chat's line of its author and the time, text[first, lineEnd) (`Bob Li  10:42 AM` as Slack
 * copies it, `[10:42 AM] Bob Li` as Teams does, `10:42:11 From Bob Li to Everyone:` as Zoom saves
 * it), over a message that gives an address: the author, when the name matches the address and it
 * spells no other last name; else ''.
 */
function chatAuthorOver(text: string, first: number, lineEnd: number, email: string, memo: Memo): string {
  const code = text.charCodeAt(first);
  if (!(mayStartName(code) || code === 91 || isDigit(code)) || !mayHoldChatTime(text, first, lineEnd)) return '';
  return chatAuthorOf(chatAuthor(text.slice(first, lineEnd).trim()), email, memo);
}

/**
 * A chat's author as the address's name: a full name that matches the address, and that spells
 * no other last name (`fitsGuess`: a chat gives others' addresses too); else ''.
 */
function chatAuthorOf(written: string, email: string, memo: Memo): string {
  const author = withoutChatWords(written);
  return author.includes(' ') && matchesAddress(author, email) && fitsGuess(author, email) && isNameLine(author, memo)
    ? author
    : '';
}

/**
 * A chat's author without the words Zoom writes around it (`From Jane Doe to Everyone:`, `Jane
 * Doe to Me (Direct Message)`, `From  Jane Doe :`, as its chat panel and its saved chats do): the
 * author as written when it has none.
 */
function withoutChatWords(author: string): string {
  let text = author.endsWith(':') ? author.slice(0, -1).trimEnd() : author;
  const from = text.startsWith('From ');
  if (from) text = text.slice(5).trim();
  if (!from && !text.includes(' to ')) return text;
  // (Zoom's saved chats write two spaces around the author.)
  text = text.split(SPACES).join(' ');
  const to = text.lastIndexOf(' to ');
  if (to < 0) return text;
  // (Not the words of a sentence: `to` only before `Everyone` or `Me`, or after `From`.)
  const whom = text.slice(to + 4).replace(ZOOM_ASIDE, '');
  return from || whom === 'Everyone' || whom === 'Me' ? text.slice(0, to) : text;
}

/** What Zoom writes after whom a message is to: ` (Direct Message)`, ` (privately)`. */
const ZOOM_ASIDE = / \([^()]*\)$/;

/** A chat's line of its author and the time without the time (`[10:42 AM] Bob Li` is Bob Li); '' for any other line. */
function chatAuthor(line: string): string {
  const before = afterChatTime(line);
  if (before !== null) return before;
  const after = TIME_AFTER.exec(line);
  return after ? line.slice(0, after.index).trim() : '';
}

/** What follows a chat's time at the start of a line (`[10:42 AM] Bob Li` gives Bob Li); null without one. */
function afterChatTime(line: string): string | null {
  const time = TIME_BEFORE.exec(line);
  return time ? line.slice(time[0].length).trim() : null;
}

/** Whether text[from, to) is a line in quotes, spaces after it aside: `"Doe, Jane"`. */
function quotedLine(text: string, from: number, to: number): boolean {
  if (text.charCodeAt(from) !== 34) return false;
  const end = spaceEnd(text, from, to);
  return end - from > 1 && text.charCodeAt(end - 1) === 34;
}

/**
 * Whether text[from, to), a line that starts in lower case, is a field that names a person, told
 * from its label before the line is copied: "name: Jane Doe", "first_name: Jane".
 */
function namingField(text: string, from: number, to: number): boolean {
  const code = text.charCodeAt(from);
  if (code < 97 || code > 122) return false;
  const end = Math.min(to, from + MAX_LABEL + 1);
  let colon = from + 1;
  while (colon < end && text.charCodeAt(colon) !== 58) colon++;
  if (colon >= end) return false;
  const label = text.slice(from, colon).trimEnd();
  if (NAME_LABELS.has(label)) return true;
  const column = headerColumn(label);
  return column === 'first' || column === 'last' || column === 'full';
}

/** Whether a field's label names a person: "Name", "Contact person", a full-name column's header ("Full name", "氏名"). */
function namesPerson(label: string): boolean {
  return NAME_LABELS.has(label.toLowerCase()) || headerColumn(label) === 'full';
}

/** The index of a line's first colon, ASCII or full-width (`姓：佐藤`), or -1. */
function colonIn(line: string): number {
  const colon = line.indexOf(':');
  const wide = line.indexOf('：');
  return wide < 0 || (colon >= 0 && colon < wide) ? colon : wide;
}

/** The index past a list's bullet at `start` (`- `, `* `, `• `), else `start`. */
export function afterBullet(text: string, start: number): number {
  const code = text.charCodeAt(start);
  return (code === 45 || code === 42 || code === 0x2022) && codeAt(text, start + 1) === 32 ? start + 2 : start;
}

/** A field's label or value as written in a form, YAML or JSON: trimmed, without a comma after it or quotes around it. */
function fieldValue(text: string): string {
  let value = text.trim();
  if (value.endsWith(',')) value = value.slice(0, -1).trimEnd();
  return value.length > 1 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1).trim() : value;
}

/** The first and last name a form gives, as its lines are read. */
interface FormName {
  first: string;
  last: string;
}

/**
 * Whether `label` is a form's label for a first or a last name, or for another of a person's
 * fields ("Email", "Phone"...: header names, `headerColumn`); a name's `value` is kept in `form`
 * when it reads as a name, and the first one read upwards (the nearest) wins.
 */
function formLabel(label: string, value: string, form: FormName, memo: Memo): boolean {
  // Every header name starts with a letter: other lines are not looked up.
  const first = label.charCodeAt(0);
  if (!isAsciiLetter(first) && first < 128) return false;
  // (Each line once: signatures repeat their titles and names, and a header's name is looked up
  // after it is trimmed, lowered and its spaces joined.)
  const cell = asciiForm(label.charCodeAt(label.length - 1)) === 58 ? label.slice(0, -1) : label;
  let column = memo.columns.get(cell);
  if (column === undefined) column = memo.columns.keep(cell, headerColumn(cell) ?? null);
  if (column === null) return false;
  if ((column === 'first' || column === 'last') && form[column] === '' && isNameLine(value, memo)) {
    form[column] = value;
  }
  return true;
}

/**
 * A line without the part in brackets it ends with, when something stands before it: what follows
 * a name on a signature's first line ("Jane Doe (she/her)", "Jane Doe (Acme)").
 */
function withoutAside(line: string): string {
  if (!line.endsWith(')')) return line;
  const open = line.lastIndexOf('(');
  return open > 0 ? line.slice(0, open).trimEnd() : line;
}

/**
 * The index of the first separator in text(from, to): `|`, `,`, a dash between spaces, `–`, `—`,
 * `·`; or -1. Looked for no further than a name's length: what comes before it is to be one.
 */
function separatorIn(text: string, from: number, to: number): number {
  const end = Math.min(to, from + MAX_NAME + 1);
  for (let i = from + 1; i < end; i++) if (isSeparatorAt(text, i)) return i;
  return -1;
}

/** Whether text[i] separates the parts of a line: `|`, `,`, a dash between spaces, `–`, `—`, `·`. */
function isSeparatorAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === 124 || code === 44 || code === 0xb7 || isDashAt(text, i);
}

/** Whether text[i] is a dash that parts a line: `–`, `—`, or `-` between spaces. */
export function isDashAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 0x2013 || code === 0x2014) return true;
  return code === 45 && codeAt(text, i - 1) === 32 && codeAt(text, i + 1) === 32;
}

/** A line's text before its first separator, trimmed; '' without one. */
function beforeSeparator(line: string): string {
  const end = separatorIn(line, 0, line.length);
  return end < 0 ? '' : line.slice(0, end).trim();
}

/** A line's text after its last separator (as `separatorIn` finds them), trimmed; '' without one. */
function afterSeparator(line: string): string {
  for (let i = line.length - 2; i > 0; i--) if (isSeparatorAt(line, i)) return line.slice(i + 1).trim();
  return '';
}

/**
 * The first part of the line an address is written on, before a separator, when it names the
 * address: "Jane Doe | Acme Corp | jane@...", "Jane Doe · Head of Sales · jane@...". Not before a
 * comma: such a line is a row of values or a sentence ("Hi Jane, thanks, ..., jane@...").
 */
function lineHead(text: string, floor: number, to: number, email: string, memo: Memo): string {
  const start = skipSpace(text, lastIndexOfAny(text, NEWLINE, to, floor) + 1 || floor, to);
  const end = separatorIn(text, start, to);
  if (end < 0 || text.charCodeAt(end) === 44) return '';
  const head = cleanName(text.slice(start, end));
  return head.includes(' ') && matchesAddress(head, email) && isNameLine(head, memo) ? head : '';
}

function isNameLine(line: string, memo: Memo): boolean {
  // (The usual name is told sooner than it is looked up: only other lines are kept.)
  if (isPlainWords(line)) return true;
  return memo.lines.get(line) ?? memo.lines.keep(line, looksLikeName(line));
}

/** More cells than a person's row has: a line like this is not one. */
const MAX_CELLS = 64;

/**
 * The line holding the last address read in a spreadsheet row, read once however many addresses
 * it holds: where it ends (its line break), how many cells it has (0 when it is not a row: too
 * long, or too many cells), the header row it is read by, and the tabs counted so far. The header
 * carries on to the line after it.
 */
interface RowState {
  end: number;
  cellCount: number;
  /** Its cells, split only when a name is read from them (a row repeated is read once, `names`). */
  cells: string[] | null;
  header: (Column | undefined)[] | null;
  tabsAt: number;
  tabs: number;
  /** Where the line starts. */
  start: number;
  /** Lines read as header rows, by their text. */
  headers: Recall<(Column | undefined)[] | null>;
  /**
   * The names read from lines under the header `namesUnder`, by the line's text: a line repeated
   * (a page's table of the same row, a megabyte of it) is read once, for the address at its
   * `tabs`-th tab.
   */
  names: RangeRecall<{ tabs: number; name: SplitName | null }>;
  namesUnder: (Column | undefined)[] | null;
}

/** Reads the line around text[start, end) into `row`, unless it is the line read last. */
function readRowLine(text: string, start: number, end: number, row: RowState): void {
  if (start < row.end) return;
  const previousEnd = row.end;
  const previousHeader = row.header;
  // Each look for a line break covers text not looked at before: linear however the text runs.
  const floor = Math.max(previousEnd + 1, start - MAX_ROW);
  const lineStart = lastIndexOfAny(text, NEWLINE, start, floor) + 1 || floor;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  row.end = lineEnd;
  row.start = lineStart;
  row.tabsAt = lineStart;
  row.tabs = 0;
  row.header = null;
  row.cells = null;
  row.cellCount = 0;
  // A line that runs on past the look-back is too long to be a row.
  if (lineStart === start - MAX_ROW || lineEnd - lineStart > MAX_ROW) return;
  let cellCount = 1;
  for (let i = lineStart; i < lineEnd; i++) if (text.charCodeAt(i) === 9) cellCount++;
  if (cellCount > MAX_CELLS) return;
  row.cellCount = cellCount;
  if (previousEnd === lineStart - 1 && previousHeader) row.header = previousHeader;
  else if (lineStart > 0) {
    const aboveFloor = Math.max(0, lineStart - 1 - MAX_ROW);
    const aboveBreak = lastIndexOfAny(text, NEWLINE, lineStart - 1, aboveFloor);
    // A line above longer than a row is no header row, and is read no further (back to the
    // text's start, for each row, it would not be linear).
    if (aboveBreak < 0 && aboveFloor > 0) return;
    const above = text.slice(aboveBreak + 1, lineStart - 1);
    // Pages repeat their tables' headers: each is read once.
    let header = row.headers.get(above);
    if (header === undefined) {
      const aboveEnd = above.endsWith('\r') ? above.length - 1 : above.length;
      header = above.includes('\t') ? headerOf(tabCells(above, 0, aboveEnd)) : null;
      row.headers.keep(above, header);
    }
    row.header = header;
  }
}

/**
 * The name in the spreadsheet row an address stands in, inside a longer text (a page's table
 * copied with what surrounds it): the row's cells split by tabs, read by the header row above
 * when there is one.
 */
function nameInRow(text: string, start: number, end: number, row: RowState, memo: Memo): SplitName | null {
  readRowLine(text, start, end, row);
  if (row.cellCount === 0) return null;
  for (let i = row.tabsAt; i < start; i++) if (text.charCodeAt(i) === 9) row.tabs++;
  row.tabsAt = start;
  const header = row.header?.length === row.cellCount ? row.header : null;
  if (row.namesUnder !== header) {
    row.namesUnder = header;
    row.names = new RangeRecall();
  }
  const known = row.names.get(text, row.start, row.end);
  if (known?.tabs === row.tabs) return known.name;
  const lineEnd = text.charCodeAt(row.end - 1) === 13 ? row.end - 1 : row.end;
  row.cells ??= tabCells(text, row.start, lineEnd);
  const read = rowName(row.cells, header, row.tabs, (cell) => isNameLine(cell, memo));
  const name = read && (read.firstName || read.lastName) ? read : null;
  row.names.keep(text, row.start, row.end, { tabs: row.tabs, name });
  return name;
}

/**
 * Whether the address at text[start, end) stands in a row's cell: a tab right before or after it,
 * or past spaces around it, or past one word before it (`Email`, `✉`), as a page's table reads
 * when a cell's link says "Email".
 */
function inRowCell(text: string, start: number, end: number): boolean {
  let after = end;
  while (codeAt(text, after) === 32) after++;
  if (codeAt(text, after) === 9) return true;
  let i = start - 1;
  while (codeAt(text, i) === 32) i--;
  // One word, or none: no space, line break, tab or sign of another address in it.
  while (i >= 0 && start - i <= MAX_LABEL) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 64) break;
    i--;
  }
  while (codeAt(text, i) === 32) i--;
  return codeAt(text, i) === 9;
}

/** Whether a line starting with this character may be a name: a capital, a quote, or a letter outside ASCII. */
export function mayStartName(code: number): boolean {
  return code >= 128 || (code >= 65 && code <= 90) || code === 34;
}

/** The person with a written name, or null when the name splits into nothing. */
function namedPerson(
  email: string,
  written: string,
  memo: Memo,
  text: string,
  from: number,
  to: number,
): Recipient | null {
  // Gmail names the reader's own address "me" (`to: me <me@…>` in a message's details): no name.
  if (written.length === 2 && written.toLowerCase() === 'me') return null;
  const own = withoutCompany(written, email);
  const name = own === '' ? nameBeforeCompanyName(text, from, to, written, email, memo) : own;
  if (name === '') return null;
  const short = name.length <= MEMO_KEY_MAX;
  let split = short ? memo.split.get(name) : undefined;
  if (split === undefined) {
    split = splitName(name);
    if (short) memo.split.keep(name, split);
  }
  if (!split.firstName && !split.lastName) return null;
  // `Smith John <john.smith@…>`, `María García López <maria.garcia@…>`: the address tells the
  // order a name without a comma is written in, and where its surname starts.
  const ordered = (!name.includes(',') && inAddressOrder(email, split.firstName, split.lastName)) || split;
  return { email, firstName: ordered.firstName, lastName: ordered.lastName, nameSource: 'given' };
}

/**
 * The full name written before a company's name (`company`, as `withoutCompany` tells one) and a
 * separator or a word that joins them, in text[from, to) before an address (`Emily Carter - Acme
 * Labs <ecarter@acmelabs.org>`, `… | Acme Labs`, `… from Acme Labs`), when it matches the
 * address; else ''.
 */
function nameBeforeCompanyName(
  text: string,
  from: number,
  to: number,
  company: string,
  email: string,
  memo: Memo,
): string {
  const at = lastIndexIn(text, company, Math.max(from, to - MAX_NAME_REGION), to);
  if (at <= from) return '';
  let end = spaceEnd(text, from, at);
  if (end > from && isSeparatorAt(text, end - 1)) end--;
  else {
    const joiner = joinerBefore(text, from, at);
    if (joiner < 0) return '';
    end = joiner;
  }
  const head = angleName(text, from, end, memo);
  return head.includes(' ') && matchesAddress(head, email) && looksLikeName(head) ? head : '';
}

/**
 * A name read for an address without the company's name that the address's domain spells
 * (`spellsDomain`): after a full name and a comma, the full name (`Emily Carter, Acme Labs`, as a
 * signature's line writes them); alone, no one's ('') on a person's own address that it does not
 * name (`Acme Labs <ecarter@acmelabs.org>`, `Acme Labs · ecarter@…`), or on a shared mailbox when
 * it is one word (`Stripe <support@stripe.com>`). A full name on a shared mailbox, or a name on a
 * short address (`Jane Doe <info@janedoe.com>`, `<me@janedoe.com>`), is kept: a person's own
 * domain spells their name too.
 */
export function withoutCompany(name: string, email: string): string {
  // (Told at once for most names, which start otherwise than the domain: by their first letters
  // (`sameLetter`, at once in ASCII), and without `lastIndexOf`, for which the engine calls out of
  // its compiled code. So it takes half the time it first took: 34 ns a name, not 65.)
  let comma = name.indexOf(',');
  if (comma >= 0) comma = lastCommaIn(name, comma, name.length);
  const tail = comma < 0 ? 0 : skipSpace(name, comma + 1, name.length);
  if (!startsDomain(name, tail, tail + 1, email)) return name;
  if (!spellsDomain(comma < 0 ? name : name.slice(tail), email)) return name;
  if (comma >= 0) {
    const head = name.slice(0, comma).trimEnd();
    return head.includes(' ') && looksLikeName(head) ? head : name;
  }
  const local = email.slice(0, localEnd(email));
  if (local.length < MIN_OWN_LOCAL || matchesAddress(name, email)) return name;
  // A shared mailbox keeps a full name (`Jane Doe <info@janedoe.com>`), not a company's word alone
  // (`Stripe <support@stripe.com>`).
  if (isSharedMailbox(email)) return name.includes(' ') ? name : '';
  return isInitialsOf(local, name) ? name : '';
}

/** The shortest user part (`me@`, `jd@` are shorter) on which a name that the domain spells is a company's. */
const MIN_OWN_LOCAL = 3;

/**
 * Whether an address's user part may be a name's initials (`jd@`, `jad@` of `Jane Doe`): four
 * letters at most, the first the first word's, the last the last word's.
 */
function isInitialsOf(local: string, name: string): boolean {
  return (
    local.length <= 4 &&
    foldLetter(local.charCodeAt(0)) === foldLetter(name.charCodeAt(0)) &&
    foldLetter(local.charCodeAt(local.length - 1)) === foldLetter(name.charCodeAt(name.lastIndexOf(' ') + 1))
  );
}

/** Whether a name, split in two, is only the company's that its address's domain spells (`withoutCompany`). */
export function isCompanyName(firstName: string, lastName: string, email: string): boolean {
  const first = firstName || lastName;
  // (Told at once for most names, as `withoutCompany` tells them, before they are joined.)
  if (!startsDomain(first, 0, 1, email)) return false;
  return withoutCompany(firstName && lastName ? `${firstName} ${lastName}` : first, email) === '';
}

/**
 * Where the name starts after the mark that a German signature writes in lower case before the name
 * of one who signs for the firm (`i.A. Jürgen Schmidt`, `i.V.`, `ppa.`), in text[from, to); else
 * `from`. (Capitalised, `I.A.`, the mark is read as a title.)
 */
function afterSigningMark(text: string, from: number, to: number): number {
  const code = text.charCodeAt(from);
  if (code !== 105 && code !== 112) return from;
  for (const mark of SIGNING_MARKS)
    if (text.startsWith(mark, from) && text.charCodeAt(from + mark.length) === 32)
      return skipSpace(text, from + mark.length, to);
  return from;
}

const SIGNING_MARKS = ['i.A.', 'i.V.', 'ppa.'];

/** Whether the address at text[start, end) stands in round (also full-width, `（…）`) or square brackets of its own. */
function wrapsAddress(text: string, start: number, end: number): boolean {
  const open = asciiForm(codeAt(text, start - 1));
  const close = asciiForm(codeAt(text, end));
  return (open === 40 && close === 41) || (open === 91 && close === 93);
}

/** The longest label read in brackets before an address (`(E-mail address: `). */
const MAX_BRACKETED_LABEL = 16;
/** The longest aside read in brackets before an address, after a comma (`(Head of Sales, `). */
const MAX_BRACKETED_ASIDE = 40;

/**
 * Where the bracket opens that holds an address after its label or an aside, text[start, end)
 * with the bracket closing right after it (`Jane Doe (Email: jane@...)`, `(e-mail jane@...)`,
 * `Jane Doe (CEO, jane@...)`), not before `floor`; else -1.
 */
function labelledOpen(text: string, floor: number, start: number, end: number): number {
  if (asciiForm(codeAt(text, end)) !== 41) return -1;
  let labelEnd = start;
  while (labelEnd > floor && text.charCodeAt(labelEnd - 1) === 32) labelEnd--;
  // A space or a colon (or both) after the label, or a comma or a semicolon after an aside.
  const mark = asciiForm(codeAt(text, labelEnd - 1));
  const aside = mark === 44 || mark === 59;
  if (mark === 58 || aside) labelEnd--;
  else if (labelEnd === start) return -1;
  let labelStart = labelEnd;
  const stop = Math.max(floor, labelEnd - (aside ? MAX_BRACKETED_ASIDE : MAX_BRACKETED_LABEL));
  for (; labelStart > stop; labelStart--) {
    const code = asciiForm(codeAt(text, labelStart - 1));
    if (code === 40 || code === 41 || code === 64 || code === 10) break;
  }
  if (labelStart === labelEnd || asciiForm(codeAt(text, labelStart - 1)) !== 40) return -1;
  if (aside) return labelStart - 1;
  // (The label read last is known without a copy: a page writes the same one for each person.)
  if (!sameRange(bracketedLabel.text, text, labelStart, labelEnd)) {
    bracketedLabel.text = text.slice(labelStart, labelEnd);
    bracketedLabel.email = mayNameAddress(text, labelStart, labelEnd) && headerColumn(bracketedLabel.text) === 'email';
  }
  return bracketedLabel.email ? labelStart - 1 : -1;
}

/** The label `labelledOpen` read last, and whether it names an address. */
const bracketedLabel = { text: '', email: false };

/** The text between two addresses is too short to hold a name: no need to look. */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 44 && code !== 59 && code !== 10 && code !== 13 && code !== 9) return false;
  }
  return true;
}

/**
 * People in free text: every address, each with the name written beside it or guessed from it,
 * one entry per address (case-insensitive) at its first place, with the richest name found.
 * An address already known with a full written name is not looked at again (lists repeat), nor
 * one that has no name beside it this time (its guess is already there). `places`, when given,
 * receives where each person is first written; `written`, where every address is, in order.
 */
export function extractPeople(text: string, places?: number[], written?: number[]): Recipient[] {
  const book = new AddressBook();
  const found = findAddresses(text, book);
  if (written) for (let k = 0; k < found.length; k++) written.push(found.starts[k] ?? 0);
  const people: Recipient[] = [];
  // By address id: every spelling of an address is one person, at this index in `people`.
  const byId = new Int32Array(book.emails.length).fill(-1);
  const memo: Memo = {
    angle: new RangeRecall(),
    lines: new Recall(),
    bare: new Recall(),
    split: new Recall(),
    columns: new Recall(),
  };
  const rows: RowState = {
    end: -1,
    cellCount: 0,
    cells: null,
    header: null,
    tabsAt: 0,
    tabs: 0,
    start: 0,
    headers: new Recall(),
    names: new RangeRecall(),
    namesUnder: null,
  };
  const records = new Records();
  const traces = new TraceFields();
  const isName = (value: string) => isNameLine(value, memo);
  let previousEnd = 0;
  const listed = new ListedPeople(people, places);
  // By address id: where the text its last reading read stands, when that reading gave it no name
  // (else -1), and the state of the comma list it may be in (`listState`) before and after it.
  // Lists and pages repeat their lines: an address read again amid the same text, from the same
  // state, would give nothing again.
  const readFrom = new Int32Array(book.emails.length).fill(-1);
  const readTo = new Int32Array(book.emails.length);
  const readState = new Uint8Array(book.emails.length);
  for (let k = 0; k < found.length; k++) {
    const id = found.ids[k] ?? 0;
    const start = found.starts[k] ?? 0;
    let end = found.ends[k] ?? 0;
    const index = byId[id] ?? -1;
    const known = index >= 0 ? people[index] : undefined;
    if (known && richness(known) === RICHEST) {
      previousEnd = end;
      continue;
    }
    // An id or a path in a message's source (`Message-ID: <…@mail.gmail.com>`, `Delivered-To:
    // me@…`) is no one's address. (Asked only of an address in brackets or after a label's colon.)
    if ((found.angles[k] === 1 || afterColon(text, start)) && traces.has(text, start)) {
      previousEnd = end;
      continue;
    }
    const email = book.emails[id] ?? '';
    let name = '';
    let row: SplitName | null = null;
    // No field of the record read last is another address's.
    if (records.end > previousEnd && records.end <= start) previousEnd = records.end;
    // What its reading reads: from the end of the address before it (and the character before
    // that), up to the next address.
    const ceiling = k + 1 < found.length ? (found.starts[k + 1] ?? 0) : text.length;
    const readStart = Math.max(0, previousEnd - 1);
    const from = readFrom[id] ?? -1;
    // Whether a comma list went on to the address before it, as its names after it are read.
    const stateBefore = k > 0 && listed.reached(found.starts[k - 1] ?? 0) ? 1 : 0;
    if (
      from >= 0 &&
      ((readState[id] ?? 0) & 1) === stateBefore &&
      sameSpans(text, from, readTo[id] ?? 0, readStart, ceiling)
    ) {
      if (((readState[id] ?? 0) & 2) !== 0) listed.reach(start);
      // (Past the bracket it closed, as that reading was.)
      previousEnd = ((readState[id] ?? 0) & 4) !== 0 ? end + 1 : end;
      continue;
    }
    // The value of a record's address field (`Email: jane@…`): the record's name fields name it.
    const record = found.angles[k] === 1 ? null : records.read(text, start, end, previousEnd, isName);
    // (A row's reading keeps its table's state: never skipped.)
    let tabbed = false;
    // A first name's field without a last name's that holds a whole name (`Nombre: Juan Pérez`,
    // `Nome: João Silva`, as Spanish and Portuguese forms ask for it) is read as a name, as a
    // table's column is (`rowName`).
    if (record && record.first.includes(' ') && !record.last) name = record.first;
    else if (record && (record.first || record.last)) row = { firstName: record.first, lastName: record.last };
    else if (record?.full) name = record.full;
    // A record without a name field: under its heading, as a signature's address (its line holds
    // only its label, and there is no name after it: no more is read); unless a row's cell follows it.
    else if (record && codeAt(text, end) !== 9) name = nameAbove(text, previousEnd, start, email, memo, true);
    else if (found.angles[k] === 1) {
      listed.before(text, found, k, previousEnd, start);
      // No name before it on its line ("Jane Doe\n<jane@...>", "Email: <jane@...>"): the lines
      // above are read as for an address without brackets; and with none there either, its line
      // as before a bare address: a signature's head that matches it ("Jane Doe | Head of Sales |
      // <jane@...>").
      if (!blank(text, previousEnd, start)) {
        name =
          angleName(text, previousEnd, start, memo, email) ||
          nameAbove(text, previousEnd, start, email, memo) ||
          bareName(text, previousEnd, start, email, memo);
      }
      if (name.includes(',')) name = listed.addressName(text, previousEnd, start, name, email, start);
      // None before it: an RFC 5322 comment after it (`<jane@...> (Jane Doe)`), or the rest of a
      // line it starts, when that matches it (`<jane@...> Jane Doe`).
      const after = name === '' ? (commentName(text, end) ?? nameAfter(text, previousEnd, start, end, email)) : null;
      if (after) {
        name = after.name;
        end = after.end;
      }
    } else if (inRowCell(text, start, end)) {
      row = nameInRow(text, start, end, rows, memo);
      tabbed = true;
    } else {
      listed.beforeBare(text, found, k, previousEnd, start);
      // A JSON object's address field (`"email": "jane@..."`): the name in its other fields.
      row = fieldName(text, start, end, previousEnd, ceiling);
      const comment = row
        ? null
        : (linkTextAfter(text, start, end) ??
          commentName(text, end) ??
          nameAfter(text, previousEnd, start, end, email) ??
          listedNameAfter(text, end, ceiling, email));
      if (comment) {
        name = comment.name;
        end = comment.end;
      } else if (!row && !blank(text, previousEnd, start)) {
        // `Jane Doe (jane@...)`, and Outlook's `Jane Doe [mailto:jane@...]`: as `<jane@...>`, but
        // only what reads as a name with the usual rules: brackets in prose follow all sorts of
        // words (`write to me (or [ann@...])`, `Email (jane@...)`).
        // (Or with its label in the brackets: `Jane Doe (Email: jane@...)`.)
        const open = wrapsAddress(text, start, end) ? start - 1 : labelledOpen(text, previousEnd, start, end);
        if (open >= 0 && !blank(text, previousEnd, open)) {
          // A Markdown link, `[Jane Doe](mailto:jane@...)`: its text.
          const before =
            open === start - 1 && codeAt(text, start - 2) === 93 && codeAt(text, start - 1) === 40
              ? linkTextBefore(text, previousEnd, start - 2)
              : angleName(text, previousEnd, open, memo, email);
          if (before !== '' && isNameLine(before, memo)) name = before;
          if (name.includes(',')) name = listed.addressName(text, previousEnd, open, name, email, start);
        }
        if (open >= 0) end++;
        name ||= bareName(text, previousEnd, start, email, memo) || nameAbove(text, previousEnd, start, email, memo);
        // Of a list's names before a bare address (`Jane Doe, Bo Li (CEO) bo@…`), the one before is
        // a person of the list, as before a display name.
        if (name.includes(',')) name = listed.addressName(text, previousEnd, start, name, email, start);
      }
      // A name under it that matches the address, where none above does.
      // (Only where a line stands between it and the next address: most lists have none.)
      if (!row && !comment && ceiling - end > 2 && (name === '' || !matchesAddress(name, email))) {
        const below = nameBelow(text, previousEnd, start, end, email, ceiling);
        if (below) {
          name = below.name;
          end = below.end;
        }
      }
    }
    // A reading that gave nothing and kept no state (no record, no row, nothing read past the
    // address but the bracket that closes on it) is skipped when the same text comes again around
    // the same address.
    const past = end - (found.ends[k] ?? 0);
    if (name === '' && !row && !record && !tabbed && past <= 1 && ceiling - readStart <= MAX_REREAD) {
      readFrom[id] = readStart;
      readTo[id] = ceiling;
      readState[id] = stateBefore | (listed.reached(start) ? 2 : 0) | (past === 1 ? 4 : 0);
    }
    previousEnd = end;
    if (known && name === '' && !row) continue;
    const person =
      (row && { email, firstName: row.firstName, lastName: row.lastName, nameSource: 'given' as const }) ??
      (name === '' ? null : namedPerson(email, name, memo, text, readStart, start)) ??
      guessedPerson(email);
    if (!known) {
      byId[id] = people.length;
      people.push(person);
      places?.push(start);
    } else if (richness(person) > richness(known)) {
      // The first spelling of the address is kept; the better name is taken.
      people[index] = recipient(known.email, person.firstName, person.lastName, person.nameSource, person.role);
    }
  }
  listed.after(text, found, previousEnd);
  return listed.withoutNamesOfAddressed();
}

/** The longest text around an address whose reading is skipped when it comes again (`extractPeople`). */
const MAX_REREAD = 512;

/** The start of the line `index` is on, if no further back than `within`; else -1. */
function lineStartWithin(text: string, index: number, within: number): number {
  const floor = Math.max(0, index - within);
  const newline = lastIndexOfAny(text, NEWLINE, index, floor);
  return newline >= 0 ? newline + 1 : floor === 0 ? 0 : -1;
}

/** The end of the line `index` is on, if no further on than `within`; else -1. */
function lineEndWithin(text: string, index: number, within: number): number {
  const newline = text.indexOf('\n', index);
  const end = newline < 0 ? text.length : newline;
  return end - index <= within ? end : -1;
}

/**
 * The marks that part the names of a list in Chinese and Japanese text: the ideographic and the
 * full-width comma, semicolon and bar. Each is a list's separator: no name is written `Doe、Jane`.
 * (Looked for one by one: the engine finds at once that a text of Latin letters has none.)
 */
const WIDE_SEPARATORS = ['、', '，', '；', '｜'];

/** The ASCII separators of a names-only list, whose full-width forms (`asciiForm`) the marks above are. */
const LIST_BREAKS = codeSet(',;|');

function isWideSeparator(code: number): boolean {
  return code >= 0x3001 && isFormOf(code, LIST_BREAKS);
}

/**
 * The labels of a message's or a meeting's list of people ("To: Jane Doe; John Smith", Outlook's
 * "Required: …"), in lower case: before a list of names, they are no name.
 */
const HEADER_LABELS = new Set([
  'to',
  'cc',
  'bcc',
  'from',
  'an',
  'von',
  'kopie',
  'à',
  'de',
  'para',
  'cci',
  'cco',
  // Dutch, Swedish, Danish and Norwegian, Polish and Italian Outlook's.
  'van',
  'aan',
  'från',
  'till',
  'kopia',
  'fra',
  'til',
  'od',
  'do',
  'dw',
  'udw',
  'da',
  'a',
  'ccn',
  'attendees',
  'participants',
  'guests',
  'invitees',
  'members',
  'required',
  'optional',
  // An event's lists of people.
  'speakers',
  'panelists',
  'presenters',
  'hosts',
  'moderators',
  // Outlook's, printing a meeting or forwarding its invitation.
  'organizer',
  'required attendees',
  'optional attendees',
]);

/** The length of the longest of `HEADER_LABELS`. */
const MAX_HEADER_LABEL = Math.max(...Array.from(HEADER_LABELS, (label) => label.length));

/**
 * Where text[from, to) goes on after a header's label and its colon at `colon` (`To: `, `Cc:`),
 * else `from`. What is too long to be one is turned down before it is copied.
 */
function afterHeaderLabel(text: string, from: number, colon: number, to: number): number {
  const end = spaceEnd(text, from, colon);
  if (end - from > MAX_HEADER_LABEL || !HEADER_LABELS.has(text.slice(from, end).toLowerCase())) return from;
  return skipSpace(text, colon + 1, to);
}

/** The first two letters of each of `HEADER_LABELS` in ASCII. */
const LABEL_STARTS = letterPairs(HEADER_LABELS);

/**
 * Where a list's item text[from, to) starts after the header label it may start with (`To:`,
 * `Attendees:`), looked for up to its first colon; `from` without one.
 */
export function afterLabelIn(text: string, from: number, to: number): number {
  if (!mayStartLabel(text, from)) return from;
  let colon = from;
  while (colon < to && text.charCodeAt(colon) !== 58) colon++;
  return colon < to ? afterHeaderLabel(text, from, colon, to) : from;
}

/** Whether a text starts with a list's header label (`To:`, `Attendees:`), white space aside. */
export function startsWithListLabel(text: string): boolean {
  const start = skipSpace(text, 0, text.length);
  return afterLabelIn(text, start, text.length) > start;
}

/**
 * Whether text[from] may start one of `HEADER_LABELS`, by its first two letters in any case (or
 * an `à`, or a capital `A` alone, Italian's `A:`): told without copying them, as a list may have a
 * short line with a colon on every line.
 */
function mayStartLabel(text: string, from: number): boolean {
  const first = text.charCodeAt(from) | 32;
  return (
    first === 0xe0 ||
    (text.charCodeAt(from) === 65 && isLabelEnd(codeAt(text, from + 1))) ||
    startsLikeOneOf(LABEL_STARTS, text, from)
  );
}

/** Whether a code unit ends a label's word: its colon, or the space or no-break space before it. */
function isLabelEnd(code: number): boolean {
  return code === 58 || code === 32 || code === 0xa0;
}

/**
 * The names of a names-only item, text[from, to) (trimmed, not empty): `Doe, Jane` is one person;
 * `Jane Doe, John Smith` is two. Empty when any part of it does not read as a name (`nameAt`).
 */
function namesOfItem(
  text: string,
  from: number,
  to: number,
  nameAt: (from: number, to: number) => SplitName | null,
): readonly SplitName[] {
  // A quoted item is a name as `formatRecipients` writes one (`"Doe, Jane"`, `"Jane \"JD\" Doe"`).
  if (to - from > 1 && text.charCodeAt(from) === 34 && text.charCodeAt(to - 1) === 34) {
    // (Not one with an `@`: what no address was found in is no name either.)
    const name = to - from <= MAX_NAME_REGION && !holds(text, from, to, 64) ? splitName(text.slice(from, to)) : null;
    return name && namesSomeone(name) ? [name] : NO_NAMES;
  }
  const names: SplitName[] = [];
  let count = 0;
  let firstFrom = 0;
  let firstTo = 0;
  let lastTo = 0;
  let titled = false;
  for (let partStart = from; partStart <= to;) {
    let partEnd = partStart;
    while (partEnd < to && text.charCodeAt(partEnd) !== 44) partEnd++;
    const start = skipSpace(text, partStart, partEnd);
    const end = spaceEnd(text, start, partEnd);
    partStart = partEnd + 1;
    if (start === end) continue;
    const name = nameAt(start, end);
    if (!name) {
      // A title beside the names ("John Smith, Treasurer"), a degree after one ("Jane Doe, PhD")
      // or a place ("Jane Doe, New York, NY"; `Berlin, Germany` is then no one) is passed over;
      // anything else makes the item one: no list of names.
      const part = text.slice(start, end);
      if (hasRole(part) || isLinkPhrase(part)) titled = true;
      else if (!isSuffix(part)) return NO_NAMES;
      continue;
    }
    if (count++ === 0) {
      firstFrom = start;
      firstTo = end;
    }
    lastTo = end;
    names.push(name);
  }
  // `Doe, Jane`: two parts, the first of one word (and a title after them, passed over), of a
  // Spanish surname and more (`García López, María José`), or of a surname with its particles
  // (`van der Berg, Anna`, `De la Cruz, Juan`, which had been first name "van", and Anna no one).
  if (
    count === 2 &&
    (!holds(text, firstFrom, firstTo, 32) ||
      startsWithSpanishSurname(text, firstFrom, firstTo) ||
      startsWithParticle(text, firstFrom, firstTo))
  ) {
    const whole = nameAt(firstFrom, lastTo);
    return whole ? [whole] : NO_NAMES;
  }
  // Beside a title or a full name, a word alone is a company's or a place's, not a person's:
  // `CEO, Acme`, as a speakers' list writes under each name (`John Smith, Treasurer` keeps John
  // Smith), `Jane Doe, Acme`, `Jane Doe, London`.
  return titled || names.some(isFullName) ? names.filter(isFullName) : names;
}

/**
 * The `(` that opens the part in brackets an item text[from, to) ends with, or -1 (it does not
 * end with `)`, or no `(` stands after its first character). Looked for within the item only: a
 * search of the whole text back from each line that ends with `)` is quadratic in a list of them.
 */
function lastOpenBracket(text: string, from: number, to: number): number {
  if (text.charCodeAt(to - 1) !== 41) return -1;
  for (let i = to - 1; i > from; i--) if (text.charCodeAt(i) === 40) return i;
  return -1;
}

/**
 * The end of the name in an item text[from, to) that ends with a part in brackets, opened at
 * `open`: before that part, when what stands before it has two words or more ("Participants
 * (3)" is a heading).
 */
function beforeRole(text: string, from: number, open: number, to: number): number {
  const end = spaceEnd(text, from, open);
  // `(at)` and `(dot)` are what pages hide addresses with, not roles.
  const role = text
    .slice(open + 1, to - 1)
    .trim()
    .toLowerCase();
  return holds(text, from, end, 32) && role !== 'at' && role !== 'dot' ? end : to;
}

/** Whether text goes on at `from` with two dashes, equals signs, underscores or stars. */
function startsWithRule(text: string, from: number): boolean {
  const code = text.charCodeAt(from);
  return (code === 45 || code === 61 || code === 95 || code === 42) && codeAt(text, from + 1) === code;
}

const NO_NAMES: readonly SplitName[] = [];

/** A name, unless it is a degree alone (`PhD`, `Jr.`: "Jane Doe, PhD" split at its comma), which is no one's. */
function personsName(name: SplitName | null): SplitName | null {
  return name && isDegreeAlone(name) ? null : name;
}

/**
 * People named in text without any address: one per line or `;`-item, each reading as a name,
 * each person once (names compared without regard to case), in order.
 */
export function extractNamesOnly(text: string): Recipient[] {
  const book = new NameBook();
  // An item read before (lists repeat) is looked up where it stands, while that pays; a person
  // written two ways is one. What cannot be a name is turned down before it is copied.
  const items = new RangeRecall<SplitName | null>();
  const nameAt = (from: number, to: number): SplitName | null => {
    // The usual name, told and split in one look; any other item the full way.
    const plain = plainName(text, from, to);
    if (plain) return plain;
    if (!mayBeName(text, from, to)) return null;
    const known = items.get(text, from, to);
    return known === undefined ? items.keep(text, from, to, personsName(nameOf(text.slice(from, to)))) : known;
  };
  const separators = text.includes(';') || text.includes('|') || WIDE_SEPARATORS.some((mark) => text.includes(mark));
  // Whether any item may join its last name with `and` or `&` (looked for in each item only then),
  // and its names so joined, each item read once while that pays.
  const joins = text.includes('&') || ((text.includes('nd ') || text.includes('ND ')) && JOINING_AND.test(text));
  const joined = new RangeRecall<readonly SplitName[]>();
  const joinedAt = (from: number, to: number): readonly SplitName[] =>
    joined.get(text, from, to) ?? joined.keep(text, from, to, joinedNames(text, from, to));
  // Where lines are the only separator, they and the commas are found natively.
  const commas = separators ? null : new NextOfAny(text, [',']);
  let previous = '';
  // The next colon, for a header's label (`afterHeaderLabel`): found once, never looked for behind
  // (none in most lists).
  let colon = text.indexOf(':');
  for (let lineStart = 0; lineStart <= text.length;) {
    // The item's end, and whether it holds a comma.
    let lineEnd = lineStart;
    let comma = false;
    if (separators) {
      for (; lineEnd < text.length; lineEnd++) {
        const code = text.charCodeAt(lineEnd);
        if (code === 10 || code === 59 || code === 124 || isWideSeparator(code)) break;
        if (code === 44) comma = true;
      }
    } else {
      lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const next = commas?.from(lineStart) ?? -1;
      comma = next >= 0 && next < lineEnd;
    }
    // A list's number or bullet is not part of the name ("1. Jane Doe", "- Jane Doe"), nor a
    // header's label ("To: Jane Doe; John Smith").
    let from = afterBullet(text, afterListNumber(text, skipSpace(text, lineStart, lineEnd)));
    // (Looked for only on a line that starts as a label does: most lines of a list do not.)
    if (colon !== -1 && mayStartLabel(text, from)) {
      if (colon < from) colon = text.indexOf(':', from);
      if (colon !== -1 && colon < Math.min(lineEnd, from + MAX_HEADER_LABEL + 1)) {
        from = afterHeaderLabel(text, from, colon, lineEnd);
      }
    }
    const to = spaceEnd(text, from, lineEnd);
    lineStart = lineEnd + 1;
    // Nor is a line set off by a rule a name ("-----Original Message-----").
    if (from === to || startsWithRule(text, from)) continue;
    // An avatar's initials over the name (`JD` over `Jane Doe`, as Teams and Outlook show people).
    if (to - from <= MAX_INITIALS && isAvatarLine(text, from, to)) continue;
    // A role after the name, as a meeting's participants are listed ("Jane Doe (Host)"), is no
    // part of it; nor is a comma inside it a list's ("Jane Doe (Host, me)", as Zoom lists them).
    const open = lastOpenBracket(text, from, to);
    if (open >= 0 && comma) comma = holds(text, from, open, 44);
    const end = open >= 0 ? beforeRole(text, from, open, to) : to;
    // The usual item: one name or none (not quoted, as `formatRecipients` writes one, nor with a comma).
    if (!comma && text.charCodeAt(from) !== 34) {
      const name = nameAt(from, end);
      if (name) {
        if (!isSiteWord(name)) book.add(name);
      } else if (joins) for (const name of joinedAt(from, end)) book.add(name);
      continue;
    }
    // An item like the one before adds no one.
    const item = text.slice(from, to);
    if (item === previous) continue;
    previous = item;
    const names = namesOfItem(text, from, end, nameAt);
    for (const name of names.length > 0 || !joins ? names : joinedAt(from, end)) if (!isSiteWord(name)) book.add(name);
  }
  return book.people;
}

/**
 * The word `and`, in any case, between spaces: looked for once in the whole text, where its end is
 * (`nd `, `ND `: found natively at once, as a search that starts with a space or in any case is not).
 */
const JOINING_AND = / and /i;

/**
 * The full names of an item that joins its last with `and` or `&` (`Jane Doe and Bo Li`, `Jane
 * Doe, Bo Li, and Kim Roe`, as a message names the people it copies), as a list's item reads them
 * (`listedNames`): full names only (not `Tom and Jerry`, `Marks & Spencer`). None without such a
 * word, nor in an item longer than a list's (`MAX_LISTED`): `listedNames` reads one name a call
 * deep, and a megabyte of `Jane Doe and ` ran out of stack.
 */
function joinedNames(text: string, from: number, to: number): readonly SplitName[] {
  return to - from <= MAX_LISTED && lastJoinerIn(text, from, to) > from ? listedNames(text, from, to) : NO_NAMES;
}

/** Whether a name has a first and a last name. */
function isFullName(name: SplitName): boolean {
  return name.firstName !== '' && name.lastName !== '';
}

/** Whether the words text[from, to) start with a surname's particle, in any case (`van der Berg`, `De la Cruz`). */
function startsWithParticle(text: string, from: number, to: number): boolean {
  const space = text.indexOf(' ', from);
  return space >= 0 && space < to && isParticleWord(text.slice(from, space).toLowerCase());
}

/** Whether the words text[from, to) start with a Spanish surname (`isSpanishSurname`). */
function startsWithSpanishSurname(text: string, from: number, to: number): boolean {
  const space = text.indexOf(' ', from);
  return isSpanishSurname(text, from, space >= 0 && space < to ? space : to);
}

/** Whether a name read from quotes holds a letter: `"<"` or `"!!"` names no one. */
function namesSomeone(name: SplitName): boolean {
  return ANY_LETTER.test(name.firstName) || ANY_LETTER.test(name.lastName);
}

/** Lines that are only a quoted name (`"Doe, Jane"`), as `formatRecipients` writes people without an address. */
export function quotedNameLines(text: string): { person: Recipient; at: number }[] {
  const found: { person: Recipient; at: number }[] = [];
  // (A list repeats its people: each line is split once.)
  const names = new Recall<SplitName>();
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (text.charAt(lineStart) === '"') {
      const line = text.slice(lineStart, lineEnd).trimEnd();
      if (line.length > 1 && line.endsWith('"') && !line.includes('@')) {
        const split = names.get(line) ?? names.keep(line, splitName(line));
        if (namesSomeone(split)) {
          found.push({ person: recipient(null, split.firstName, split.lastName, 'given'), at: lineStart });
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return found;
}
