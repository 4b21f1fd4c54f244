import { AddressBook } from './address-book';
import { foldCase, isTrimCode, NextMatch } from './address-rules';
import { firstAddressId, FoundList, wholeAddressId } from './addresses';
import {
  extractPeople,
  matchesAddress,
  sentenceEndName,
  startsWithListLabel,
  isCompanyName,
  withoutCompany,
} from './extract';
import { MergedPeople, mergePeople } from './merge';
import { cleanName, guessedPerson, guessName, inAddressOrder, isSiteWord, looksLikeName } from './names';
import { recipient } from './person';
import { RangeRecall, sameSpans } from './recall';
import { isAddressField } from './record';
import { type Column, headerOf, MAX_ROW, rowName, rowRole, tabCells } from './rows';
import type { Recipient } from './types';

/**
 * Splits one CSV line, line[from, to), at `delimiter` (a comma, or the semicolon of spreadsheets set
 * up for a decimal comma), with RFC 4180 quoting: a quote that opens a cell (after white space only)
 * starts a quoted part, in which `""` is a quote and delimiters are text. A cell is copied a run
 * of characters at a time, not one by one.
 */
function splitCsv(line: string, from: number, to: number, delimiter: number): string[] {
  const cells: string[] = [];
  // The cell is `cell` and then line[run, i); `blank` while all of it is white space.
  let cell = '';
  let run = from;
  let blank = true;
  for (let i = from; i < to;) {
    const code = line.charCodeAt(i);
    if (code === delimiter) {
      cells.push(cell + line.slice(run, i));
      cell = '';
      run = ++i;
      blank = true;
    } else if (code === 34 && blank) {
      // A quoted part, up to its closing quote (`""` is a quote in it): the white space before
      // it is dropped. Unclosed, it runs to the line's end.
      let close = i + 1;
      let escapes = 0;
      for (; close < to; close++) {
        if (line.charCodeAt(close) !== 34) continue;
        if (close + 1 >= to || line.charCodeAt(close + 1) !== 34) break;
        escapes++;
        close++;
      }
      cell = unescapeQuotes(line, i + 1, Math.min(close, to), escapes);
      if (close >= to) {
        cells.push(cell);
        return cells;
      }
      run = i = close + 1;
      blank = onlySpace(cell, 0, cell.length);
    } else {
      blank &&= isTrimCode(code);
      i++;
    }
  }
  cells.push(cell + line.slice(run, to));
  return cells;
}

/**
 * The inside of a quoted cell, text[from, to), with each of its `escapes` doubled quotes read as
 * one. Many of them are copied a character code at a time: a native replace makes a piece of
 * string for each.
 */
function unescapeQuotes(text: string, from: number, to: number, escapes: number): string {
  if (escapes < 64) return escapes === 0 ? text.slice(from, to) : text.slice(from, to).replaceAll('""', '"');
  const codes = new Uint16Array(to - from - escapes);
  let size = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    codes[size++] = code;
    // Every quote in a quoted part is the first of a pair.
    if (code === 34) i++;
  }
  let out = '';
  for (let chunk = 0; chunk < size; chunk += 4096) {
    out += String.fromCharCode(...codes.subarray(chunk, Math.min(size, chunk + 4096)));
  }
  return out;
}

/** Whether text[from, to) is only white space, as `trim` knows it. */
function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isTrimCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The lines of text[from...] that hold more than white space, one at a time, each as the range
 * [start, end) without its line break. No string is made for a line that needs none: an array of
 * every line of a big table, kept while its rows are read, was copied by every collection of
 * short-lived objects made while reading them.
 */
class Lines {
  start = 0;
  end = 0;
  private at: number;

  constructor(
    private readonly text: string,
    from: number,
  ) {
    this.at = from;
  }

  /** Moves to the next line that holds more than white space; false when there is none. */
  next(): boolean {
    const text = this.text;
    while (this.at <= text.length) {
      const start = this.at;
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      this.at = end + 1;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      if (onlySpace(text, start, end)) continue;
      this.start = start;
      this.end = end;
      return true;
    }
    return false;
  }

  /** Whether the current line is written as text[start, end) is. */
  sameAs(start: number, end: number): boolean {
    return sameSpans(this.text, start, end, this.start, this.end);
  }
}

/** Lines of a text read to tell a table without a header row from prose. */
const SAMPLE_LINES = 50;

/** Splits text[from, to) into a table's cells. */
type Split = (text: string, from: number, to: number) => string[];

const splitCommas: Split = (text, from, to) => splitCsv(text, from, to, 44);
const splitSemicolons: Split = (text, from, to) => splitCsv(text, from, to, 59);

/** A way of splitting a table's lines, and its header row's columns read with it (null when it has none). */
interface Layout {
  split: Split;
  header: (Column | undefined)[] | null;
}

/** How the lines of a CSV text are split: at commas or at semicolons, whichever makes its first line a header row. */
function csvLayout(first: string): Layout | null {
  for (const [mark, split] of [
    [',', splitCommas],
    [';', splitSemicolons],
  ] as const) {
    const header = first.includes(mark) ? headerOf(split(first, 0, first.length)) : null;
    if (header) return { split, header };
  }
  return null;
}

/**
 * How a table whose first line is `first` is split: at tabs (with any header row), else as CSV
 * (`csvLayout`).
 */
function layoutOf(first: string): Layout | null {
  return first.includes('\t')
    ? { split: tabCells, header: headerOf(tabCells(first, 0, first.length)) }
    : csvLayout(first);
}

/** The person of one row, and the id of their address in the table's book (-1 for none). */
interface Row {
  person: Recipient;
  id: number;
}

/** Where a row's address is, found already: its cell's index and its id in the table's book. */
interface CellAddress {
  index: number;
  id: number;
}

function rowPerson(
  cells: string[],
  columns: (Column | undefined)[] | null,
  book: AddressBook,
  scratch: FoundList,
  known?: CellAddress,
  used?: { index: number },
): Row | null {
  // The cell with the address: the one known, the named column's, else the first that holds one.
  const emailColumn = known ? known.index : columns ? columns.indexOf('email') : -1;
  let emailIndex = emailColumn;
  let id = known ? known.id : -1;
  if (!known && emailColumn >= 0) id = firstAddressId(cells[emailColumn] ?? '', book, scratch);
  // A row out of step with its header (a cell missing before the address column) holds something
  // else there: its address is looked for in every cell, and its name read as in a row without
  // a header. An empty address cell is a person without one, unless another address column holds
  // it (Outlook's "E-mail 2 Address" where the first is empty): an address in a note is not theirs.
  // (An array read at -1 is a property look-up by name, several times slower than one in range.)
  const addressCell = emailColumn >= 0 ? (cells[emailColumn] ?? '') : '';
  const outOfStep = emailColumn >= 0 && id < 0 && cells.length > 1 && !onlySpace(addressCell, 0, addressCell.length);
  if (!known && (emailColumn < 0 || id < 0)) {
    const anyColumn = emailColumn < 0 || outOfStep;
    emailIndex = -1;
    for (let i = 0; i < cells.length && id < 0; i++) {
      if (!anyColumn && columns?.[i] !== 'email') continue;
      id = firstAddressId(cells[i] ?? '', book, scratch);
      if (id >= 0) emailIndex = i;
    }
  }
  if (used) used.index = id < 0 ? -1 : emailIndex;
  const email = id < 0 ? null : (book.emails[id] ?? null);
  // The role its header's role column gives someone with an address (none in a row out of step
  // with its header: its cells are not where the header says).
  const role = email && !outOfStep ? rowRole(cells, columns) : undefined;
  const row = rowPersonNamed(cells, columns, email, emailIndex, outOfStep);
  if (!row) return null;
  return { person: role ? recipient(row.email, row.firstName, row.lastName, row.nameSource, role) : row, id };
}

/** The person of a row whose address (`email`, in cell `emailIndex`) is found, named as the row says. */
function rowPersonNamed(
  cells: string[],
  columns: (Column | undefined)[] | null,
  email: string | null,
  emailIndex: number,
  outOfStep: boolean,
): Recipient | null {
  const headed = columns && !outOfStep;
  const read = rowName(cells, headed ? columns : null, emailIndex);
  // Without a header, a cell of the company's name that the address's domain spells (`Acme Labs,
  // ecarter@acmelabs.org`) is no one's: the row's other cells may name the person.
  const name =
    read && email && !headed && isCompanyName(read.firstName, read.lastName, email)
      ? rowName(cells, null, emailIndex, (cell) => looksLikeName(cell) && withoutCompany(cleanName(cell), email) !== '')
      : read;
  // (A row of a site's word alone, `Home`, is no one, as a line of one is not.)
  if (name && (name.firstName || name.lastName) && (email || !isSiteWord(name))) {
    // Without a header, only the row ties a name to the address beside it: a name that shares no
    // word with an address that names someone else (`John Smith` beside `ann.lee@…`) is not its.
    // (Told at once for the usual row, whose address starts as its first name does; else by the
    // guess first, which most other addresses do not give.)
    const named =
      !email ||
      headed ||
      (foldCase(email.charCodeAt(0)) === foldCase(name.firstName.charCodeAt(0)) &&
        matchesAddress(name.firstName, email));
    const guess = email && !named ? guessName(email) : null;
    if (
      email &&
      guess?.firstName &&
      guess.lastName &&
      !matchesAddress(name.firstName, email) &&
      !matchesAddress(name.lastName, email)
    ) {
      return { email, firstName: guess.firstName, lastName: guess.lastName, nameSource: 'guessed' };
    }
    // Nor, without columns for each part, the order of the name's words (`Smith John` beside
    // `john.smith@…`), or where its surname starts (`María García López` beside
    // `maria.garcia@…`): the address does.
    const ordered =
      (email &&
        !(headed && columns.includes('first') && columns.includes('last')) &&
        inAddressOrder(email, name.firstName, name.lastName)) ||
      name;
    return { email, firstName: ordered.firstName, lastName: ordered.lastName, nameSource: 'given' };
  }
  return email ? guessedPerson(email) : null;
}

/**
 * Rows copied from a spreadsheet: tab-separated (any header), or comma- or semicolon-separated
 * with a recognised header row. Returns null when the text is not such a table. Each person once
 * (`MergedPeople`): by their address's id in the table's book, or by name.
 */
export function parseTable(text: string): Recipient[] | null {
  return tableAt(text, text.length - text.trimStart().length) ?? tableUnderNotes(text);
}

/** The lines above a table's header row that it is looked for under. */
const NOTE_LINES = 8;

/**
 * A table under a few lines of notes or a title, found by its header row, which names an address
 * column (LinkedIn's export of connections starts with two lines of notes); with the people of the
 * notes, read as prose. The lines are looked for in the text's first few rows' length only.
 */
function tableUnderNotes(text: string): Recipient[] | null {
  const head = text.length > NOTE_LINES * MAX_ROW ? text.slice(0, NOTE_LINES * MAX_ROW) : text;
  const lines = new Lines(head, 0);
  // (The first line was read as a table's already.)
  if (!lines.next()) return null;
  for (let n = 1; n < NOTE_LINES && lines.next(); n++) {
    const { start, end } = lines;
    if (end - start > MAX_ROW) return null;
    const line = head.slice(start, end);
    // (A header row names its columns: a line with an address, plain or hidden, is none.)
    if (line.includes('@') || HIDDEN_AT.test(line)) continue;
    if (!layoutOf(line)?.header?.includes('email')) continue;
    const table = tableAt(text, start);
    // (A header over no one is no table.)
    return table?.length ? mergePeople([...extractPeople(text.slice(0, start)), ...table]) : null;
  }
  return null;
}

/** The table that text[start...] is (its first line at `start`), or null. */
function tableAt(text: string, start: number): Recipient[] | null {
  // Decide from the first line alone before splitting anything: most text is not a table.
  const firstEnd = text.indexOf('\n', start);
  const first = text.slice(start, firstEnd === -1 ? text.length : firstEnd).replace(/\r$/, '');
  if (first.length > MAX_ROW) return null;
  if (first.includes('|') || first.startsWith('+-')) {
    const drawn = pipeTable(text, start);
    if (drawn) return drawn;
  }
  if (!first.includes('\t') && !first.includes(',') && !first.includes(';')) return null;
  const tabbed = first.includes('\t');
  // A record's fields, a label and its value a line (`Name\tJane Doe`, `Email\tjane@…`), as a
  // table of two columns is copied from a CRM's page, are no table's rows: read as prose, where
  // the record's fields name its address (`Records`). So are a message's header fields, a label
  // with its colon before each value (`From:\tJane Doe <jane@…>`, as mail clients copy them).
  if (tabbed && first.indexOf('\t') === first.lastIndexOf('\t') && (isLabel(first) || isRecord(text, start)))
    return null;
  // Comma-separated, or semicolon-separated, under a header row that says so; else comma-separated
  // rows that say so themselves.
  const layout = layoutOf(first);
  if (!layout) return headerlessCsv(text, start, first);
  // A line without a tab is no row: the table is one part of the text (a page's table with the
  // page around it, a copied table and a note under it), and the whole is read as prose, where
  // the rows under a header row are read as rows too (`extractPeople`).
  if (tabbed && !everyLineHas(text, start, '\t')) return null;
  // The rows: after the header row, or from the first line.
  const rowsStart = layout.header === null ? start : firstEnd === -1 ? text.length : firstEnd + 1;
  return tableRows(text, rowsStart, layout);
}

/** Whether a line's first cell, before its tab, is a label: it ends with a colon (`From:`, `Sent:`). */
function isLabel(line: string): boolean {
  let end = line.indexOf('\t');
  while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
  const last = line.charCodeAt(end - 1);
  return last === 58 || last === 0xff1a;
}

/** Whether one of the first lines of text[from...] is a record's address field: `Email`, a tab, an address. */
function isRecord(text: string, from: number): boolean {
  const lines = new Lines(text, from);
  for (let n = 0; n < SAMPLE_LINES && lines.next(); n++) if (isAddressField(text, lines.start, lines.end)) return true;
  return false;
}

/** Whether every line of text[from...] that holds more than white space holds `mark` (each found once). */
function everyLineHas(text: string, from: number, mark: string): boolean {
  const lines = new Lines(text, from);
  let found = text.indexOf(mark, from);
  while (lines.next()) {
    if (found >= 0 && found < lines.start) found = text.indexOf(mark, lines.start);
    if (found < 0 || found >= lines.end) return false;
  }
  return true;
}

/**
 * What an address written as pages hide them holds (`jane [at] acme [dot] com`, `taro＠…`). A
 * row's cells are looked at for one only where its line holds one (`NextMatch`).
 */
const HIDDEN_AT = /\bat\b|\uff20/i;
const HIDDEN_AT_ALL = /\bat\b|\uff20/gi;

/** The length of the shortest address (`a@b.c`), plain or hidden. */
const MIN_ADDRESS = 5;

/** Whether a cell holds more than one address (or may: two `@`, or one written hidden). */
function holdsMore(cell: string, hidden: boolean): boolean {
  const at = cell.indexOf('@');
  return (at >= 0 && cell.includes('@', at + 1)) || (hidden && HIDDEN_AT.test(cell));
}

/** What a line of a table is: a row, a line of prose (a note under the table), or neither (a drawn rule). */
const ROW = 0;
const PROSE = 1;
const NEITHER = 2;

/**
 * The people of a table's rows, the lines of text[from...], each line split and read under the
 * header's columns; then those of the lines that are prose (`kind`), read together. Each person
 * once: by the id of their address in the table's book, or by name. A row is one person: a second
 * address in an address column is theirs too (a contact's "E-mail 2"), not another to invite;
 * one in another column is someone else's, read as prose.
 */
function tableRows(
  text: string,
  from: number,
  { split, header }: Layout,
  kind: (text: string, start: number, end: number) => number = () => ROW,
): Recipient[] {
  const merged = new MergedPeople();
  // A repeated row is read once.
  const read = new RangeRecall<Row | null>();
  const book = new AddressBook();
  const scratch = new FoundList();
  // The cell of a row's own address.
  const used = { index: -1 };
  // The lines that are prose, read after the rows (`addProse`).
  const prose: string[] = [];
  const lines = new Lines(text, from);
  const hiddenAt = new NextMatch(text, HIDDEN_AT_ALL);
  // The line before, for a row repeated right under itself: none yet.
  let before = -1;
  let beforeEnd = -1;
  // The columns of one person, when each row holds several (`peopleColumns`).
  const group = peopleColumns(header);
  const groupHeader = group > 0 ? (header?.slice(0, group) ?? null) : header;
  /**
   * The person of a row's cells; the other addresses of the row are other people's (a `cc`, a
   * manager's, one in a note, one beside theirs in a cell of no address column), read as prose
   * from their cells alone; but one in an address column is the person's own (Outlook's "E-mail
   * 2", Google's `a ::: b`), when theirs was found in an address column too. (Their own, read
   * again in its cell, is known by its id; the cell is looked in only when it is longer than their
   * address by a shortest one.)
   */
  const rowOf = (cells: string[], columns: (Column | undefined)[] | null, hidden: boolean): Row | null => {
    const row = rowPerson(cells, columns, book, scratch, undefined, used);
    const own = row?.person.email?.length ?? 0;
    const ownColumn = used.index >= 0 && columns?.[used.index] === 'email';
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] ?? '';
      if (ownColumn && columns[i] === 'email') continue;
      if (
        i === used.index
          ? cell.length - own < MIN_ADDRESS || !holdsMore(cell, hidden)
          : !(cell.includes('@') || (hidden && HIDDEN_AT.test(cell)))
      )
        continue;
      prose.push(cell);
    }
    return row;
  };
  while (lines.next()) {
    const { start, end } = lines;
    const lineKind = kind(text, start, end);
    if (lineKind === NEITHER) continue;
    const repeated = lines.sameAs(before, beforeEnd);
    before = start;
    beforeEnd = end;
    if (lineKind === PROSE) {
      prose.push(text.slice(start, end));
      continue;
    }
    if (repeated) continue;
    // (A line longer than any row of one person is not looked up: hashing it costs more than it may save.)
    const short = end - start <= MAX_ROW;
    let row = short ? read.get(text, start, end) : undefined;
    if (row === undefined) {
      const cells = split(text, start, end);
      // A line of one cell is none of the table's rows: a note around it, read as prose.
      if (cells.length < 2) {
        prose.push(text.slice(start, end));
        continue;
      }
      const nextHidden = hiddenAt.from(start);
      const hidden = nextHidden >= 0 && nextHidden < end;
      // A row of several people, each in the same columns (`Name`, `Email`, `Name`, `Email`): each
      // read as a row of their own. (Not kept: such tables are rare, and their rows seldom repeat.)
      if (group > 0) {
        for (let first = 0; first < cells.length; first += group) {
          const part = rowOf(cells.slice(first, first + group), groupHeader, hidden);
          if (part) merged.add(part.person, part.id < 0 ? null : part.id);
        }
        continue;
      }
      row = rowOf(cells, header, hidden);
      if (short) read.keep(text, start, end, row);
    }
    if (!row) continue;
    merged.add(row.person, row.id < 0 ? null : row.id);
  }
  addProse(prose, merged, book);
  return merged.people;
}

/**
 * How many columns one person takes in a header that repeats them for several people on each row
 * (`Name`, `Email`, `Name`, `Email`; `First name`, `Last name`, `Email`, twice): each person's
 * columns the same, with an address column and a name column among them; else 0.
 */
function peopleColumns(columns: (Column | undefined)[] | null): number {
  if (!columns) return 0;
  let addresses = 0;
  for (const column of columns) if (column === 'email') addresses++;
  if (addresses < 2 || columns.length % addresses !== 0) return 0;
  const group = columns.length / addresses;
  for (let i = group; i < columns.length; i++) if (columns[i] !== columns[i - group]) return 0;
  const first = columns.slice(0, group);
  return first.includes('email') && (first.includes('full') || first.includes('first') || first.includes('last'))
    ? group
    : 0;
}

/**
 * Adds the people of a table's lines that are read as prose, read together: one reading however
 * many there are, each person known by their address's id in the table's `book`.
 */
function addProse(lines: string[], merged: MergedPeople, book: AddressBook): void {
  if (lines.length === 0) return;
  for (const person of extractPeople(lines.join('\n')))
    merged.add(person, person.email === null ? null : book.idOf(person.email));
}

/**
 * Whether a line is one of a drawn table's rules, no row: Markdown's `|---|:--:|`, a database
 * shell's `+------+------+`, `====`.
 */
function isRule(line: string, from = 0, to = line.length): boolean {
  let dash = false;
  for (let i = from; i < to; i++) {
    const code = line.charCodeAt(i);
    if (code === 45 || code === 61) dash = true;
    else if (code !== 124 && code !== 43 && code !== 58 && !isTrimCode(code)) return false;
  }
  return dash;
}

/** The cells of a line of a table drawn with pipes, text[from, to) (`| Jane Doe | jane@… |`), without the empty ones its outer pipes make. */
function pipeCells(text: string, from: number, to: number): string[] {
  const cells = text.slice(from, to).split('|');
  if (onlySpace(cells[0] ?? '', 0, cells[0]?.length ?? 0)) cells.shift();
  const last = cells[cells.length - 1];
  if (last !== undefined && onlySpace(last, 0, last.length)) cells.pop();
  return cells;
}

/**
 * A table drawn with pipes, as Markdown, wikis and database shells write one (`| Name | Email |`),
 * from `start`: a header row the parser knows, rules under and around it, and rows with pipes;
 * null when the text does not start with one. A line without a pipe (a shell's `(2 rows)`, a
 * note under the table) is read as prose.
 */
function pipeTable(text: string, start: number): Recipient[] | null {
  // The header is the first line that is no rule, told apart before the rest is split: a page's
  // text may start with its navigation (`Home | About | Careers`).
  let lineStart = start;
  let line = '';
  for (let rules = 0; lineStart < text.length && rules < 3; rules++) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    line = text.slice(lineStart, end);
    lineStart = end + 1;
    if (!isRule(line)) break;
  }
  if (line.length > MAX_ROW || !line.includes('|')) return null;
  const header = headerOf(pipeCells(line, 0, line.length).map((cell) => cell.trim()));
  if (!header || !mostlyPiped(text, lineStart)) return null;
  return tableRows(text, lineStart, { split: pipeCells, header }, pipedLineKind);
}

/** What a line of a table drawn with pipes, text[start, end), is: a rule, a row (with a pipe), or prose. */
function pipedLineKind(text: string, start: number, end: number): number {
  if (isRule(text, start, end)) return NEITHER;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 124) return ROW;
  return PROSE;
}

/** Lines without a pipe beyond those with one after which a text is no table: prose under a line that reads as a header. */
const MAX_OTHER_LINES = 8;

/**
 * Whether most of the lines of text[from...] that hold more than white space (rules aside) hold
 * a pipe: a table with a note under it, not prose under a line that reads as a table's header.
 * Told without copying a line, each pipe found once, and as soon as the prose outnumbers the rows.
 */
function mostlyPiped(text: string, from: number): boolean {
  let piped = 0;
  let other = 0;
  const lines = new Lines(text, from);
  let pipe = text.indexOf('|', from);
  while (lines.next()) {
    const { start, end } = lines;
    // A rule is neither a row nor prose.
    if (isRule(text, start, end)) continue;
    if (pipe >= 0 && pipe < start) pipe = text.indexOf('|', start);
    if (pipe >= start && pipe < end) piped++;
    else if (++other > piped + MAX_OTHER_LINES) return false;
  }
  return piped >= other;
}

/**
 * Whether comma-separated cells are one person's row: two or more, one of them an address alone,
 * and no other with an address in any form (`bob [at] acme.com`) or an `@`, nor two before it that
 * are each a full name (`Jane Doe, John Smith, ann@acme.com` lists three people; `Jane Doe,
 * jd@acme.com, New York` is a row), nor a list's label before the first (`To: Jane Doe,
 * john@acme.com, Ann Lee` lists three). Where the address is goes in `address`.
 */
function isCsvRow(cells: string[], book: AddressBook, scratch: FoundList, address: CellAddress): boolean {
  if (cells.length < 2 || startsWithListLabel(cells[0] ?? '')) return false;
  address.index = -1;
  let names = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] ?? '';
    if (cell.includes('@')) {
      const id = address.index < 0 ? wholeAddressId(cell, book, scratch) : -1;
      if (id < 0) return false;
      address.index = i;
      address.id = id;
    } else if (firstAddressId(cell, book, scratch) >= 0) return false;
    else if (address.index < 0 && cells.length > 2 && isFullName(cell) && ++names > 1) return false;
  }
  return address.index >= 0;
}

/**
 * Whether a cell is a full name, after a label if any (`To: Jane Doe`): words (more than one) that
 * read as a name, or that end a sentence's words (`Please invite Jane Doe`, `sentenceEndName`).
 */
function isFullName(cell: string): boolean {
  const text = cell.slice(cell.indexOf(':') + 1).trim();
  const space = text.indexOf(' ');
  return space > 0 && space < text.length - 1 && (looksLikeName(text) || sentenceEndName(text) !== '');
}

/**
 * Comma-separated rows without a header row (`jane@acme.com,Jane,Doe`): a table when the first line
 * and nearly every one of the next are one person's row (`isCsvRow`), else null. Rows are read as
 * under no header; a line that is no row is read as prose, so that no address in it is lost.
 */
function headerlessCsv(text: string, start: number, first: string): Recipient[] | null {
  const book = new AddressBook();
  const scratch = new FoundList();
  const address: CellAddress = { index: -1, id: -1 };
  // Most text with a comma in its first line is prose, turned down by that line alone.
  if (!isCsvRow(splitCommas(first, 0, first.length), book, scratch, address)) return null;
  // (Nearly) every line is a row: all but one, or four in five.
  const sampled = new Lines(text, start);
  let sample = 0;
  let rows = 0;
  for (; sample < SAMPLE_LINES && sampled.next(); sample++) {
    if (isCsvRow(splitCommas(text, sampled.start, sampled.end), book, scratch, address)) rows++;
  }
  if (rows < Math.min(sample - 1, sample * 0.8)) return null;
  const merged = new MergedPeople();
  // The lines to read as prose, read after the rows (`addProse`).
  const prose: string[] = [];
  const lines = new Lines(text, start);
  // The line before, for one repeated right under itself: none yet.
  let before = -1;
  let beforeEnd = -1;
  while (lines.next()) {
    const { start: lineStart, end } = lines;
    // A repeated line adds no one.
    if (lines.sameAs(before, beforeEnd)) continue;
    before = lineStart;
    beforeEnd = end;
    const cells = splitCommas(text, lineStart, end);
    if (!isCsvRow(cells, book, scratch, address)) {
      prose.push(text.slice(lineStart, end));
      continue;
    }
    const row = rowPerson(cells, null, book, scratch, address);
    if (row) merged.add(row.person, row.id);
    // A row without a written name may be a sentence with a comma ("Contact: Jane Doe, jane@..."):
    // read as prose too, the richer name kept, where a cell may hold a name in words.
    if (row?.person.nameSource !== 'given' && mayHoldWords(cells, address.index))
      prose.push(text.slice(lineStart, end));
  }
  addProse(prose, merged, book);
  return merged.people;
}

/** Whether a cell of a row, but its address's, holds a space or a capital (or a letter beyond ASCII): words that may name someone. */
function mayHoldWords(cells: string[], addressIndex: number): boolean {
  return cells.some((cell, index) => {
    if (index === addressIndex) return false;
    const text = cell.trim();
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 32 || (code >= 65 && code <= 90) || code >= 128) return true;
    }
    return false;
  });
}
