import { bulletedNameLines, mayHoldBulletedList } from './bullets';
import { decodeCharacterReferences } from './character-references';
import { decodeEncodedWords } from './encoded-words';
import { extractNamesOnly, extractPeople, quotedNameLines } from './extract';
import { readCalendar } from './icalendar';
import { readLdif } from './ldif';
import { namesOnTheirLines } from './lines';
import { decodeMailtoUrls, mailtoAddressLists } from './mailto';
import { AddressedNames, MergedPeople, mergePeople, nameKey } from './merge';
import { finishedName } from './names';
import { readableText } from './readable';
import { parseTable } from './table';
import type { Recipient } from './types';
import { readVcards } from './vcard';

export type { NameSource, Recipient } from './types';
export { formatRecipients } from './format';
export { splitName } from './names';

/**
 * Every person in a piece of text, one entry each, in order: addresses in prose, display names,
 * Outlook and RFC 5322 lists, groups and comments, mailto URLs, obfuscated addresses, spreadsheet
 * rows, vCards, calendar invitations, names encoded as a message's source writes them, and names
 * alone. Pure; linear in the length of the text; never throws.
 */
export function parseRecipients(text: string): Recipient[] {
  // A message's source writes a name outside ASCII as encoded words (`=?UTF-8?Q?Jos=C3=A9?=`), and
  // its HTML part (or a page's source) the brackets around an address as `&lt;` and `&gt;`:
  // decoded once, here, and not again in the parts read below (what decodes to one is text).
  // What shows nothing is taken out (a zero-width space inside an address, a direction mark
  // after a name), as decoded, and so are a quoted reply's marks (`> Jane Doe`). Then each name is
  // finished (`finishedName`), once all are read: a fuller name written elsewhere in the text has
  // had its chance.
  const people = parse(readableText(decodeEncodedWords(decodeCharacterReferences(text))), true);
  // (In place: the list is this call's own, and most people are not changed.)
  for (let i = 0; i < people.length; i++) {
    const person = people[i] as Recipient;
    const finished = finishedName(person);
    if (finished !== person) people[i] = finished;
  }
  return people;
}

/**
 * `parseRecipients` of a text whose encoded words are decoded, reading a calendar's lines or not
 * (`calendars`): not the text read around them.
 */
function parse(text: string, calendars: boolean): Recipient[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const lists = mailtoAddressLists(trimmed);
  if (lists) return mergePeople(lists.flatMap((list) => extractPeople(list)));
  // A calendar invitation's attendees (an .ics, or an invitation's source): a person a line, and
  // the text around them as any. Read before mailto URLs are decoded: their `mailto:` marks them.
  const calendar = calendars ? readCalendar(text) : null;
  if (calendar) return mergePeople([...calendar.people, ...parse(calendar.rest, false)]);
  const clean = decodeMailtoUrls(text);
  // Contacts as vCards (a .vcf opened as text): a person a card, and the text around them as any.
  const cards = readVcards(clean, readAddress);
  if (cards) return mergePeople([...cards.people, ...parse(cards.rest, calendars)]);
  // Entries of a directory or an address book as LDIF: a person a record, and the text around them as any.
  const directory = readLdif(clean);
  if (directory) return mergePeople([...directory.people, ...parse(directory.rest, calendars)]);
  const table = parseTable(clean);
  if (table) return table;
  // People written without an address, as `formatRecipients` writes them (`"Doe, Jane"`), as a
  // list's items among items with an address (`- Jane Doe` over `- john@acme.com`), or on lines of
  // their own in a list written a person a line, are put among the others by where each is
  // written (noted only when there may be some).
  const quoted = startsLineWithQuote(clean);
  const written: number[] | undefined = mayHoldBulletedList(clean) ? [] : undefined;
  const lines = namesOnTheirLines(clean);
  const places: number[] | undefined = quoted || written || lines.length > 0 ? [] : undefined;
  const withAddress = extractPeople(clean, places, written);
  if (withAddress.length === 0) return extractNamesOnly(clean);
  if (!places) return withAddress;
  const namesOnly = [
    ...(quoted ? quotedNameLines(clean) : []),
    ...(written ? notAddressed(bulletedNameLines(clean, written), withAddress) : []),
    ...notAddressed(lines, withAddress),
  ];
  if (namesOnly.length === 0) return withAddress;
  return amongAddressed(withAddress, places, namesOnly);
}

/** A person without an address, where they are written, and their `nameKey` when it is known. */
interface Written {
  person: Recipient;
  at: number;
  key?: string;
}

/**
 * People without an address put among `people` (one each per address, where each is written at
 * `places`, in order) by where each is written, one each per name.
 */
function amongAddressed(people: Recipient[], places: number[], namesOnly: Written[]) {
  const merged = new MergedPeople();
  namesOnly.sort((a, b) => a.at - b.at);
  let next = 0;
  // The names written before `at`, not added yet.
  const addBefore = (at: number) => {
    for (; next < namesOnly.length && (namesOnly[next]?.at ?? 0) < at; next++) {
      const written = namesOnly[next] as Written;
      merged.add(written.person, null, written.key);
    }
  };
  for (let i = 0; i < people.length; i++) {
    addBefore(places[i] ?? 0);
    // (Each address is theirs alone: known by where they are in the list.)
    const person = people[i] as Recipient;
    merged.add(person, person.email === null ? null : i);
  }
  addBefore(Infinity);
  return merged.people;
}

/**
 * The people of `items`, read without an address (a list's items, lines of their own) with where
 * each is written, but for those whose name an addressed person of `people` has (that is them), or
 * that one's domain spells (a company's: `AddressedNames`).
 */
function notAddressed(items: { person: Recipient; at: number }[], people: Recipient[]): Written[] {
  if (items.length === 0) return items;
  const named = new AddressedNames(people);
  const kept: Written[] = [];
  for (const { person, at } of items) {
    const key = nameKey(person);
    if (!named.has(person, key)) kept.push({ person, at, key });
  }
  return kept;
}

/** The address a text holds, as the parser reads addresses, or null: for the values of a vCard. */
function readAddress(text: string): string | null {
  return parse(text, false).find((person) => person.email)?.email ?? null;
}

/** Whether a line of the text starts with `"` (a quote found natively, the line break checked). */
function startsLineWithQuote(text: string): boolean {
  for (let quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', quote + 1)) {
    if (quote === 0 || text.charCodeAt(quote - 1) === 10) return true;
  }
  return false;
}
