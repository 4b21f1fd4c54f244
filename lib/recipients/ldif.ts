import { AddressBook } from './address-book';
import { FoundList, wholeAddressId } from './addresses';
import { decodeBase64Utf8 } from './encoded-words';
import { splitName } from './names';
import { Recall } from './recall';
import type { Recipient } from './types';

/**
 * LDIF (RFC 2849), as directories export their people (`ldapsearch`, Active Directory's `ldifde`)
 * and Thunderbird its address books: a record per entry, from its `dn:` line to a blank line, of
 * `attribute: value` lines (`attribute:: base64` for a value outside ASCII, a line folded onto the
 * next after one space).
 */

/** A record's first line, after a line break: the text start is looked at alone (see `readLdif`). */
const DN_AFTER_BREAK = /\ndn::?[ \t]/;
const DN_AT_START = /^dn::?[ \t]/;
/**
 * How far into a text its first record is looked for: an export, or a terminal's copy of a search
 * (the command, then comments), starts with one. (A search of every line of a megabyte of other
 * text took 0.4 to 1.6 ms, more than reading some of the parser's budget inputs does.)
 */
const FIRST_RECORD_WITHIN = 4096;

/** What an attribute a person is read from holds. */
const MAIL = 1;
const GIVEN = 2;
const SURNAME = 3;
const FULL = 4;
const DISPLAY = 5;

/** The attributes a person is read from, in lower case: no other's value is decoded. */
const READ = new Map(
  Object.entries({
    mail: MAIL,
    email: MAIL,
    emailaddress: MAIL,
    rfc822mailbox: MAIL,
    givenname: GIVEN,
    gn: GIVEN,
    sn: SURNAME,
    surname: SURNAME,
    cn: FULL,
    commonname: FULL,
    displayname: DISPLAY,
  }),
);

/** The longest name in `READ`: a longer one is not copied to be looked up. */
const LONGEST = Math.max(...Array.from(READ.keys(), (name) => name.length));

/**
 * One attribute line of those a person is read from (`READ`), options such as `;lang-en` dropped:
 * what it holds, and its value decoded; null for any other line.
 */
function attribute(line: string): { kind: number; value: string } | null {
  const colon = line.indexOf(':');
  if (colon <= 0) return null;
  const semicolon = line.indexOf(';');
  const nameEnd = semicolon > 0 && semicolon < colon ? semicolon : colon;
  const kind = nameEnd > LONGEST ? undefined : READ.get(line.slice(0, nameEnd).toLowerCase());
  if (kind === undefined) return null;
  const base64 = line.charCodeAt(colon + 1) === 58;
  // `attribute:< url`: a value kept elsewhere, read as none.
  if (line.charCodeAt(colon + 1) === 60) return null;
  const raw = line.slice(colon + (base64 ? 2 : 1)).trim();
  return { kind, value: base64 ? (decodeBase64Utf8(raw) ?? '') : raw };
}

/** A record's attribute lines read before (a file's repeated `cn: Team`, `mail:: …`), while that pays. */
type Attributes = Recall<{ kind: number; value: string } | null>;

/**
 * The person of one record: its first address, and its name from `givenName` and `sn`, else from
 * `displayName` or `cn`. A record with neither an address nor a given name or a surname is no
 * person's (a group, a unit of the directory: their `cn` names no one).
 */
function recordPerson(lines: string[], book: AddressBook, scratch: FoundList, known: Attributes): Recipient | null {
  let email: string | null = null;
  let given = '';
  let surname = '';
  let full = '';
  for (const line of lines) {
    const cached = known.get(line);
    const read = cached === undefined ? known.keep(line, attribute(line)) : cached;
    if (!read || read.value === '') continue;
    if (read.kind === MAIL) email ??= book.emails[wholeAddressId(read.value, book, scratch)] ?? null;
    else if (read.kind === GIVEN) given ||= read.value;
    else if (read.kind === SURNAME) surname ||= read.value;
    else if (read.kind === DISPLAY || full === '') full = read.value;
  }
  if (!email && !given && !surname) return null;
  const name = given || surname ? { firstName: given, lastName: surname } : splitName(full);
  return {
    email,
    firstName: name.firstName,
    lastName: name.lastName,
    nameSource: name.firstName || name.lastName ? 'given' : 'none',
  };
}

/**
 * The people of the LDIF records in a text that starts with one (`FIRST_RECORD_WITHIN`), one a
 * record, and the text outside them (a `version:` line, comments, anything around a selection of
 * records); null when it holds none. An address is read as a table's cell is (`wholeAddressId`):
 * the value is the address alone.
 */
export function readLdif(text: string): { people: Recipient[]; rest: string } | null {
  const head = text.length > FIRST_RECORD_WITHIN ? text.slice(0, FIRST_RECORD_WITHIN) : text;
  if (!DN_AT_START.test(head) && !DN_AFTER_BREAK.test(head)) return null;
  const people: Recipient[] = [];
  const rest: string[] = [];
  const book = new AddressBook();
  const scratch = new FoundList();
  const known: Attributes = new Recall();
  // The record being read (its lines, folds joined), or null outside one.
  let record: string[] | null = null;
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    start = end + 1;
    if (record === null) {
      if (DN_AT_START.test(line)) record = [line];
      else rest.push(line);
    } else if (DN_AT_START.test(line)) {
      // The next record, where the blank line between them was lost (a selection's, say).
      const person = recordPerson(record, book, scratch, known);
      if (person) people.push(person);
      record = [line];
    } else if (line.startsWith(' ')) {
      // A folded line: it goes on after its first space.
      const last = record.length - 1;
      record[last] = (record[last] ?? '') + line.slice(1);
    } else if (line.trim() === '') {
      const person = recordPerson(record, book, scratch, known);
      if (person) people.push(person);
      record = null;
    } else if (!line.startsWith('#')) record.push(line);
  }
  // A record left open at the end of the text is read as far as it goes.
  if (record !== null) {
    const person = recordPerson(record, book, scratch, known);
    if (person) people.push(person);
  }
  return { people, rest: rest.join('\n') };
}
