import type { Role } from './apexscore/contract';
import { fieldValue } from './invitee';
import type { Recipient } from './recipients';
import { isNoReply } from './recipients/local-part';

/** One person on the invite form. `role`/`portfolioIds` null: the choice for everyone applies. */
export interface PersonRow {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: Role | null;
  portfolioIds: string[] | null;
  /** The batch that last sent this row, whose state says how it went. */
  batchId: string | null;
}

/** The form as typed so far; kept in session storage so closing the popup loses nothing. */
export interface Draft {
  rows: PersonRow[];
  role: Role | null;
  portfolioIds: string[];
}

export const DRAFT_KEY = 'inviteDraft';

let counter = 0;
export function newRowId(): string {
  counter += 1;
  return `r${Date.now().toString(36)}${counter.toString(36)}`;
}

export function emptyRow(): PersonRow {
  return { id: newRowId(), email: '', firstName: '', lastName: '', role: null, portfolioIds: null, batchId: null };
}

export function isBlank(row: PersonRow): boolean {
  return row.email.trim() === '' && row.firstName.trim() === '' && row.lastName.trim() === '';
}

/**
 * The ApexScore role a table's role column names (`Administrator`, `admin`, `Member`), in any
 * case, in English or as the languages whose role columns the parser knows write it
 * (`Mitglied`, `Administrateur`); null for any other (`Viewer`), for the role chosen for everyone
 * to apply.
 */
export function roleNamed(text: string | undefined): Role | null {
  return text === undefined ? null : (ROLE_NAMES.get(text.trim().toLowerCase()) ?? null);
}

/**
 * The roles a table's role column names that are not ApexScore's (`roleNamed`), each once, for
 * the user to be told; none when it names none of ApexScore's, as a staff list's `Role` of job
 * titles (`Head of Sales`) does not mean them.
 */
export function unknownRoles(people: readonly Recipient[]): string[] {
  const unknown = new Set<string>();
  let known = false;
  for (const { role } of people) {
    if (role === undefined) continue;
    if (roleNamed(role) === null) unknown.add(role);
    else known = true;
  }
  return known ? [...unknown] : [];
}

const ROLE_NAMES = new Map<string, Role>([
  ...['member', 'mitglied', 'membre', 'miembro', 'membro', 'lid'].map((name) => [name, 0] as const),
  ...['collaborator', 'collaborateur', 'colaborador', 'collaboratore'].map((name) => [name, 1] as const),
  ...['administrator', 'admin', 'administrateur', 'administrador', 'amministratore'].map((name) => [name, 2] as const),
]);

/** A row's or a person's full name as the form compares them: without case, or '' when none. */
function nameKey(firstName: string, lastName: string): string {
  return `${fieldValue(firstName)} ${fieldValue(lastName)}`.trim().toLowerCase();
}

/** What `addPeople` did: the rows, and the counts the form tells the user. */
export interface AddedPeople {
  rows: PersonRow[];
  /** People added, as new rows or completing a row that had their name without an address. */
  added: number;
  /** People already on the form. */
  skipped: number;
  /** Added rows a table gave a role of their own. */
  ownRoles: number;
  /** People added without an address, as rows to complete. */
  noAddress: number;
  /** The no-reply addresses left out (`isNoReply`), once each: an invitation to one is read by no one. */
  noReply: string[];
}

/**
 * Adds people to the rows: blank rows are filled first, an address already on the form is not
 * added twice (case-insensitive), and a person without an address gets a row to complete, unless a
 * row already has their name. A person with an address whose name a row without one has completes
 * that row (`Priya Patel` pasted, then `Priya Patel <priya@…>`). A role a table gave a person is
 * their row's own (`roleNamed`), shown open on it. A no-reply address (`comments-noreply@…`, as a
 * thread or a page carries one) is left out, and said.
 */
export function addPeople(rows: PersonRow[], people: Recipient[]): AddedPeople {
  const known = new Set(rows.map((row) => fieldValue(row.email).toLowerCase()).filter(Boolean));
  const kept = rows.filter((row) => !isBlank(row));
  // The names on the rows, and the rows without an address by name: the first of each (in `kept`).
  const named = new Set<string>();
  const unaddressed = new Map<string, number>();
  kept.forEach((row, index) => {
    const name = nameKey(row.firstName, row.lastName);
    if (!name) return;
    named.add(name);
    if (!fieldValue(row.email) && !unaddressed.has(name)) unaddressed.set(name, index);
  });
  let added = 0;
  let skipped = 0;
  // The rows given a role of their own by a table, and the people added without an address.
  let ownRoles = 0;
  let noAddress = 0;
  const noReply = new Map<string, string>();
  for (const person of people) {
    const email = person.email?.trim() ?? '';
    if (email && isNoReply(email)) {
      if (!noReply.has(email.toLowerCase())) noReply.set(email.toLowerCase(), email);
      continue;
    }
    const name = nameKey(person.firstName, person.lastName);
    if (email ? known.has(email.toLowerCase()) : name === '' || named.has(name)) {
      skipped++;
      continue;
    }
    const waiting = email && name ? unaddressed.get(name) : undefined;
    const row = waiting === undefined ? undefined : kept[waiting];
    const role = roleNamed(person.role);
    if (waiting !== undefined && row && !row.batchId) {
      unaddressed.delete(name);
      kept[waiting] = { ...row, email, role: row.role ?? role };
      if (row.role === null && role !== null) ownRoles++;
    } else {
      kept.push({ ...emptyRow(), email, firstName: person.firstName, lastName: person.lastName, role });
      if (role !== null) ownRoles++;
    }
    if (email) known.add(email.toLowerCase());
    else noAddress++;
    if (name) named.add(name);
    added++;
  }
  return {
    rows: kept.length ? kept : [emptyRow()],
    added,
    skipped,
    ownRoles,
    noAddress,
    noReply: [...noReply.values()],
  };
}
