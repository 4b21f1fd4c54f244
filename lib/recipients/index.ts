import { findAddresses } from './addresses';
import { extractNamesOnly, extractPeople, quotedNameLines } from './extract';
import { decodeMailtoUrls, mailtoAddressLists } from './mailto';
import { mergePeople } from './merge';
import { parseTable } from './table';
import type { Recipient } from './types';

export type { NameSource, Recipient } from './types';
export { formatRecipients } from './format';
export { splitName } from './names';

/**
 * Every person in a piece of text, one entry each, in order: addresses in prose, display names,
 * Outlook and RFC 5322 lists, groups and comments, mailto URLs, obfuscated addresses, spreadsheet
 * rows, and names alone. Pure; linear in the length of the text; never throws.
 */
export function parseRecipients(text: string): Recipient[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const lists = mailtoAddressLists(trimmed);
  if (lists) return mergePeople(lists.flatMap((list) => extractPeople(list).map((entry) => entry.person)));
  const clean = decodeMailtoUrls(text);
  const table = parseTable(clean);
  if (table) return mergePeople(table);
  const addresses = findAddresses(clean);
  if (addresses.length === 0) return mergePeople(extractNamesOnly(clean));
  const withAddress = extractPeople(clean, addresses);
  const namesOnly = clean.startsWith('"') || clean.includes('\n"') ? quotedNameLines(clean) : [];
  if (namesOnly.length === 0) return withAddress.map((entry) => entry.person);
  const ordered = [...withAddress, ...namesOnly].sort((a, b) => a.at - b.at);
  return mergePeople(ordered.map((entry) => entry.person));
}
