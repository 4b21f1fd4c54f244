import { describe, expect, it } from 'vitest';
import { addPeople, emptyRow, type PersonRow, roleNamed, unknownRoles } from '@/lib/draft';
import type { Recipient } from '@/lib/recipients';

const person = (email: string | null, firstName = '', lastName = ''): Recipient => ({
  email,
  firstName,
  lastName,
  nameSource: 'given',
});
const emails = (rows: PersonRow[]) => rows.map((row) => row.email);

describe('addPeople', () => {
  it('fills the blank row first', () => {
    const result = addPeople([emptyRow()], [person('a@x.io', 'Ann')]);
    expect(result).toMatchObject({ added: 1, skipped: 0 });
    expect(result.rows).toMatchObject([{ email: 'a@x.io', firstName: 'Ann' }]);
  });

  it('skips addresses already on the form, whatever their case', () => {
    const start = addPeople([emptyRow()], [person('a@x.io')]).rows;
    const result = addPeople(start, [person('A@X.IO'), person('b@x.io'), person('b@x.io')]);
    expect(emails(result.rows)).toEqual(['a@x.io', 'b@x.io']);
    expect(result).toMatchObject({ added: 1, skipped: 2 });
  });

  it('knows a typed address that holds a zero-width space for the same address', () => {
    const typed = { ...emptyRow(), email: 'a\u200b@x.io ' };
    expect(addPeople([typed], [person('a@x.io', 'Ann')])).toMatchObject({ added: 0, skipped: 1 });
  });

  it('leaves out a no-reply address, once, and says which', () => {
    const result = addPeople(
      [emptyRow()],
      [
        person('comments-noreply@docs.google.com'),
        person('jane@x.io', 'Jane'),
        person('NO-REPLY@X.IO'),
        person('no-reply@x.io', 'Acme'),
      ],
    );
    expect(emails(result.rows)).toEqual(['jane@x.io']);
    expect(result).toMatchObject({
      added: 1,
      skipped: 0,
      noReply: ['comments-noreply@docs.google.com', 'NO-REPLY@X.IO'],
    });
  });

  it('gives a person without an address a row to complete, and counts them', () => {
    const result = addPeople([], [person(null, 'Jane', 'Doe'), person('a@x.io'), person(null, 'Jane', 'Doe')]);
    expect(result.rows).toMatchObject([{ email: '', firstName: 'Jane', lastName: 'Doe' }, { email: 'a@x.io' }]);
    expect(result).toMatchObject({ added: 2, skipped: 1, noAddress: 1 });
  });

  it('does not add again a person without an address whose name a row has', () => {
    const start = addPeople([], [person(null, 'Priya', 'Patel'), person('jane@x.io', 'Jane', 'Doe')]).rows;
    const result = addPeople(start, [
      person(null, 'priya', 'PATEL'),
      person(null, 'Jane', 'Doe'),
      person(null, 'Bo', 'Li'),
    ]);
    expect(result).toMatchObject({ added: 1, skipped: 2 });
    expect(result.rows.map((row) => [row.email, row.firstName, row.lastName])).toEqual([
      ['', 'Priya', 'Patel'],
      ['jane@x.io', 'Jane', 'Doe'],
      ['', 'Bo', 'Li'],
    ]);
  });

  it("completes a row without an address with the address of a person of that name, keeping the row's own", () => {
    const start = addPeople([], [person(null, 'Priya', 'Patel')]).rows;
    const result = addPeople(start, [person('priya@x.io', 'Priya', 'Patel'), person('p2@x.io', 'Priya', 'Patel')]);
    expect(result).toMatchObject({ added: 2, skipped: 0 });
    expect(result.rows.map((row) => [row.id, row.email, row.firstName])).toEqual([
      [start[0]?.id, 'priya@x.io', 'Priya'],
      [expect.any(String), 'p2@x.io', 'Priya'],
    ]);
  });

  it("makes the role a table gave a person their row's own, and none that is not ApexScore's", () => {
    const result = addPeople(
      [],
      [
        { ...person('a@x.io'), role: 'Administrator' },
        { ...person('b@x.io'), role: 'collaborator' },
        { ...person('c@x.io'), role: 'Viewer' },
        person('d@x.io'),
      ],
    );
    expect(result.rows.map((row) => row.role)).toEqual([2, 1, null, null]);
    expect(result.ownRoles).toBe(2);
    // A row completed with an address keeps a role of its own.
    const start = addPeople([], [person(null, 'Priya', 'Patel')]).rows.map((row) => ({ ...row, role: 1 as const }));
    const completed = addPeople(start, [{ ...person('p@x.io', 'Priya', 'Patel'), role: 'Admin' }]);
    expect(completed.rows[0]?.role).toBe(1);
    expect(completed.ownRoles).toBe(0);
  });

  it('always leaves at least one row', () => {
    expect(addPeople([emptyRow()], []).rows).toHaveLength(1);
  });

  it('gives every row its own id', () => {
    const rows = addPeople([], [person('a@x.io'), person('b@x.io'), person('c@x.io')]).rows;
    expect(new Set(rows.map((row) => row.id)).size).toBe(3);
  });
});

describe('roleNamed', () => {
  it("reads ApexScore's roles in any case, and nothing else", () => {
    expect([' Member ', 'COLLABORATOR', 'administrator', 'Admin'].map(roleNamed)).toEqual([0, 1, 2, 2]);
    expect(['Mitglied', 'Collaborateur', 'Administrador'].map(roleNamed)).toEqual([0, 1, 2]);
    expect(['Viewer', 'Owner', '2', '', undefined].map(roleNamed)).toEqual([null, null, null, null, null]);
  });
});

describe('unknownRoles', () => {
  const withRole = (role?: string): Recipient => ({ ...person('a@x.io'), ...(role === undefined ? {} : { role }) });

  it("names each role of a column that also names ApexScore's, once", () => {
    expect(
      unknownRoles([withRole('Admin'), withRole('Viewer'), withRole(), withRole('Viewer'), withRole('Owner')]),
    ).toEqual(['Viewer', 'Owner']);
  });

  it("names none for a column that names none of ApexScore's: job titles", () => {
    expect(unknownRoles([withRole('Head of Sales'), withRole('Engineer')])).toEqual([]);
  });
});
