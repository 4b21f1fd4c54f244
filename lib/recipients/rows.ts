import { foldCase, isTrimCode } from './address-rules';
import { findAddresses } from './addresses';
import {
  cleanName,
  inNameOrder,
  isParticledSurname,
  isRosterWord,
  looksLikeName,
  MESSY_SPACE,
  splitName,
  type SplitName,
  stripComments,
} from './names';

/** What a spreadsheet column holds, as its header names it: an address, a name or a part of one, or a role. */
export type Column = 'email' | 'first' | 'last' | 'full' | 'role';

/** A spreadsheet row of one person is never longer than this. */
export const MAX_ROW = 4096;

const HEADERS: Record<string, Column> = {};
for (const [column, names] of Object.entries({
  email: [
    'email',
    'e-mail',
    'mail',
    'email addresses',
    'e-mail-adresse',
    'adresse e-mail',
    'courriel',
    'correo',
    'correo electrónico',
    'メール',
    'メールアドレス',
    '邮箱',
    '电子邮件',
    '電子郵件',
    '이메일',
    'почта',
    'электронная почта',
    'эл. почта',
    'електронна пошта',
    'email-adresse',
    'emailadresse',
    'e-mailadresse',
    'e-mailadres',
    'emailadres',
    'e-post',
    'epost',
    'e-postadress',
    'e-postadresse',
    'sähköposti',
    'sähköpostiosoite',
    'e-posta',
    'e-posta adresi',
    'endereço de e-mail',
    'endereço de email',
    'indirizzo email',
    'indirizzo e-mail',
    'adres e-mail',
    'adres email',
    'e-mailová adresa',
    'e-mail cím',
  ],
  first: [
    'first name',
    'firstname',
    'first',
    'given name',
    'givenname',
    'forename',
    'first_name',
    'vorname',
    'prénom',
    'voornaam',
    'nombre',
    'nome',
    '名',
    '이름',
    'имя',
    'imię',
    'förnamn',
    'fornavn',
    'etunimi',
    'jméno',
    'keresztnév',
    'adı',
    'ім’я',
    "ім'я",
  ],
  last: [
    'last name',
    'lastname',
    'last',
    'surname',
    'family name',
    'familyname',
    'last_name',
    'nachname',
    'nom',
    'achternaam',
    'apellido',
    'apellidos',
    'cognome',
    '姓',
    '성',
    'фамилия',
    'nom de famille',
    'sobrenome',
    'nazwisko',
    'efternamn',
    'efternavn',
    'etternavn',
    'sukunimi',
    'příjmení',
    'vezetéknév',
    'soyad',
    'soyadı',
    'прізвище',
  ],
  full: [
    'name',
    'full name',
    'fullname',
    'display name',
    'contact',
    'contact name',
    'person',
    'full_name',
    'naam',
    '氏名',
    '名前',
    'お名前',
    '姓名',
    'nom complet',
    'nombre completo',
    'nombre y apellidos',
    'nome completo',
    'nome e cognome',
    'vollständiger name',
    'volledige naam',
    'namn',
    'navn',
    'nimi',
    'név',
    'фио',
    'ф.и.о.',
    'ф. и. о.',
    'піб',
    'ad soyad',
    'adı soyadı',
  ],
  // The role to invite each person with, as a sheet of people to invite or a members' export names it.
  role: ['role', 'user role', 'access', 'access level', 'permission', 'permissions', 'rolle', 'rôle', 'rol', 'ruolo'],
} as Record<Column, string[]>)) {
  for (const name of names) HEADERS[name] = column as Column;
}
/**
 * The letters beyond ASCII of the names of an address's column (`メール`, `почта`): a label
 * without one of them (or "mail" in ASCII) names no address, told before it is copied.
 */
export const EMAIL_HEADER_LETTERS = new Set<number>();
for (const [name, column] of Object.entries(HEADERS)) {
  if (column !== 'email') continue;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) >= 128) EMAIL_HEADER_LETTERS.add(name.charCodeAt(i));
}

/**
 * The columns of an address as exports name them: `Email Address`, `Work email`, `Parent email`
 * (a club's or a school's sheet says whose address it is), and the numbered ones of Outlook
 * (`E-mail 2 Address`) and Google Contacts (`E-mail 1 - Value`): one of these words, or none,
 * before an `EMAIL_HEADER`.
 */
const EMAIL_QUALIFIERS = new Set([
  'primary',
  'secondary',
  'other',
  'alternate',
  'work',
  'business',
  'company',
  'corporate',
  'office',
  'school',
  'home',
  'personal',
  'private',
  'user',
  'member',
  'employee',
  'player',
  'student',
  'parent',
  'guardian',
  'customer',
  'client',
  'contact',
  'attendee',
  'guest',
]);
const EMAIL_HEADER = /^e-?mail(?: \d{1,2})?(?: address| - value)?$/;

/** Whether a header's name in lower case, its spaces single, names an address's column (`EMAIL_QUALIFIERS`). */
function namesEmail(key: string): boolean {
  if (key.length > 40 || !key.includes('mail')) return false;
  if (EMAIL_HEADER.test(key)) return true;
  const space = key.indexOf(' ');
  return space > 0 && EMAIL_QUALIFIERS.has(key.slice(0, space)) && EMAIL_HEADER.test(key.slice(space + 1));
}

/**
 * The first three characters of every header's name (`HEADERS`, and `EMAIL_QUALIFIERS` before
 * `email`, which `HEADERS` holds), in lower case, as `startCode` makes them: a cell that starts
 * otherwise names no column.
 */
const HEADER_STARTS = new Set<number>();
for (const name of [...Object.keys(HEADERS), ...EMAIL_QUALIFIERS]) {
  if (name.length >= 3) HEADER_STARTS.add(startCode(name, 0));
}

/** The first three characters at text[at], ASCII letters in lower case, as one number; -1 when one is not ASCII. */
function startCode(text: string, at: number): number {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  if (!(a < 128 && b < 128 && c < 128)) return -1;
  return (lowerAscii(a) << 14) | (lowerAscii(b) << 7) | lowerAscii(c);
}

/** An ASCII character in lower case, and any white space or control character a space (as a header's spaces are joined). */
function lowerAscii(code: number): number {
  if (code <= 32) return 32;
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * Whether a cell may be a header's name, told by its first three characters (`HEADER_STARTS`)
 * before it is trimmed and lowered: most cells and lines asked about are names and values. A cell
 * that starts with a character beyond ASCII, or is shorter, is left to the look-up.
 */
function mayNameColumn(cell: string): boolean {
  let at = 0;
  let end = cell.length;
  while (at < end && cell.charCodeAt(at) <= 32) at++;
  while (end > at && cell.charCodeAt(end - 1) <= 32) end--;
  if (end - at < 3) return true;
  const start = startCode(cell, at);
  if (start >= 0) return HEADER_STARTS.has(start);
  // Beyond ASCII, by its first letter in lower case (`Фамилия`, `メール`; a name in Cyrillic letters
  // starts no header's), unless it lowers into more than one or is a space the trim drops.
  const first = cell.charCodeAt(at);
  if (first < 128 || isTrimCode(first)) return true;
  const folded = foldCase(first);
  return folded >= 0x10000 || HEADER_FIRSTS.has(folded);
}

/** The first letters beyond ASCII of the headers' names (`HEADERS`). */
const HEADER_FIRSTS = new Set<number>();
for (const name of Object.keys(HEADERS)) if (name.charCodeAt(0) >= 128) HEADER_FIRSTS.add(name.charCodeAt(0));

/**
 * The cells of text[from, to), cut at its tabs. (`split` makes the same strings through a call
 * into the engine's runtime, which costs more than the rest of reading a short row.) The tabs are
 * found by the engine's own search, in the row cut out first so that no search runs past it: a
 * unit read by hand costs several times a unit searched.
 */
export function tabCells(text: string, from: number, to: number): string[] {
  const row = from === 0 && to === text.length ? text : text.slice(from, to);
  // Made at its size: an array grown by a push holds room for sixteen cells, about a quarter of
  // what a short row allocated.
  let tabs = 0;
  for (let tab = row.indexOf('\t'); tab >= 0; tab = row.indexOf('\t', tab + 1)) tabs++;
  const cells = new Array<string>(tabs + 1);
  let cellStart = 0;
  for (let cell = 0; cell < tabs; cell++) {
    const tab = row.indexOf('\t', cellStart);
    cells[cell] = row.slice(cellStart, tab);
    cellStart = tab + 1;
  }
  cells[tabs] = row.slice(cellStart);
  return cells;
}

export function headerColumn(cell: string): Column | undefined {
  // (Its spaces joined only where it has any other than single ones, and the address's pattern
  // tried only on a name that says "mail": most cells asked about are no header's, and a signature's
  // lines above its address took a tenth of a megabyte of them.)
  if (!mayNameColumn(cell)) return undefined;
  const lower = cell.trim().toLowerCase();
  const key = MESSY_SPACE.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
  if (Object.hasOwn(HEADERS, key)) return HEADERS[key];
  if (namesEmail(key)) return 'email';
  // What a header says of its column in brackets: Zoom's `Name (Original Name)`.
  const aside = key.indexOf(' (');
  return aside > 0 && key.endsWith(')') ? headerColumn(key.slice(0, aside)) : undefined;
}

/**
 * The columns of a header row, or null when the cells do not read as one: half of them named (at
 * least one), a name column and another named column among others, or an address column and a
 * name column among others (an export of contacts names many columns this parser has no use for:
 * title, phone, company...).
 */
export function headerOf(cells: string[]): (Column | undefined)[] | null {
  const columns = cells.map(headerColumn);
  const recognised = columns.filter(Boolean).length;
  if (recognised >= 1 && recognised >= Math.ceil(columns.length / 2)) return columns;
  // A name column and another named among others, as a list of members is copied (`Name`, `Title`,
  // `Location`, `Tags`, `Role`).
  if (recognised >= 2 && namesAny(columns) && cells.every((cell) => !cell.includes('@'))) return columns;
  if (!columns.includes('email')) return null;
  // An address column's name over cells without an address ("Player", "Email", "Team"): a header
  // whose other columns this parser does not know. Its rows are read by their address column, and
  // their names found as in a table without a header (`rowName`). A row that names a column
  // "Email" and holds an address, plain or hidden (`jane [at] acme.com`), is a row.
  if (namesAny(columns)) return columns;
  return cells.every((cell) => findAddresses(cell).length === 0) ? columns : null;
}

/** Whether a column holds a name or a part of one. */
function namesColumn(column: Column | undefined): boolean {
  return column === 'first' || column === 'last' || column === 'full';
}

/** Whether any of a header's columns holds a name or a part of one (read for every row: a loop, not a callback). */
function namesAny(columns: (Column | undefined)[]): boolean {
  for (const column of columns) if (namesColumn(column)) return true;
  return false;
}

/**
 * A name cell without what follows the name in brackets (a company, or the name it had: Zoom's
 * `Jane D (Jane Doe)`); but that name when it only writes the same one out in full (each word of
 * the name starts the word of it in its place: `Jane D` and `Kim` of `Jane Doe` and `Kim Lee`).
 */
function nameBeforeAside(cell: string): string {
  const open = cell.indexOf('(');
  const close = open > 0 ? cell.indexOf(')', open) : -1;
  // (Looked at only when the aside ends the cell, as it does in a report's column.)
  if (close < 0 || cell.trimEnd().length !== close + 1) return stripComments(cell).trim();
  let shownEnd = open;
  while (shownEnd > 0 && cell.charCodeAt(shownEnd - 1) === 32) shownEnd--;
  return writesOut(cell, 0, shownEnd, open + 1, close)
    ? cell.slice(open + 1, close).trim()
    : cell.slice(0, shownEnd).trim();
}

/**
 * Whether the words of text[from, to) each start the word of text[fullFrom, fullTo) in its place,
 * in any case (a dot after a word aside: `J.` of `Jane`), one word of it at least.
 */
function writesOut(text: string, from: number, to: number, fullFrom: number, fullTo: number): boolean {
  let full = fullFrom;
  while (full < fullTo && text.charCodeAt(full) === 32) full++;
  let i = from;
  while (i < to) {
    // One word: each of its letters the full word's, to a space (or a dot before one).
    if (full >= fullTo) return false;
    while (
      i < to &&
      text.charCodeAt(i) !== 32 &&
      !(text.charCodeAt(i) === 46 && (i + 1 === to || text.charCodeAt(i + 1) === 32))
    ) {
      if (full >= fullTo || foldCase(text.charCodeAt(i)) !== foldCase(text.charCodeAt(full))) return false;
      i++;
      full++;
    }
    while (i < to && (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 32)) i++;
    // The rest of the full word, and the spaces after it.
    while (full < fullTo && text.charCodeAt(full) !== 32) full++;
    while (full < fullTo && text.charCodeAt(full) === 32) full++;
  }
  return i > from;
}

/** The role in one row's cells, under a header with a role column: its cell, trimmed; undefined when empty or none. */
export function rowRole(cells: string[], columns: (Column | undefined)[] | null): string | undefined {
  const index = columns ? columns.indexOf('role') : -1;
  const role = index < 0 ? '' : (cells[index]?.trim() ?? '');
  return role === '' || role.length > 40 ? undefined : role;
}

/**
 * The name in one row's cells: from the named columns under a header; without one, or under a
 * header that names none, from the cells (other than the addresses') that read as names, two
 * one-word cells being first and last.
 */
export function rowName(
  cells: string[],
  columns: (Column | undefined)[] | null,
  emailIndex: number,
  isName: (cell: string) => boolean = looksLikeName,
): SplitName | null {
  if (columns && namesAny(columns)) {
    const get = (column: Column) => {
      const index = columns.indexOf(column);
      // A row out of step with its header may have fewer cells than it has columns; a cell with an
      // `@` holds an address, not a name (prose under a first line read as a header: "For press,
      // contact" over ", at jane@...").
      const cell = index < 0 || index >= cells.length ? '' : (cells[index] ?? '');
      // Not what follows the name in brackets (a company), unless it writes the name out in full
      // (Zoom's `Jane D (Jane Doe)`: `nameBeforeAside`).
      return cell.includes('@') ? '' : cleanName(cell.includes('(') ? nameBeforeAside(cell) : cell);
    };
    const name = { firstName: get('first'), lastName: get('last') };
    // A first-name column with no last-name column beside it that holds whole names (`Nombre`,
    // `Nome`, or a sheet that only has `First name`): split as a name.
    if (!columns.includes('last') && name.firstName.includes(' ')) return splitName(name.firstName);
    if (!name.firstName && !name.lastName && columns.includes('full')) return splitName(get('full'));
    return name;
  }
  // The first two cells that read as names (found without an array of them: a table may have many rows).
  let first: string | null = null;
  let second: string | null = null;
  for (let index = 0; index < cells.length && second === null; index++) {
    const cell = cells[index] ?? '';
    if (index === emailIndex || columns?.[index] === 'email' || !isName(cell)) continue;
    // (A member list's role, `Admin`, `Owner`, is no one's name; nor is `ORGANIZER;`.)
    const name = cleanName(cell);
    if (isRosterWord(name)) continue;
    if (first === null) first = name;
    else second = name;
  }
  if (first === null) return null;
  if (second !== null && !first.includes(' ')) {
    if (!second.includes(' ')) return inNameOrder(first, second);
    // A first name, then a surname with its particles ("Anna", "de la Cruz").
    if (isParticledSurname(second)) return { firstName: first, lastName: second };
  }
  return splitName(first);
}
