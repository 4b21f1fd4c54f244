import { findAddresses, type FoundAddress } from './addresses';
import { cleanName, guessName, looksLikeName, splitName, stripComments, unquote } from './names';
import type { Recipient } from './types';

/** Characters that end one list item and start the next (a comma only between addresses). */
const HARD_BREAKS = '\n\r\t;|';
const MAX_NAME_REGION = 200;
const LOOK_BACK_LINES = 4;

function lastIndexOfAny(text: string, chars: string, from: number, floor: number): number {
  for (let i = from - 1; i >= floor; i--) if (chars.includes(text.charAt(i))) return i;
  return -1;
}

/**
 * The display name written before an `<address>`: from the end of the previous item, cut after a
 * group's `Team:`, unquoted, comments dropped. `Doe, Jane` stays whole for `splitName`;
 * other commas ("Hi all, Jane Doe <...>") end the text before the name.
 */
function angleName(text: string, from: number, to: number): string {
  const floor = Math.max(from, to - MAX_NAME_REGION);
  const brk = lastIndexOfAny(text, HARD_BREAKS, to, floor);
  let region = text
    .slice(brk === -1 ? floor : brk + 1, to)
    .trim()
    .replace(/^[,\s]+/, '');
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
  const close = text.indexOf(')', i);
  if (close === -1 || close - i > MAX_NAME_REGION) return null;
  const name = text.slice(i + 1, close);
  return looksLikeName(name) ? { name, end: close + 1 } : null;
}

/**
 * The text before a bare address on its own line or cell ("Jane Doe - jane@...", "Jane Doe:
 * jane@..."), when it reads as a name of at least two words (one word in prose is too often not).
 */
function bareName(text: string, from: number, to: number): string {
  const floor = Math.max(from, to - MAX_NAME_REGION);
  const brk = lastIndexOfAny(text, `${HARD_BREAKS},:(`, to, floor);
  let region = text.slice(brk === -1 ? floor : brk + 1, to);
  if (region.trim() === '' && brk > floor && text.charAt(brk) === ':') {
    const before = lastIndexOfAny(text, `${HARD_BREAKS},:(`, brk, floor);
    region = text.slice(before === -1 ? floor : before + 1, brk);
  }
  const name = cleanName(region);
  return name.includes(' ') && looksLikeName(name) ? name : '';
}

/** Whether a name shares a word with the address (Jane Doe, jane.doe@...). */
function matchesAddress(name: string, email: string): boolean {
  const local = (email.split('@')[0] ?? '').toLowerCase();
  return name
    .toLowerCase()
    .split(' ')
    .some((word) => word.length > 1 && local.includes(word));
}

/**
 * A name on one of the lines just above a bare address, as in a signature block: the line that
 * matches the address, else the topmost (a signature starts with the person, then the company).
 */
function nameAbove(text: string, from: number, start: number, email: string): string {
  let lineStart = text.lastIndexOf('\n', start - 1);
  let top = '';
  for (let n = 0; n < LOOK_BACK_LINES && lineStart >= from && lineStart > 0; n++) {
    const previous = text.lastIndexOf('\n', lineStart - 1);
    const line = text.slice(Math.max(previous + 1, from), lineStart).trim();
    if (line.includes(' ') && looksLikeName(line)) {
      if (matchesAddress(line, email)) return line;
      top = line;
    }
    lineStart = previous;
  }
  return top;
}

function person(email: string, name: string): Recipient {
  const split = splitName(name);
  if (split.firstName || split.lastName) return { email, ...split, nameSource: 'given' };
  const guessed = guessName(email);
  return guessed ? { email, ...guessed } : { email, firstName: '', lastName: '', nameSource: 'none' };
}

/** People in free text: every address, each with the name written beside it or guessed from it. */
export function extractPeople(text: string, addresses: FoundAddress[] = findAddresses(text)): Recipient[] {
  const people: Recipient[] = [];
  let previousEnd = 0;
  for (const address of addresses) {
    let name: string;
    let end = address.end;
    if (address.angle) {
      name = angleName(text, previousEnd, address.start);
    } else {
      const comment = commentName(text, address.end);
      if (comment) {
        name = comment.name;
        end = comment.end;
      } else {
        name = bareName(text, previousEnd, address.start) || nameAbove(text, previousEnd, address.start, address.email);
      }
    }
    people.push(person(address.email, name));
    previousEnd = end;
  }
  return people;
}

/** A line of names: `Doe, Jane` is one person; `Jane Doe, John Smith` is two. */
function namesOfLine(line: string): string[] {
  if (line.startsWith('"') && line.endsWith('"') && line.length > 1) return [line];
  const parts = line
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0 || !parts.every((part) => looksLikeName(part))) return [];
  if (parts.length === 2 && !parts[0]?.includes(' ')) return [line];
  return parts;
}

/** People named in text without any address: one per line or `;`-item, each reading as a name. */
export function extractNamesOnly(text: string): Recipient[] {
  const people: Recipient[] = [];
  for (const line of text.split(/[\n;|]/)) {
    for (const item of namesOfLine(line.trim())) {
      const split = splitName(item);
      if (split.firstName || split.lastName) people.push({ email: null, ...split, nameSource: 'given' });
    }
  }
  return people;
}

/** Lines that are only a quoted name (`"Doe, Jane"`), as `formatRecipients` writes people without an address. */
export function quotedNameLines(text: string): { person: Recipient; at: number }[] {
  const found: { person: Recipient; at: number }[] = [];
  let quote = text.indexOf('"');
  while (quote !== -1) {
    const lineEnd = text.indexOf('\n', quote);
    const end = lineEnd === -1 ? text.length : lineEnd;
    if (quote === 0 || text.charAt(quote - 1) === '\n') {
      const line = text.slice(quote, end).trimEnd();
      if (line.length > 1 && line.endsWith('"') && !line.includes('@')) {
        const split = splitName(line);
        if (split.firstName || split.lastName)
          found.push({ person: { email: null, ...split, nameSource: 'given' }, at: quote });
      }
    }
    quote = text.indexOf('"', Math.max(quote + 1, lineEnd === -1 ? quote + 1 : lineEnd));
  }
  return found;
}
