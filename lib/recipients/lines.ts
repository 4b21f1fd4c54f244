import { holds, skipSpace, spaceEnd } from './address-rules';
import { isAvatarLine, MAX_INITIALS } from './avatars';
import { afterBullet, afterLabelIn, listedNames } from './extract';
import {
  afterListNumber,
  isRosterWord,
  isSiteWord,
  letterPairs,
  MAX_ROSTER_WORD,
  mayBeName,
  plainName,
  type SplitName,
  startsLikeOneOf,
} from './names';
import { recipient } from './person';
import { RangeRecall } from './recall';
import type { Recipient } from './types';

/**
 * The people a list written a person a line names alone among its lines with an address
 * (`jane@acme.com` over `Priya Patel` over `tom@acme.com`, as a list is typed or pasted), with
 * where each is written: each full name (`listedNames`) on a line of its own. Only when the text
 * is such a list: every line with an `@` writes it as a list of people does (`listsAddress`), and
 * every other line is blank, a label (`To:`), a list's item or a quoted line (each read as such:
 * `bulletedNameLines`, `quotedNameLines`), a message's field that names no one (`Subject: …`), a
 * meeting's word beside a name (`Organizer`), or
 * full names (after their field's label: `To: John Smith; Ann Lee` over `Cc: bob@…`, as Outlook
 * copies a message's header); else none, as in a signature (`Head of
 * Sales`), a message (`Thanks,`) or a list of offices over `Contact: jane@…`, whose lines are not
 * a list of people. Linear: the lines are looked at in one pass, which stops at the first line
 * that is neither an address's nor a name's, as most texts' first lines are.
 */
export function namesOnTheirLines(text: string): { person: Recipient; at: number }[] {
  let at = text.indexOf('@');
  // (Names without any address are read as such: `extractNamesOnly`.)
  if (at < 0) return [];
  const found: { person: Recipient; at: number }[] = [];
  // A line read before (lists repeat) is looked up where it stands, while that pays.
  const read = new RangeRecall<readonly SplitName[]>();
  // (Each name once: a line read again gives the same.)
  const seen = new Set<SplitName>();
  let addressed = false;
  for (let lineStart = 0; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (at >= 0 && at < lineStart) at = text.indexOf('@', lineStart);
    // A line with an address is looked at closer only if a name is found (most lists have none).
    if (at >= 0 && at < lineEnd) {
      addressed = true;
      lineStart = lineEnd + 1;
      continue;
    }
    const start = skipSpace(text, lineStart, lineEnd);
    const end = spaceEnd(text, start, lineEnd);
    lineStart = lineEnd + 1;
    if (start === end) continue;
    // A list's item is read as such (`bulletedNameLines`), and so is a quoted line.
    if (afterBullet(text, afterListNumber(text, start)) > start) continue;
    if (text.charCodeAt(start) === 34 || text.charCodeAt(end - 1) === 58) continue;
    if (isPeoplelessField(text, start, end)) continue;
    // A meeting's word beside a name (`Organizer`, `Optional`, as Google Calendar lists guests).
    if (end - start <= MAX_ROSTER_WORD && isRosterWord(text.slice(start, end))) continue;
    // (A tab parts a table's cells, which are no one's full name.)
    if (holds(text, start, end, 9)) return [];
    // An avatar's initials over the name (`JD` over `Jane Doe`, as Teams and Outlook show people).
    if (end - start <= MAX_INITIALS && isAvatarLine(text, start, end)) continue;
    let names = read.get(text, start, end);
    if (names === undefined) names = read.keep(text, start, end, namesOfLine(text, start, end));
    if (names.length === 0) {
      // A heading over the list (`Guests`, `Participants (3)`, Google Calendar's `1 yes, 2
      // awaiting`) names no one, but does not make the lines under it no list of people.
      if (isPeopleHeading(text, start, end)) continue;
      return [];
    }
    for (const name of names) {
      if (seen.has(name)) continue;
      seen.add(name);
      found.push({ person: recipient(null, name.firstName, name.lastName, 'given'), at: start });
    }
  }
  return addressed && found.length > 0 && everyAddressListed(text) ? found : [];
}

/**
 * The fields of a message's header that name no one, in lower case, as Outlook and Gmail copy a
 * header in a few languages: `Sent: Tuesday, March 3` and `Subject: Kickoff` between its `To:` and
 * `Cc:` lines are passed over, not read as names.
 */
const PEOPLELESS_FIELDS = new Set([
  'sent',
  'date',
  'subject',
  'importance',
  'priority',
  'gesendet',
  'datum',
  'betreff',
  'envoyé',
  'objet',
  'enviado',
  'enviado el',
  'fecha',
  'asunto',
  'inviato',
  'data',
  'oggetto',
  'enviada em',
  'enviado em',
  'assunto',
  'verzonden',
  'onderwerp',
  'skickat',
  'ämne',
  'sendt',
  'emne',
  'wysłano',
  'temat',
  // A meeting's, as Outlook prints one or forwards its invitation, and as calendars copy one.
  'location',
  'start',
  'end',
  'when',
  'where',
  'recurrence',
  'meeting status',
  'show time as',
]);
const PEOPLELESS_STARTS = letterPairs(PEOPLELESS_FIELDS);
const MAX_PEOPLELESS_FIELD = Math.max(...Array.from(PEOPLELESS_FIELDS, (field) => field.length));

/** Whether the line text[from, to) is a message's field that names no one (`PEOPLELESS_FIELDS`), with its colon. */
function isPeoplelessField(text: string, from: number, to: number): boolean {
  // (Swedish `Ämne:` starts with a letter beyond ASCII.)
  if (!startsLikeOneOf(PEOPLELESS_STARTS, text, from) && (text.charCodeAt(from) | 32) !== 0xe4) return false;
  let colon = from;
  while (colon < to && colon - from <= MAX_PEOPLELESS_FIELD && text.charCodeAt(colon) !== 58) colon++;
  // (French writes a space before the colon: `Objet : Réunion`.)
  return (
    colon < to &&
    text.charCodeAt(colon) === 58 &&
    PEOPLELESS_FIELDS.has(text.slice(from, spaceEnd(text, from, colon)).toLowerCase())
  );
}

/** The headings of a list of people, in lower case (`isPeopleHeading`). */
const PEOPLE_HEADINGS = new Set([
  'guests',
  'guest list',
  'attendees',
  'participants',
  'invitees',
  'members',
  'team members',
  'recipients',
  'people',
  'contacts',
  'speakers',
  'panelists',
  'organizers',
  'organisers',
  'teilnehmer',
  'gäste',
  'mitglieder',
  'participantes',
  'invités',
  'partecipanti',
]);
/** The longest line that may be a heading (`isPeopleHeading`): a longer one is not copied. */
const MAX_HEADING = 40;
/** A count before or after a heading: `3 guests`, `Participants (3)`. */
const HEADING_COUNT = /^\d{1,5} | \(\d{1,5}\)$/g;
/** One part of a meeting's tally of answers, as Google Calendar writes it over its guests (`1 yes, 2 awaiting`). */
const TALLY_PART = /^\d{1,5} (?:yes|no|maybe|awaiting|declined|accepted|tentative|going|invited)$/;

/**
 * Whether the line text[from, to) heads a list of people (`PEOPLE_HEADINGS`, with a count before
 * or after it), or is a meeting's tally of answers: over the names, it names no one.
 */
function isPeopleHeading(text: string, from: number, to: number): boolean {
  if (to - from > MAX_HEADING) return false;
  const line = text.slice(from, to).toLowerCase();
  return (
    PEOPLE_HEADINGS.has(line.replace(HEADING_COUNT, '')) || line.split(', ').every((part) => TALLY_PART.test(part))
  );
}

/**
 * Whether each line of the text with an `@` writes it as a list of people does (`listsAddress`),
 * after its field's label if it has one (`Cc: bob@acme.com`).
 */
function everyAddressListed(text: string): boolean {
  for (let at = text.indexOf('@'); at >= 0;) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    const start = afterLabelIn(text, skipSpace(text, lineStart, lineEnd), lineEnd);
    if (!listsAddress(text, afterBullet(text, afterListNumber(text, start)), spaceEnd(text, start, lineEnd), at))
      return false;
    at = text.indexOf('@', lineEnd);
  }
  return true;
}

/**
 * The full names a line says alone, after its field's label if it has one (`To: `): the usual name
 * in one look (`plainName`), any other by `listedNames`, and those of each part of a list parted
 * by semicolons (`John Smith; Ann Lee`, as Outlook writes resolved recipients); none when a part
 * names no one.
 */
function namesOfLine(text: string, from: number, to: number): readonly SplitName[] {
  const start = afterLabelIn(text, from, to);
  if (!holds(text, start, to, 59)) return namesOfPart(text, start, to);
  const names: SplitName[] = [];
  for (let partStart = start; partStart < to;) {
    // (Looked for within the line: a search of the text could run far past it.)
    let partEnd = partStart;
    while (partEnd < to && text.charCodeAt(partEnd) !== 59) partEnd++;
    const nameStart = skipSpace(text, partStart, partEnd);
    const nameEnd = spaceEnd(text, nameStart, partEnd);
    partStart = partEnd + 1;
    if (nameStart === nameEnd) continue;
    const part = namesOfPart(text, nameStart, nameEnd);
    if (part.length === 0) return [];
    names.push(...part);
  }
  return names;
}

/** The full names of text[from, to), without a semicolon: the usual name in one look, any other by `listedNames`. */
function namesOfPart(text: string, from: number, to: number): readonly SplitName[] {
  const plain = plainName(text, from, to);
  if (!plain) return listedNames(text, from, to);
  return isSiteWord(plain) ? [] : [plain];
}

/**
 * Whether the line text[from, to) (past its bullet; its first `@` at `at`) writes an address as a
 * list of people does: first (`jane@acme.com`, `<jane@…>`, `jane@… (Jane Doe)`), or last, in
 * brackets (`Jane Doe <jane@…>;`, `Jane Doe (jane@…)`, `Jane Doe [mailto:jane@…]`), or before the
 * bare addresses and names that end the line, each after a comma or a semicolon (`Doe, Jane
 * <jane@…>; bob@…; Kim, Min-jun`, as Outlook writes the recipients it has no address for); not in
 * words (`Contact: jane@…`). The bulleted lists' `listsAddress` (bullets.ts) asks the same of an
 * item from where its address starts, and also takes an address on a line under the item's name, a
 * line of its own here.
 */
function listsAddress(text: string, from: number, to: number, at: number): boolean {
  if (!holds(text, from, at, 32)) return true;
  // Where the item after the last semicolon looked for starts (-1: none looked for yet).
  let item = -1;
  for (let end = to; ;) {
    while (end > from && isListGap(text.charCodeAt(end - 1))) end--;
    const last = text.charCodeAt(end - 1);
    // (In square brackets too, as Outlook's reply header writes `From: Jane Doe [mailto:jane@…]`.)
    if (last === 62 || last === 41 || last === 93) return true;
    // The last item after a semicolon, when it is a name (`…>; Kim, Min-jun`), is passed over for
    // the one before it; so is the last part when it is a bare address. (Each item is looked for
    // once: its parts are passed over within it.)
    if (item < 0 || item > end) {
      item = end;
      while (item > from && text.charCodeAt(item - 1) !== 59) item--;
      if (!holds(text, item, end, 64) && mayBeName(text, item, end)) {
        // (The first item, a name too: the line is a list of names and addresses.)
        if (item === from) return true;
        end = item - 1;
        continue;
      }
    }
    let start = end;
    while (start > from && !isListGap(text.charCodeAt(start - 1))) start--;
    if (start === from || !holds(text, start, end, 64)) return false;
    const separator = text.charCodeAt(start - 1);
    if (separator === 32) {
      while (start > from && text.charCodeAt(start - 1) === 32) start--;
      const before = text.charCodeAt(start - 1);
      if (before !== 44 && before !== 59) return false;
    }
    end = start - 1;
  }
}

/** Whether `code` is a space, a comma or a semicolon: what parts a list's items. */
function isListGap(code: number): boolean {
  return code === 32 || code === 44 || code === 59;
}
