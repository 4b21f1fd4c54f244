import { mailtoAddressLists } from './mailto';
import type { Recipient } from './types';

export type { Recipient } from './types';

const BARE = /^[^\s@<>"]+@[^\s@<>".]+(?:\.[^\s@<>".]+)+$/;
const QUOTES = new Set(['"', "'", ' ', '\t', '\n']);

function trimQuotes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && QUOTES.has(text.charAt(start))) start++;
  while (end > start && QUOTES.has(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Splits `Jane Doe` or `Doe, Jane` into first and last name. */
export function splitName(full: string): { firstName: string; lastName: string } {
  const clean = trimQuotes(full).split(/\s+/).join(' ');
  const comma = clean.indexOf(',');
  if (comma > 0) return { firstName: clean.slice(comma + 1).trim(), lastName: clean.slice(0, comma).trim() };
  const space = clean.indexOf(' ');
  if (space < 0) return { firstName: clean, lastName: '' };
  return { firstName: clean.slice(0, space), lastName: clean.slice(space + 1) };
}

function parseOne(text: string): Recipient | null {
  const item = text.trim();
  if (!item) return null;
  const open = item.lastIndexOf('<');
  if (open >= 0 && item.endsWith('>')) {
    const address = item.slice(open + 1, -1).trim();
    if (BARE.test(address)) return { email: address, ...splitName(item.slice(0, open)), nameGuessed: false };
  }
  if (BARE.test(item)) return { email: item, firstName: '', lastName: '', nameGuessed: false };
  return { email: null, ...splitName(item), nameGuessed: false };
}

/** People in a piece of text: an address, `Name <address>`, a mailto URL, or a name alone. */
export function parseRecipients(text: string): Recipient[] {
  const lists = mailtoAddressLists(text);
  if (lists) return lists.flatMap((list) => list.split(',').map(parseOne)).filter((r): r is Recipient => r !== null);
  const one = parseOne(text);
  return one ? [one] : [];
}
