import { AddressBook } from './address-book';
import { isSpaceCode, wordAt } from './address-rules';
import { firstAddressId, FoundList, wholeAddressId } from './addresses';
import { safeDecode } from './mailto';
import { cleanName, guessedPerson, looksLikeName, type SplitName, splitName, stripComments } from './names';
import { Recall } from './recall';
import type { Recipient } from './types';

/**
 * The people of a calendar invitation as text (RFC 5545): an .ics file opened as text, or the
 * source of an invitation email. Each `ATTENDEE` and `ORGANIZER` line is a person, named by its
 * `CN` parameter:
 *
 *     ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Jane Doe;X-NUM-GUESTS=0:mailto:jane@acme.com
 *
 * Property names are matched in capitals, as calendars write them, and the value must be a
 * `mailto:` address (or the address be in an `EMAIL` parameter, RFC 7986): a line of prose that
 * starts with "Organizer:" is prose.
 */
const PROPERTIES = ['ATTENDEE', 'ORGANIZER'];
const PROPERTY_LINE = /^[ \t]*(?:ATTENDEE|ORGANIZER)[:;]/m;
/**
 * The same looked for anywhere, first: a pattern anchored at every line's start costs twice as
 * much, and `includes` more still (2.5 ms against 0.4 for 5 MB of a page, measured).
 */
const ANY_PROPERTY = /(?:ATTENDEE|ORGANIZER)[:;]/;

/**
 * Where the name of the property a line starts with ends, the line starting at text[from] (after
 * any white space), or -1 when it starts with none of them. Read in place: no line is copied to
 * be turned down.
 */
function propertyNameEnd(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  for (const name of PROPERTIES) {
    const end = i + name.length;
    const next = text.charCodeAt(end);
    if (text.startsWith(name, i) && (next === 58 || next === 59)) return end;
  }
  return -1;
}

/** What one attendee or organizer line says: its value, and the parameters that name and place the person. */
interface CalendarAddress {
  value: string;
  /** The parameters as written (only when they hold an `@`), and their `@`s: each an address there may be (`SENT-BY="mailto:…"`). */
  params: string;
  paramAts: number;
  /** The common name (`CN`), the address in `EMAIL`, and the kind (`CUTYPE`: a person, a room...). */
  cn: string;
  email: string;
  cutype: string;
}

/** The parameters read, by what they are: none of these, a name, an address, a kind. */
const OTHER = 0;
const CN = 1;
const EMAIL = 2;
const CUTYPE = 3;

/** Which of the parameters read line[from, to) names (white space around it aside), in any case. */
function parameterKind(line: string, from: number, to: number): number {
  while (from < to && isSpaceCode(line.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(line.charCodeAt(to - 1))) to--;
  const size = to - from;
  if (size === 2 && wordAt(line, from, 'cn')) return CN;
  if (size === 5 && wordAt(line, from, 'email')) return EMAIL;
  return size === 6 && wordAt(line, from, 'cutype') ? CUTYPE : OTHER;
}

/**
 * A whole (unfolded) attendee or organizer line read into `read`: its parameters, each value
 * quoted (where `;`, `:` and `,` are text) or not, and several to a parameter parted by commas (of
 * which the first is kept); then its value after the `:`. False when the line is not written so.
 * Only what is kept is copied out of the line.
 */
function readLine(line: string, read: CalendarAddress): boolean {
  let i = propertyNameEnd(line, 0);
  if (i < 0) return false;
  read.cn = read.email = read.cutype = '';
  const paramsStart = i;
  while (line.charCodeAt(i) === 59) {
    const equals = line.indexOf('=', i + 1);
    if (equals < 0) return false;
    const kind = parameterKind(line, i + 1, equals);
    let first = true;
    i = equals + 1;
    for (;;) {
      let start = i;
      let end: number;
      if (line.charCodeAt(i) === 34) {
        start = i + 1;
        end = line.indexOf('"', start);
        if (end < 0) return false;
        i = end + 1;
      } else {
        end = i;
        for (let code = line.charCodeAt(end); end < line.length && code !== 59 && code !== 58 && code !== 44;) {
          code = line.charCodeAt(++end);
        }
        i = end;
      }
      if (first && kind !== OTHER) {
        const value = line.slice(start, end);
        if (kind === CN) read.cn = unescapeParameter(value);
        else if (kind === EMAIL) read.email = value;
        else read.cutype = value.toUpperCase();
      }
      first = false;
      if (line.charCodeAt(i) !== 44) break;
      i++;
    }
  }
  if (line.charCodeAt(i) !== 58) return false;
  read.paramAts = 0;
  for (let at = line.indexOf('@', paramsStart); at >= 0 && at < i; at = line.indexOf('@', at + 1)) read.paramAts++;
  read.params = read.paramAts > 0 ? line.slice(paramsStart, i) : '';
  read.value = line.slice(i + 1).trim();
  return true;
}

/** A parameter's value with RFC 6868's escapes read: `^'` a quote, `^n` a line break (a space here), `^^` a caret. */
function unescapeParameter(value: string): string {
  if (!value.includes('^')) return value;
  return value.replace(/\^(['^n])/gi, (_, mark: string) => (mark === "'" ? '"' : mark === '^' ? '^' : ' '));
}

/** What reading a calendar's lines keeps from one to the next: the addresses, and a line's parts. */
interface Reading {
  book: AddressBook;
  scratch: FoundList;
  read: CalendarAddress;
}

/** A `mailto:` URL's address, percent-decoded where it is encoded. */
function fromUrl(path: string): string {
  return path.includes('%') ? safeDecode(path) : path;
}

/** Whether a parameter's value is the address of `id` alone. */
function isAddress(value: string, id: number, { book, scratch }: Reading): boolean {
  return value.includes('@') && wholeAddressId(value, book, scratch) === id;
}

/**
 * What one line holds: its person, and the text to read in its place, as any text ('' for
 * none). Null when the line is not written as a calendar's: it is read as text.
 *
 * - Its value (or `EMAIL` parameter) is one address the parser takes, alone: the person,
 *   named by the `CN`. A `CN` that is an address (as calendars write one without a name) or does
 *   not read as a name leaves the name to be guessed from the address, as for any address alone.
 * - It holds none: the name alone, for the form to complete, and the value read as text (an
 *   address the parser does not take stays in the paste box, to correct).
 * - A room or another resource (`CUTYPE=ROOM`, `RESOURCE`) is kept, for the user to remove (else
 *   its address would be left in the paste box as unread), but its name is no person's.
 * - Other addresses in the parameters (`SENT-BY`, a `MEMBER` list) are read as text: none is lost.
 */
function readPerson(line: string, reading: Reading): { person: Recipient; text: string } | null {
  const { read, book, scratch } = reading;
  if (!readLine(line, read)) return null;
  const written = wordAt(read.value, 0, 'mailto:') ? fromUrl(read.value.slice(7)) : read.email;
  const id = wholeAddressId(written, book, scratch);
  const email = id < 0 ? null : (book.emails[id] ?? null);
  // The parameters' addresses that are this one: a CN or an EMAIL that says it again.
  const known =
    email === null ? 0 : (isAddress(read.cn, id, reading) ? 1 : 0) + (isAddress(read.email, id, reading) ? 1 : 0);
  const others = read.paramAts > known ? read.params : '';
  const room = read.cutype === 'ROOM' || read.cutype === 'RESOURCE';
  if (email !== null && room) {
    return { person: { email, firstName: '', lastName: '', nameSource: 'none' }, text: others };
  }
  const name = cnName(read.cn);
  if (email === null) {
    // (A value with an address and more, or two, is read as text: whose is which is not written.)
    if (room || !name || firstAddressId(written, book, scratch) >= 0) return null;
    const person: Recipient = { email: null, firstName: name.firstName, lastName: name.lastName, nameSource: 'given' };
    return { person, text: `${others} ${written || read.value}` };
  }
  if (!name) return { person: guessedPerson(email), text: others };
  return { person: { email, firstName: name.firstName, lastName: name.lastName, nameSource: 'given' }, text: others };
}

/**
 * The name a `CN` gives, read as a display name is (label words such as "To" may be names here; a
 * team's is none), or null.
 */
function cnName(cn: string): SplitName | null {
  const clean = cleanName(stripComments(cn));
  if (!looksLikeName(clean, { labels: false })) return null;
  const name = splitName(clean);
  return name.firstName || name.lastName ? name : null;
}

/**
 * The people of the attendee and organizer lines of a text, one a line (folded lines joined: a
 * line that starts with a space or a tab goes on the one before), and the text to read around
 * them (`readPerson`), which is never to be read as a calendar again; null when the text holds
 * no such line. Addresses are found as in any text (`wholeAddressId`), without the rest of the
 * parser's reading for each line's value.
 */
export function readCalendar(text: string): { people: Recipient[]; rest: string } | null {
  if (!ANY_PROPERTY.test(text) || !PROPERTY_LINE.test(text)) return null;
  const reading: Reading = {
    book: new AddressBook(),
    scratch: new FoundList(),
    read: { value: '', params: '', paramAts: 0, cn: '', email: '', cutype: '' },
  };
  const seen = new Recall<{ person: Recipient; text: string } | null>();
  const people: Recipient[] = [];
  // The text outside the lines read, in pieces, and where the current piece started.
  const rest: string[] = [];
  let outside = 0;
  // The line being read: where it starts, where its last folded piece ends, and its text (the
  // pieces of a folded one, joined once).
  let lineStart = -1;
  let lineEnd = -1;
  let line = '';
  let folds: string[] | null = null;
  const finish = () => {
    if (lineStart < 0) return;
    const whole = folds ? folds.join('') : line;
    // A calendar of many events repeats its people's lines: each is read once.
    let read = seen.get(whole);
    if (read === undefined) read = seen.keep(whole, readPerson(whole, reading));
    if (read) {
      people.push(read.person);
      rest.push(text.slice(outside, lineStart), read.text);
      outside = lineEnd + 1;
    }
    lineStart = -1;
    folds = null;
  };
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const first = text.charCodeAt(start);
    if (lineStart >= 0 && (first === 32 || first === 9)) {
      (folds ??= [line]).push(text.slice(start + 1, contentEnd));
      lineEnd = end;
    } else {
      finish();
      if (propertyNameEnd(text, start) >= 0) {
        lineStart = start;
        lineEnd = end;
        line = text.slice(start, contentEnd);
      }
    }
    start = end + 1;
  }
  finish();
  if (people.length === 0) return null;
  rest.push(text.slice(outside));
  return { people, rest: rest.join('\n') };
}
