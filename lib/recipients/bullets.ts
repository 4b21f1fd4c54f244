import { holds, skipSpace, spaceEnd } from './address-rules';
import { afterBullet, isDashAt, listedName, mayStartName } from './extract';
import { afterListNumber, type SplitName } from './names';
import { recipient } from './person';
import { RangeRecall } from './recall';
import type { Recipient } from './types';

/**
 * A line that starts a list's item, after its line break: a bullet (`- `, `* `, `• `) or a
 * number (`1. `, `2) `), as `afterBullet` and `afterListNumber` read them. (The text's first line
 * is looked at apart.)
 */
const BULLETED_LINE = /\n[ \t]*(?:[-*\u2022]|\d{1,3}[.)]) /g;

/** The most lines an item of a list runs on under its first (`- Jane Doe` over `  jane@acme.com`). */
const MAX_ITEM_LINES = 4;

/** Whether a line of the text starts a list's item (found natively: most texts have none). */
export function mayHoldBulletedList(text: string): boolean {
  return nextItemLine(text, 0) >= 0;
}

/** The start of the first line at or after `from` (a line's start) that starts a list's item, or -1. */
function nextItemLine(text: string, from: number): number {
  if (itemStart(text, from) >= 0) return from;
  BULLETED_LINE.lastIndex = Math.max(0, from - 1);
  const match = BULLETED_LINE.exec(text);
  return match ? match.index + 1 : -1;
}

/** What an item of a list holds: no address, one as a list of people writes it, or one in words. */
const NONE = 0;
const PERSON = 1;
const PROSE = 2;

/**
 * The people a bulleted or numbered list names alone among its items with an address (`- Jane
 * Doe` over `- john@acme.com`), with where each is written: each item of such a list without an
 * address whose first line is a person's full name (`listedName`), each name once. `addressed`:
 * where the addresses found in the text stand, in order. A list in which no item is a person's
 * address (`listsAddress`) names no one: offices (`- New York`) or tasks over an address.
 */
export function bulletedNameLines(text: string, addressed: readonly number[]): { person: Recipient; at: number }[] {
  const found: { person: Recipient; at: number }[] = [];
  // The current list's items without an address: where each says what it says.
  let alone: number[] = [];
  let people = false;
  // The first address not before the line looked at (both go forwards).
  let next = 0;
  const names = new RangeRecall<SplitName | null>();
  const seen = new Set<SplitName>();
  const close = () => {
    for (let i = 0; people && i < alone.length; i += 2) {
      const from = alone[i] ?? 0;
      const to = alone[i + 1] ?? 0;
      let name = names.get(text, from, to);
      if (name === undefined)
        name = names.keep(text, from, to, plainItem(text, from, to) ? listedName(text, from, to) : null);
      if (!name) continue;
      // Each name once while the cache gives an item written again its first object; once it stops,
      // every name is an object of its own, and the merge keeps each name once.
      if (names.active) {
        if (seen.has(name)) continue;
        seen.add(name);
      }
      found.push({ person: recipient(null, name.firstName, name.lastName, 'given'), at: from });
    }
    alone = [];
    people = false;
  };
  // What marks the current list's items: their indent and their bullet, or a number.
  let listMark = -1;
  for (let line = nextItemLine(text, 0); line >= 0;) {
    const newline = text.indexOf('\n', line);
    const from = itemStart(text, line);
    // Another bullet, or another indent, is another list (or a list inside an item).
    const mark = itemMark(text, line);
    if (mark !== listMark) close();
    listMark = mark;
    const to = spaceEnd(text, from, newline < 0 ? text.length : newline);
    // Its lines: the first, and those under it that are neither blank nor another item's.
    let end = newline < 0 ? text.length : newline;
    let following = -1;
    for (let n = 0; end < text.length && n < MAX_ITEM_LINES; n++) {
      const start = end + 1;
      if (itemStart(text, start) >= 0) {
        following = start;
        break;
      }
      const lineEnd = text.indexOf('\n', start);
      const stop = lineEnd < 0 ? text.length : lineEnd;
      if (skipSpace(text, start, stop) === stop) break;
      end = stop;
    }
    let held = NONE;
    while (next < addressed.length && (addressed[next] ?? 0) < line) next++;
    for (; next < addressed.length && (addressed[next] ?? 0) <= end; next++)
      held = listsAddress(text, from, to, addressed[next] ?? 0) ? PERSON : held === PERSON ? PERSON : PROSE;
    if (held === NONE) alone.push(from, to);
    else if (held === PERSON) people = true;
    if (following < 0) {
      // Blank lines may part two items of a list; anything else ends it.
      const after = end < text.length ? skipSpace(text, end + 1, text.length) : text.length;
      const lineStart = text.lastIndexOf('\n', after - 1) + 1;
      if (lineStart > end && after - end <= 2 * MAX_ITEM_LINES && itemStart(text, lineStart) >= 0)
        following = lineStart;
      else {
        close();
        following = after < text.length ? nextItemLine(text, text.lastIndexOf('\n', after) + 1) : -1;
      }
    }
    line = following;
  }
  close();
  return found;
}

/**
 * Whether text[from, to) is a list's item as a person's name is one: starting as a name may
 * (`mayStartName`: a capital, a letter outside ASCII, a quote), and without the marks that part the
 * fields of a line (`:`, `;`, `|`), which a name alone never holds.
 */
function plainItem(text: string, from: number, to: number): boolean {
  if (!mayStartName(text.charCodeAt(from))) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 58 || code === 59 || code === 124) return false;
  }
  return true;
}

/**
 * Whether the address at `at`, in an item of a list whose first line says text[from, to), is
 * written as a list of people writes one: first on its line (`- jane@acme.com`, or under the
 * item's name), or in brackets at the end of the first line (`- Ann Lee <ann@acme.com>`), or after
 * a person's full name at its end, in round brackets or after a dash (`• Ann Lee (ann@…)`, `1. Ann
 * Lee – ann@…`). Not in words (`- Contact: jane@…`, `3. Send the invitations to jane@…`), nor after
 * an office's name (`- New York office (ny@…)`).
 */
function listsAddress(text: string, from: number, to: number, at: number): boolean {
  if (at < to) {
    if (at === from || (text.charCodeAt(at) === 60 && text.charCodeAt(to - 1) === 62)) return true;
    return afterFullName(text, from, to, at);
  }
  let start = at;
  while (start > to && (text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 9)) start--;
  return text.charCodeAt(start - 1) === 10;
}

/**
 * Whether the address at `at` ends the line text[from, to) after a person's full name, in round
 * brackets or after a dash (`Ann Lee (ann@…)`, `Ann Lee – ann@…`).
 */
function afterFullName(text: string, from: number, to: number, at: number): boolean {
  let mark = at - 1;
  const bracketed = text.charCodeAt(mark) === 40;
  if (bracketed ? text.charCodeAt(to - 1) !== 41 : holds(text, at, to, 32)) return false;
  while (mark > from && text.charCodeAt(mark - 1) === 32) mark--;
  if (!bracketed) {
    if (mark <= from || !isDashAt(text, mark - 1)) return false;
    mark--;
  }
  const end = spaceEnd(text, from, mark);
  return end > from && listedName(text, from, end) !== null;
}

/**
 * What marks the item on the line starting at `line`: its indent and its bullet, or a number
 * (whatever number: the items of a list count up).
 */
function itemMark(text: string, line: number): number {
  const start = indentEnd(text, line);
  const code = text.charCodeAt(start);
  return (start - line) * 0x10000 + (code >= 48 && code <= 57 ? 48 : code);
}

/** Where what a list's item says starts, when a line starting at `line` starts one; else -1. */
function itemStart(text: string, line: number): number {
  const start = indentEnd(text, line);
  const from = afterBullet(text, afterListNumber(text, start));
  return from > start ? from : -1;
}

/** Where the line starting at `line` starts after its indent (spaces and tabs, as `BULLETED_LINE` allows). */
function indentEnd(text: string, line: number): number {
  let start = line;
  while (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9) start++;
  return start;
}
