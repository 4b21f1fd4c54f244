import { findAddresses, type FoundAddress } from './addresses';
import { richness, RICHEST } from './merge';
import { cleanName, guessName, looksLikeName, splitName, stripComments, unquote, type SplitName } from './names';
import type { Recipient } from './types';

/** Names already read in this text: threads and lists repeat the same people over and over. */
interface Memo {
  angle: Map<string, string>;
  bare: Map<string, string>;
  split: Map<string, SplitName>;
}

const MEMO_LIMIT = 20_000;

function remember<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    // Bounded: a text of all-different names costs no more memory than this.
    if (cache.size >= MEMO_LIMIT) cache.clear();
    value = compute();
    cache.set(key, value);
  }
  return value;
}

/** Characters that end one list item and start the next (a comma only between addresses). */
const HARD_BREAKS = '\n\r\t;|';
const MAX_NAME_REGION = 200;
const LOOK_BACK_LINES = 4;

/** The last index before `from`, and not before `floor`, of any of `chars` (ASCII). */
const CODE_SETS = new Map<string, Uint8Array>();

function lastIndexOfAny(text: string, chars: string, from: number, floor: number): number {
  let codes = CODE_SETS.get(chars);
  if (!codes) {
    codes = new Uint8Array(128);
    for (let i = 0; i < chars.length; i++) codes[chars.charCodeAt(i)] = 1;
    CODE_SETS.set(chars, codes);
  }
  for (let i = from - 1; i >= floor; i--) {
    const code = text.charCodeAt(i);
    if (code < 128 && codes[code] === 1) return i;
  }
  return -1;
}

/**
 * The display name written before an `<address>`: from the end of the previous item, cut after a
 * group's `Team:`, unquoted, comments dropped. `Doe, Jane` stays whole for `splitName`;
 * other commas ("Hi all, Jane Doe <...>") end the text before the name.
 */
function angleName(text: string, from: number, to: number, memo: Memo): string {
  const floor = Math.max(from, to - MAX_NAME_REGION);
  const brk = lastIndexOfAny(text, HARD_BREAKS, to, floor);
  const raw = text.slice(brk === -1 ? floor : brk + 1, to);
  return remember(memo.angle, raw, () => angleNameOf(raw));
}

function angleNameOf(raw: string): string {
  let region = raw.trim().replace(/^[,\s]+/, '');
  if (!region.startsWith('"')) {
    const colon = region.lastIndexOf(':');
    if (colon >= 0) region = region.slice(colon + 1);
  }
  region = stripComments(region).trim();
  if (region.startsWith('"') && region.endsWith('"')) return unquote(region);
  const commas = region.split(',');
  // A display name is marked as one: label words ("To") may be names here.
  const nameLike = (part: string) => looksLikeName(part, { labels: false });
  if (commas.length === 2 && nameLike(commas[0] ?? '') && nameLike(commas[1] ?? '')) return region;
  return cleanName(commas[commas.length - 1] ?? '');
}

/** A name in `(parentheses)` right after a bare address, as RFC 5322 comments carry it. */
function commentName(text: string, end: number): { name: string; end: number } | null {
  let i = end;
  while (text.charAt(i) === ' ') i++;
  if (text.charAt(i) !== '(') return null;
  const close = text.slice(i, i + MAX_NAME_REGION).indexOf(')') + i;
  if (close < i) return null;
  const name = text.slice(i + 1, close);
  return looksLikeName(name) ? { name, end: close + 1 } : null;
}

/**
 * The text before a bare address on its own line or cell ("Jane Doe - jane@...", "Jane Doe:
 * jane@..."), when it reads as a name of at least two words (one word in prose is too often not).
 */
function bareName(text: string, from: number, to: number, memo: Memo): string {
  const floor = Math.max(from, to - MAX_NAME_REGION);
  const brk = lastIndexOfAny(text, `${HARD_BREAKS},:(`, to, floor);
  let region = text.slice(brk === -1 ? floor : brk + 1, to);
  if (region.trim() === '' && brk > floor && text.charAt(brk) === ':') {
    const before = lastIndexOfAny(text, `${HARD_BREAKS},:(`, brk, floor);
    region = text.slice(before === -1 ? floor : before + 1, brk);
  }
  return remember(memo.bare, region, () => {
    const name = cleanName(region);
    return name.includes(' ') && looksLikeName(name) ? name : '';
  });
}

/** Whether a name shares a word with the address (Jane Doe, jane.doe@...). */
function matchesAddress(name: string, email: string): boolean {
  const local = email.slice(0, email.lastIndexOf('@')).toLowerCase();
  const lower = name.toLowerCase();
  let start = 0;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && lower.charCodeAt(i) !== 32) continue;
    if (i - start > 1 && local.includes(lower.slice(start, i))) return true;
    start = i + 1;
  }
  return false;
}

/**
 * A name on one of the lines just above a bare address, as in a signature block: a line that
 * matches the address; or, when the address stands alone on its line, the topmost name-like
 * line (a signature starts with the person, then the company). An address inside a sentence
 * takes no name from the lines above it.
 */
function nameAbove(text: string, from: number, start: number, email: string): string {
  // Every scan stops at `from` (the previous address), and a few short lines up at most.
  from = Math.max(from, start - LOOK_BACK_LINES * MAX_NAME_REGION);
  let lineStart = lastIndexOfAny(text, '\n', start, from);
  const alone = lineStart >= from && blank(text, lineStart + 1, start);
  let top = '';
  for (let n = 0; n < LOOK_BACK_LINES && lineStart > from; n++) {
    const previous = lastIndexOfAny(text, '\n', lineStart, from);
    if (lineStart - previous > MAX_NAME_REGION) break;
    const line = text.slice(Math.max(previous + 1, from), lineStart).trim();
    // The cheap tests first: a line that can never be taken is not read as a name.
    const matches = line.includes(' ') && matchesAddress(line, email);
    if ((matches || (alone && line.includes(' '))) && looksLikeName(line)) {
      if (matches) return line;
      top = line;
    }
    lineStart = previous;
  }
  return alone ? top : '';
}

function person(email: string, name: string, guesses: Map<string, Recipient>, memo: Memo): Recipient {
  const split = name === '' ? null : remember(memo.split, name, () => splitName(name));
  if (split && (split.firstName || split.lastName)) return { email, ...split, nameSource: 'given' };
  let guessed = guesses.get(email);
  if (!guessed) {
    const guess = guessName(email);
    guessed = guess ? { email, ...guess } : { email, firstName: '', lastName: '', nameSource: 'none' };
    guesses.set(email, guessed);
  }
  return guessed;
}

/** The text between two addresses is too short to hold a name: no need to look. */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 44 && code !== 59 && code !== 10 && code !== 13 && code !== 9) return false;
  }
  return true;
}

/** A person and where the text first names them. */
export interface Placed {
  person: Recipient;
  at: number;
}

/**
 * People in free text: every address, each with the name written beside it or guessed from it,
 * one entry per address (case-insensitive) at its first place, with the richest name found.
 * An address already known with a full written name is not looked at again (lists repeat).
 */
export function extractPeople(text: string, addresses: FoundAddress[] = findAddresses(text)): Placed[] {
  const people: Placed[] = [];
  const byKey = new Map<string, Placed>();
  const guesses = new Map<string, Recipient>();
  const memo: Memo = { angle: new Map(), bare: new Map(), split: new Map() };
  let previousEnd = 0;
  for (const address of addresses) {
    const key = address.key;
    const known = byKey.get(key);
    let end = address.end;
    if (known && richness(known.person) === RICHEST) {
      previousEnd = end;
      continue;
    }
    let name = '';
    if (address.angle) {
      if (!blank(text, previousEnd, address.start)) name = angleName(text, previousEnd, address.start, memo);
    } else {
      const comment = commentName(text, address.end);
      if (comment) {
        name = comment.name;
        end = comment.end;
      } else if (!blank(text, previousEnd, address.start)) {
        name =
          bareName(text, previousEnd, address.start, memo) ||
          nameAbove(text, previousEnd, address.start, address.email);
      }
    }
    const found = person(address.email, name, guesses, memo);
    if (!known) {
      const placed = { person: found, at: address.start };
      byKey.set(key, placed);
      people.push(placed);
    } else if (richness(found) > richness(known.person)) {
      // The first spelling of the address is kept; the better name is taken.
      known.person = { ...found, email: known.person.email };
    }
    previousEnd = end;
  }
  return people;
}

/** A line of names: `Doe, Jane` is one person; `Jane Doe, John Smith` is two. */
function namesOfLine(line: string, isName: (part: string) => boolean): string[] {
  if (line.startsWith('"') && line.endsWith('"') && line.length > 1) return [line];
  const parts: string[] = [];
  for (const raw of line.split(',')) {
    const part = raw.trim();
    if (part === '') continue;
    if (!isName(part)) return [];
    parts.push(part);
  }
  if (parts.length === 0) return [];
  if (parts.length === 2 && !parts[0]?.includes(' ')) return [line];
  return parts;
}

/** People named in text without any address: one per line or `;`-item, each reading as a name. */
export function extractNamesOnly(text: string): Recipient[] {
  const people: Recipient[] = [];
  // Lists repeat themselves; each distinct line and name is read once.
  const lines = new Map<string, string[]>();
  const names = new Map<string, Recipient | null>();
  const nameLike = new Map<string, boolean>();
  const listed = new Set<Recipient>();
  const isName = (part: string) => {
    let known = nameLike.get(part);
    if (known === undefined) nameLike.set(part, (known = looksLikeName(part)));
    return known;
  };
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 59 && code !== 124) continue; // \n ; |
    const line = text.slice(lineStart, i).trim();
    lineStart = i + 1;
    let items = lines.get(line);
    if (!items) lines.set(line, (items = namesOfLine(line, isName)));
    for (const item of items) {
      let found = names.get(item);
      if (found === undefined) {
        const split = splitName(item);
        names.set(
          item,
          (found = split.firstName || split.lastName ? { email: null, ...split, nameSource: 'given' } : null),
        );
      }
      // One entry per person: a repeated name is the same object, already listed.
      if (found && !listed.has(found)) {
        listed.add(found);
        people.push(found);
      }
    }
  }
  return people;
}

/** Lines that are only a quoted name (`"Doe, Jane"`), as `formatRecipients` writes people without an address. */
export function quotedNameLines(text: string): { person: Recipient; at: number }[] {
  const found: { person: Recipient; at: number }[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (text.charAt(lineStart) === '"') {
      const line = text.slice(lineStart, lineEnd).trimEnd();
      if (line.length > 1 && line.endsWith('"') && !line.includes('@')) {
        const split = splitName(line);
        if (split.firstName || split.lastName) {
          found.push({ person: { email: null, ...split, nameSource: 'given' }, at: lineStart });
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return found;
}
