import { holds, skipSpace } from './address-rules';
import { Recall, sameRange } from './recall';
import { EMAIL_HEADER_LETTERS, headerColumn } from './rows';

/**
 * A person's record as a CRM, a directory or a staff page shows it, copied: one field a line,
 * `Email: jane@…` (or `Email` and the address with a tab between, as a table of two columns is
 * copied), or each label on a line of its own over its value. The fields around the address's
 * own name the person: "Name", or "First name" and "Last name", before it or after it. Another
 * person's name among the fields ("Contact owner", "Account manager") is not theirs, and a field
 * label met again starts the next record.
 */

/** Labels that name the person of the line or field they start ("Name: Jane Doe"). */
export const NAME_LABELS = new Set([
  'name',
  'full name',
  'contact',
  'contact name',
  'contact person',
  'attn',
  'attendee',
  'invitee',
  'guest',
  'organizer',
]);

/** What a field holds, as its label says. */
const OTHER = 0;
const EMAIL = 1;
const FIRST = 2;
const LAST = 3;
const FULL = 4;

/** A field's label is no longer than this. */
const MAX_LABEL = 32;
/** A field's line is no longer than this: a longer one is prose, and ends the record. */
const MAX_FIELD_LINE = 256;
/** At most this many fields are read on each side of the address's own. */
const MAX_FIELDS = 12;

/**
 * How a record's fields are written: `Label: value` (or a tab between) a line, the label over its
 * value, or all on one line, parted by commas, semicolons or pipes (`Name: Jane Doe, Email: jane@…`,
 * as a form's notice or a bot's message writes one).
 */
const INLINE = 0;
const STACKED = 1;
const ONE_LINE = 2;

/** The name a record gives its address, and where the record ends. */
export interface RecordName {
  /** The end of the record's last field: the next record starts after it. */
  end: number;
  /** The name of a "Name" field, as written (`Ms. Rebecca Hollis`); '' for none. */
  full: string;
  /** The first and last name of their own fields; '' for none. */
  first: string;
  last: string;
}

/** A field read: its line or lines, text[start, end), and where its label and its value stand. */
interface Field {
  start: number;
  end: number;
  labelFrom: number;
  labelTo: number;
  valueFrom: number;
  valueTo: number;
}

const BLANK = '';

/** What a label says, and the label as it is compared with the record's others (trimmed, in lower case). */
interface Label {
  kind: number;
  key: string;
}

/**
 * Reads the records of one text, in order: for each address, whether it is an address field's
 * value, and the record's name.
 */
export class Records {
  /** Labels read, by their text as written. */
  private readonly labels = new Recall<Label>();
  private last: RecordName | null = null;

  /** The end of the record read last (0 before any). */
  get end(): number {
    return this.last?.end ?? 0;
  }

  /**
   * The record that the address at text[start, end) is the value of an address field of ("Email",
   * "Work email"), or null when it is not written in one. `floor`: where the text of the address
   * read before it ends (no field of this record starts before it). `isName`: whether a value
   * reads as a name.
   */
  read(text: string, start: number, end: number, floor: number, isName: (value: string) => boolean): RecordName | null {
    const layout = this.addressField(text, start);
    if (layout < 0) return null;
    // A second address of the record read last ("Work email" after "Email") is the same person's.
    if (this.last && start < this.last.end) return this.last;
    const lineStart = this.fieldStart;
    // (The fields below are read from the end of the address's line, unless it runs on as prose.)
    const lineEnd = lineEndAt(text, end);
    const record: RecordName = { end: lineEnd < 0 ? end : lineEnd, full: BLANK, first: BLANK, last: BLANK };
    const floorAt = Math.max(floor, this.last?.end ?? 0);
    const seen: string[] = [this.ownLabel];
    if (layout === ONE_LINE) {
      // (One that names no one is read as any text: its fields are no signature's lines.)
      this.readOneLine(text, end, lineEnd, floorAt, seen, record, isName);
      if (isBlank(record)) return null;
      this.last = record;
      return record;
    }
    const stacked = layout === STACKED;
    // On the address's line first (`Email: jane@…, Name: Jane Doe`), then upwards: the nearer a
    // name field, the more it is this record's.
    if (!stacked) this.readRestOfLine(text, end, lineEnd, seen, record, isName);
    let at = lineStart;
    for (let n = 0; n < MAX_FIELDS; n++) {
      const field = stacked ? stackedAbove(text, at, floorAt) : inlineAbove(text, at, floorAt);
      if (!field || !this.take(text, field, stacked, seen, record, isName)) break;
      at = field.start;
    }
    at = lineEnd;
    for (let n = 0; n < MAX_FIELDS && at >= 0; n++) {
      const field = stacked ? stackedBelow(text, at) : inlineBelow(text, at);
      if (!field || !this.take(text, field, stacked, seen, record, isName)) break;
      at = field.end;
      record.end = at;
    }
    this.last = record;
    return record;
  }

  /**
   * The fields of a record written on one line (`ONE_LINE`): those before the address's own, back
   * to the line's start, and those after the address, to its end (`lineEnd`, -1 when the line runs
   * on as prose). Each is a `Label: value` between the line's separators.
   */
  private readOneLine(
    text: string,
    end: number,
    lineEnd: number,
    floor: number,
    seen: string[],
    record: RecordName,
    isName: (value: string) => boolean,
  ): void {
    let to = this.fieldStart;
    for (let n = 0; n < MAX_FIELDS; n++) {
      const separator = separatorBefore(text, to, floor);
      if (separator < 0) break;
      const from = partStartBefore(text, separator, floor);
      const valueFrom = skipSpace(text, from, separator);
      const field = inlineField(text, afterSentence(text, valueFrom, separator), separator);
      if (!field) {
        // A name without a label that starts the line is the record's (`Jane Doe, Email: jane@…`).
        const value = text.slice(valueFrom, separator).trimEnd();
        if (startsLine(text, from) && isBlank(record) && isName(value)) record.full = value;
        break;
      }
      if (!this.take(text, field, false, seen, record, isName)) break;
      to = from;
    }
    this.readRestOfLine(text, end, lineEnd, seen, record, isName);
  }

  /**
   * The fields after the address on its line, each after a separator (`jane@…, Name: Jane Doe`),
   * to the line's end (`lineEnd`; -1 when the line runs on as prose: none are read).
   */
  private readRestOfLine(
    text: string,
    end: number,
    lineEnd: number,
    seen: string[],
    record: RecordName,
    isName: (value: string) => boolean,
  ): void {
    if (lineEnd < 0) return;
    let from = end;
    for (let n = 0; n < MAX_FIELDS; n++) {
      from = skipSpace(text, from, lineEnd);
      if (from >= lineEnd || !isSeparator(text.charCodeAt(from))) break;
      const start = skipSpace(text, from + 1, lineEnd);
      let stop = start;
      while (stop < lineEnd && !isSeparator(text.charCodeAt(stop))) stop++;
      const field = inlineField(text, start, stop);
      if (!field || !this.take(text, field, false, seen, record, isName)) break;
      from = stop;
    }
  }

  /** The start of the address's field, and its label in lower case, as `addressField` found them. */
  private fieldStart = 0;
  private ownLabel = BLANK;

  /**
   * How the field the address at `start` is the value of is written (`INLINE`, `STACKED`), or -1
   * when it is in none, or in one whose label is not an address's.
   */
  private addressField(text: string, start: number): number {
    let i = start;
    while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
    const before = i > 0 ? text.charCodeAt(i - 1) : 10;
    if (before === 58 || before === 0xff1a || before === 9) {
      const lineStart = labelStartAt(text, i - 1);
      // After a tab, the address is a field's value only on a line of two cells: more are a table's row.
      if (before === 9 && (lineStart < 0 || tabAfter(text, start))) return -1;
      if (lineStart >= 0 && this.isAddressLabel(text, lineStart, i - 1)) return INLINE;
      // A label after the line's other fields (`Name: Jane Doe, Email: `): a record on one line.
      if (before === 9) return -1;
      const separator = separatorBefore(text, i - 1, Math.max(0, i - 2 - MAX_LABEL));
      if (separator < 0) return -1;
      const labelFrom = skipSpace(text, separator + 1, i - 1);
      return labelFrom < i - 1 && this.isAddressLabel(text, labelFrom, i - 1) ? ONE_LINE : -1;
    }
    if (before !== 10) return -1;
    // The label on the line above: "Email" over "jane@…".
    const labelEnd = i - 1;
    const labelStart = labelStartAt(text, labelEnd);
    if (labelStart < 0 || labelStart === labelEnd) return -1;
    return this.isAddressLabel(text, labelStart, labelEnd) ? STACKED : -1;
  }

  /** Whether text[from, to) is an address field's label ("Email", "E-mail address:"), noted as the field's own. */
  private isAddressLabel(text: string, from: number, to: number): boolean {
    // The label of the address before, met again (a record's "Email" after the last one's), is
    // known without being copied.
    let label = this.lastOwn;
    if (!label || !sameRange(this.lastOwnText, text, from, to)) {
      if (!mayNameAddress(text, from, to)) return false;
      label = this.label(text, from, to);
      if (label.kind !== EMAIL) return false;
      this.lastOwnText = text.slice(from, to);
      this.lastOwn = label;
    }
    this.fieldStart = from;
    this.ownLabel = label.key;
    return true;
  }

  /** The address field's label read last, as written, and read. */
  private lastOwnText = BLANK;
  private lastOwn: Label | null = null;

  private label(text: string, from: number, to: number): Label {
    const written = text.slice(from, to);
    let label = this.labels.get(written);
    if (label === undefined) {
      const key = written.trim().toLowerCase();
      label = this.labels.keep(written, { kind: key === BLANK || key.includes('@') ? OTHER : kindOf(key), key });
    }
    return label;
  }

  /**
   * Takes a field into the record: a name field's value, when it reads as one and none nearer was
   * taken. False when the field is not the record's: its label was met already (the next record),
   * it has none, or (`stacked`) its value is a label itself: the lines are paired the wrong way
   * round ("Tom Baker" over "Email"), past the record's end.
   */
  private take(
    text: string,
    field: Field,
    stacked: boolean,
    seen: string[],
    record: RecordName,
    isName: (value: string) => boolean,
  ): boolean {
    const label = this.label(text, field.labelFrom, field.labelTo);
    if (label.key === BLANK || label.key.includes('@') || seen.includes(label.key)) return false;
    if (stacked && field.valueTo - field.valueFrom <= MAX_LABEL) {
      if (this.label(text, field.valueFrom, field.valueTo).kind !== OTHER) return false;
    }
    const kind = label.kind;
    // A field of another kind that holds an address is someone else's (`Contact owner: Bob Roe,
    // Email: kim@…` under the record, `Manager: bob@…`): the record ends before it.
    if (kind !== EMAIL && holds(text, field.valueFrom, field.valueTo, 64)) return false;
    // Nor is a line of more cells than a label's and a value's: a table's row, its header
    // (`Förnamn<TAB>Efternamn<TAB>E-post` is no first name "Efternamn E-post").
    if (holds(text, field.valueFrom, field.valueTo, 9)) return false;
    seen.push(label.key);
    if (kind !== FULL && kind !== FIRST && kind !== LAST) return true;
    const value = text.slice(field.valueFrom, field.valueTo).trim();
    if (value === BLANK || !isName(value)) return true;
    if (kind === FULL) record.full ||= value;
    else if (kind === FIRST) record.first ||= value;
    else record.last ||= value;
    return true;
  }
}

/**
 * Whether the line text[from, to) is an address field of two cells, as a record's table of two
 * columns is copied: a label that names an address, a tab, and a value with an `@`.
 */
export function isAddressField(text: string, from: number, to: number): boolean {
  if (to - from > MAX_FIELD_LINE) return false;
  let tab = -1;
  let at = -1;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 9) {
      if (tab >= 0) return false;
      tab = i;
    } else if (code === 64 && tab >= 0) at = i;
  }
  return (
    tab > from &&
    tab - from <= MAX_LABEL &&
    at > tab &&
    mayNameAddress(text, from, tab) &&
    kindOf(text.slice(from, tab).trim().toLowerCase()) === EMAIL
  );
}

/** What a field's label (trimmed, in lower case) says it holds. */
function kindOf(key: string): number {
  const last = key.charCodeAt(key.length - 1);
  const bare = last === 58 || last === 0xff1a ? key.slice(0, -1).trimEnd() : key;
  if (NAME_LABELS.has(bare)) return FULL;
  switch (headerColumn(bare)) {
    case 'email':
      return EMAIL;
    case 'first':
      return FIRST;
    case 'last':
      return LAST;
    case 'full':
      return FULL;
    default:
      return OTHER;
  }
}

/**
 * Whether text[from, to) may be the label of an address's field, by its characters before it is
 * copied: it holds "mail" or "post" in any case (`E-post`, `E-posta`), or starts with "co"
 * (`courriel`, `correo`), or holds a letter beyond ASCII of such a label's (`メール`, `почта`); no `@`.
 */
export function mayNameAddress(text: string, from: number, to: number): boolean {
  let mail = false;
  let wide = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 64) return false;
    if (code >= 128) wide ||= EMAIL_HEADER_LETTERS.has(code);
    else if (!mail && i + 4 <= to) {
      const lower = code | 32;
      if (lower === 109) mail = holdsLower(text, i + 1, 97, 105, 108);
      else if (lower === 112) mail = holdsLower(text, i + 1, 111, 115, 116);
    }
  }
  const start = skipBlank(text, from, to);
  return mail || wide || ((text.charCodeAt(start) | 32) === 99 && (text.charCodeAt(start + 1) | 32) === 111);
}

/** Whether text[at, at + 3) is these three ASCII letters' codes, in any case. */
function holdsLower(text: string, at: number, first: number, second: number, third: number): boolean {
  return (
    (text.charCodeAt(at) | 32) === first &&
    (text.charCodeAt(at + 1) | 32) === second &&
    (text.charCodeAt(at + 2) | 32) === third
  );
}

function skipBlank(text: string, from: number, to: number): number {
  while (from < to && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++;
  return from;
}

/**
 * The start of the line that text[at] is on, looked for no more than `most` characters back; -1
 * when the line starts further back, or holds `stop` on the way.
 */
export function lineStartAt(text: string, at: number, most: number, stop = -1): number {
  const floor = Math.max(0, at - most);
  for (let i = at - 1; i >= floor; i--) {
    const code = text.charCodeAt(i);
    if (code === 10) return i + 1;
    if (code === stop) return -1;
  }
  return floor === 0 ? 0 : -1;
}

/**
 * The start of the label that ends at `at`, on a line of its own or before its value: the line's
 * start, looked for no more than a label's length back, and not past an `@` (no label holds one:
 * it is the line of an address before it, read no further).
 */
function labelStartAt(text: string, at: number): number {
  return lineStartAt(text, at, MAX_LABEL + 1, 64);
}

/**
 * The end of the line that text[at] is on (its line break, or the text's end), looked for no more
 * than a field's line ahead; -1 when it ends further on.
 */
function lineEndAt(text: string, at: number): number {
  const stop = Math.min(text.length, at + MAX_FIELD_LINE + 1);
  for (let i = at; i < stop; i++) if (text.charCodeAt(i) === 10) return i;
  return stop === text.length ? stop : -1;
}

/** Whether the line goes on from `at` with a tab (looked for no further than a field's line). */
function tabAfter(text: string, at: number): boolean {
  const stop = Math.min(text.length, at + MAX_FIELD_LINE);
  for (let i = at; i < stop; i++) {
    const code = text.charCodeAt(i);
    if (code === 9) return true;
    if (code === 10) return false;
  }
  return false;
}

/** Whether a character parts the fields of a record written on one line: a comma, a semicolon, a pipe, a middle dot. */
function isSeparator(code: number): boolean {
  return code === 44 || code === 59 || code === 124 || code === 0xb7 || code === 0xff0c || code === 0xff1b;
}

/**
 * The separator (`isSeparator`) nearest before text[at] on its line, looked for no further back
 * than `floor` and a field's line; -1 when there is none.
 */
function separatorBefore(text: string, at: number, floor: number): number {
  const stop = Math.max(floor, at - MAX_FIELD_LINE);
  for (let i = at - 1; i >= stop; i--) {
    const code = text.charCodeAt(i);
    if (isSeparator(code)) return i;
    if (code === 10) return -1;
  }
  return -1;
}

/** Where the part of a line that ends at the separator `at` starts: after the separator before it, or at the line's start. */
function partStartBefore(text: string, at: number, floor: number): number {
  const stop = Math.max(floor, at - MAX_FIELD_LINE);
  for (let i = at - 1; i >= stop; i--) {
    const code = text.charCodeAt(i);
    if (isSeparator(code) || code === 10) return i + 1;
  }
  return stop;
}

/** Whether a record names no one yet. */
function isBlank(record: RecordName): boolean {
  return record.full === BLANK && record.first === BLANK && record.last === BLANK;
}

/** Whether `at` starts a line. */
function startsLine(text: string, at: number): boolean {
  return at === 0 || text.charCodeAt(at - 1) === 10;
}

/**
 * Where a field that prose leads up to starts in text[from, to): after the sentence that ends
 * before its label (`New signup! Name: Kim Lee`), or at `from`.
 */
function afterSentence(text: string, from: number, to: number): number {
  let colon = from;
  while (colon < to && text.charCodeAt(colon) !== 58) colon++;
  if (colon === to) return from;
  for (let i = colon - 1; i > from && i >= colon - MAX_LABEL; i--) {
    if (text.charCodeAt(i) !== 32) continue;
    const code = text.charCodeAt(i - 1);
    if (code === 33 || code === 46 || code === 63) return i + 1;
  }
  return from;
}

/** A line of text[from, to): a field written on one line, its label before a colon or a tab; else null. */
function inlineField(text: string, from: number, to: number): Field | null {
  if (to - from > MAX_FIELD_LINE) return null;
  const stop = Math.min(to, from + MAX_LABEL + 1);
  for (let i = from; i < stop; i++) {
    const code = text.charCodeAt(i);
    if (code === 58 || code === 0xff1a || code === 9) {
      return { start: from, end: to, labelFrom: from, labelTo: i, valueFrom: i + 1, valueTo: to };
    }
  }
  return null;
}

/** A label over its value on the lines text[labelFrom, labelTo) and text[valueFrom, valueTo); else null. */
function stackedField(labelFrom: number, labelTo: number, valueFrom: number, valueTo: number): Field | null {
  if (labelTo - labelFrom > MAX_LABEL || valueTo - valueFrom > MAX_FIELD_LINE) return null;
  return { start: labelFrom, end: valueTo, labelFrom, labelTo, valueFrom, valueTo };
}

/** The field on the line above the one starting at `lineStart`, not before `floor`. */
function inlineAbove(text: string, lineStart: number, floor: number): Field | null {
  if (lineStart - 1 <= floor) return null;
  const start = lineStartAt(text, lineStart - 1, MAX_FIELD_LINE + 1);
  return start < floor ? null : inlineField(text, start, lineStart - 1);
}

/** The field on the line after the one ending at `lineEnd`. */
function inlineBelow(text: string, lineEnd: number): Field | null {
  if (lineEnd >= text.length) return null;
  const end = lineEndAt(text, lineEnd + 1);
  return end < 0 ? null : inlineField(text, lineEnd + 1, end);
}

/** The label and value on the two lines above the one starting at `lineStart`, not before `floor`. */
function stackedAbove(text: string, lineStart: number, floor: number): Field | null {
  if (lineStart - 1 <= floor) return null;
  const valueStart = lineStartAt(text, lineStart - 1, MAX_FIELD_LINE + 1);
  if (valueStart - 1 <= floor) return null;
  const labelStart = labelStartAt(text, valueStart - 1);
  return labelStart < floor ? null : stackedField(labelStart, valueStart - 1, valueStart, lineStart - 1);
}

/** The label and value on the two lines after the one ending at `lineEnd`. */
function stackedBelow(text: string, lineEnd: number): Field | null {
  if (lineEnd >= text.length) return null;
  const labelEnd = lineEndAt(text, lineEnd + 1);
  if (labelEnd < 0 || labelEnd >= text.length) return null;
  const valueEnd = lineEndAt(text, labelEnd + 1);
  return valueEnd < 0 ? null : stackedField(lineEnd + 1, labelEnd, labelEnd + 1, valueEnd);
}
