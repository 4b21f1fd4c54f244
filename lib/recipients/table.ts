import { firstAddress } from './addresses';
import { extractPeople } from './extract';
import { cleanName, looksLikeName, splitName } from './names';
import type { Recipient } from './types';

type Column = 'email' | 'first' | 'last' | 'full';

/** A spreadsheet row of one person is never longer than this. */
const MAX_ROW = 4096;

const HEADERS: Record<string, Column> = {};
for (const [column, names] of Object.entries({
  email: [
    'email',
    'e-mail',
    'email address',
    'e-mail address',
    'mail',
    'email addresses',
    'work email',
    'primary email',
  ],
  first: ['first name', 'firstname', 'first', 'given name', 'givenname', 'forename', 'first_name', 'vorname', 'prénom'],
  last: ['last name', 'lastname', 'last', 'surname', 'family name', 'familyname', 'last_name', 'nachname', 'nom'],
  full: ['name', 'full name', 'fullname', 'display name', 'contact', 'contact name', 'person', 'full_name'],
} as Record<Column, string[]>)) {
  for (const name of names) HEADERS[name] = column as Column;
}

function headerColumn(cell: string): Column | undefined {
  const key = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  return Object.hasOwn(HEADERS, key) ? HEADERS[key] : undefined;
}

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

function rowPerson(cells: string[], columns: (Column | undefined)[] | null): Recipient[] {
  if (columns) {
    const get = (column: Column) => cleanName(cells[columns.indexOf(column)] ?? '');
    const emailCell = columns.includes('email') ? (cells[columns.indexOf('email')] ?? '') : cells.join(' ');
    const email = firstAddress(emailCell);
    let firstName = get('first');
    let lastName = get('last');
    if (!firstName && !lastName && columns.includes('full')) ({ firstName, lastName } = splitName(get('full')));
    if (email === null && !firstName && !lastName) return [];
    if (!firstName && !lastName && email) return extractPeople(email);
    return [{ email, firstName, lastName, nameSource: 'given' }];
  }
  // No header: the cell with an address, and the cells that read as names.
  const emailIndex = cells.findIndex((cell) => firstAddress(cell) !== null);
  const names = cells.filter((cell, index) => index !== emailIndex && looksLikeName(cell)).map(cleanName);
  const email = emailIndex >= 0 ? firstAddress(cells[emailIndex] ?? '') : null;
  if (names.length >= 2 && !names[0]?.includes(' ') && !names[1]?.includes(' ')) {
    return [{ email, firstName: names[0] ?? '', lastName: names[1] ?? '', nameSource: 'given' }];
  }
  if (names.length >= 1) return [{ email, ...splitName(names[0] ?? ''), nameSource: 'given' }];
  return email ? extractPeople(cells[emailIndex] ?? '') : [];
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
  const header = split(first).map(headerColumn);
  const recognised = header.filter(Boolean).length;
  const isHeader = recognised >= 1 && recognised >= Math.ceil(header.length / 2);
  if (!tabbed && !isHeader) return null;
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (tabbed && !isHeader) {
    // Without a header, a table is one with tabs on (nearly) every line.
    const withTabs = lines.slice(0, 50).filter((line) => line.includes('\t')).length;
    if (withTabs < Math.min(lines.length, 50) * 0.8) return null;
  }
  const rows = isHeader ? lines.slice(1) : lines;
  return rows.flatMap((line) => rowPerson(split(line), isHeader ? header : null));
}
