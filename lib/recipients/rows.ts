import { cleanName, looksLikeName, splitName, type SplitName } from './names';

/** What a spreadsheet column holds, as its header names it. */
export type Column = 'email' | 'first' | 'last' | 'full';

/** A spreadsheet row of one person is never longer than this. */
export const MAX_ROW = 4096;

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

/**
 * The cells of text[from, to), cut at its tabs. (`split` makes the same strings through a call
 * into the engine's runtime, which costs more than the rest of reading a short row.)
 */
export function tabCells(text: string, from: number, to: number): string[] {
  const cells: string[] = [];
  let cellStart = from;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 9) continue;
    cells.push(text.slice(cellStart, i));
    cellStart = i + 1;
  }
  cells.push(text.slice(cellStart, to));
  return cells;
}

export function headerColumn(cell: string): Column | undefined {
  const key = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  return Object.hasOwn(HEADERS, key) ? HEADERS[key] : undefined;
}

/** The columns of a header row, or null when the cells do not read as one (half of them named, at least one). */
export function headerOf(cells: string[]): (Column | undefined)[] | null {
  const columns = cells.map(headerColumn);
  const recognised = columns.filter(Boolean).length;
  return recognised >= 1 && recognised >= Math.ceil(columns.length / 2) ? columns : null;
}

/**
 * The name in one row's cells: from the named columns under a header; without one, from the
 * cells (other than the address's) that read as names, two one-word cells being first and last.
 */
export function rowName(
  cells: string[],
  columns: (Column | undefined)[] | null,
  emailIndex: number,
  isName: (cell: string) => boolean = looksLikeName,
): SplitName | null {
  if (columns) {
    const get = (column: Column) => cleanName(cells[columns.indexOf(column)] ?? '');
    const name = { firstName: get('first'), lastName: get('last') };
    if (!name.firstName && !name.lastName && columns.includes('full')) return splitName(get('full'));
    return name;
  }
  const names = cells.filter((cell, index) => index !== emailIndex && isName(cell)).map(cleanName);
  if (names.length >= 2 && !names[0]?.includes(' ') && !names[1]?.includes(' ')) {
    return { firstName: names[0] ?? '', lastName: names[1] ?? '' };
  }
  return names.length >= 1 ? splitName(names[0] ?? '') : null;
}
