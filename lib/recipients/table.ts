import { AddressBook } from './address-book';
import { firstAddress, FoundList } from './addresses';
import { guessedPerson } from './names';
import { Recall } from './recall';
import { type Column, headerOf, MAX_ROW, rowName } from './rows';
import type { Recipient } from './types';

/** Splits one CSV line, with RFC 4180 quoting. */
function splitCsv(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line.charAt(i);
    if (quoted) {
      if (char === '"' && line.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

function rowPerson(
  cells: string[],
  columns: (Column | undefined)[] | null,
  book: AddressBook,
  scratch: FoundList,
): Recipient[] {
  // The cell with the address: the named column's, else the first that holds one.
  const emailColumn = columns ? columns.indexOf('email') : -1;
  let emailIndex = emailColumn;
  let email: string | null = null;
  if (emailColumn >= 0) email = firstAddress(cells[emailColumn] ?? '', book, scratch);
  else {
    for (let i = 0; i < cells.length && email === null; i++) {
      email = firstAddress(cells[i] ?? '', book, scratch);
      if (email !== null) emailIndex = i;
    }
  }
  const name = rowName(cells, columns, emailIndex);
  if (name && (name.firstName || name.lastName)) {
    return [{ email, firstName: name.firstName, lastName: name.lastName, nameSource: 'given' }];
  }
  return email ? [guessedPerson(email)] : [];
}

/**
 * Rows copied from a spreadsheet: tab-separated (any header), or comma-separated with a
 * recognised header row. Returns null when the text is not such a table.
 */
export function parseTable(text: string): Recipient[] | null {
  // Decide from the first line alone before splitting anything: most text is not a table.
  const start = text.length - text.trimStart().length;
  const firstEnd = text.indexOf('\n', start);
  const first = text.slice(start, firstEnd === -1 ? text.length : firstEnd).replace(/\r$/, '');
  if (first.length > MAX_ROW || (!first.includes('\t') && !first.includes(','))) return null;
  const tabbed = first.includes('\t');
  const split = tabbed ? (line: string) => line.split('\t') : splitCsv;
  const header = headerOf(split(first));
  const isHeader = header !== null;
  if (!tabbed && !isHeader) return null;
  const lines = nonBlankLines(text);
  if (tabbed && !isHeader) {
    // Without a header, a table is one with tabs on (nearly) every line.
    const withTabs = lines.slice(0, 50).filter((line) => line.includes('\t')).length;
    if (withTabs < Math.min(lines.length, 50) * 0.8) return null;
  }
  const people: Recipient[] = [];
  // A repeated row is read once (its people are merged anyway).
  const read = new Recall<Recipient[]>();
  const book = new AddressBook();
  const scratch = new FoundList();
  for (let i = isHeader ? 1 : 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === lines[i - 1] && i > (isHeader ? 1 : 0)) continue;
    let row = read.get(line);
    row ??= read.keep(line, rowPerson(split(line), header, book, scratch));
    for (const person of row) people.push(person);
  }
  return people;
}

function blankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 13 && code !== 160) return code > 127 ? line.trim() === '' : false;
  }
  return true;
}

/** The lines of a text that hold more than white space, without their line breaks. */
function nonBlankLines(text: string): string[] {
  const lines: string[] = [];
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (!blankLine(line)) lines.push(line);
    start = end + 1;
  }
  return lines;
}
