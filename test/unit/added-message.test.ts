import { describe, expect, it } from 'vitest';
import { addedMessage } from '@/components/added-message';
import type { Recipient } from '@/lib/recipients';

const person = (role?: string): Recipient => ({
  email: 'a@x.io',
  firstName: '',
  lastName: '',
  nameSource: 'given',
  ...(role === undefined ? {} : { role }),
});
const counts = (added: number, skipped = 0, ownRoles = 0, noAddress = 0, noReply: string[] = []) => ({
  added,
  skipped,
  ownRoles,
  noAddress,
  noReply,
});

describe('addedMessage', () => {
  it('counts the people added, in the singular for one', () => {
    expect(addedMessage([], counts(3))).toBe('Added 3 people.');
    expect(addedMessage([], counts(1))).toBe('Added 1 person.');
  });

  it('says how many were already on the list, and when nobody was new', () => {
    expect(addedMessage([], counts(2, 1))).toBe('Added 2 people. 1 was already on the list.');
    expect(addedMessage([], counts(2, 3))).toBe('Added 2 people. 3 were already on the list.');
    expect(addedMessage([], counts(0, 1))).toBe('That person is already on the list.');
    expect(addedMessage([], counts(0, 4))).toBe('All 4 are already on the list.');
  });

  it('asks for the addresses the added people lack', () => {
    expect(addedMessage([], counts(1, 0, 0, 1))).toBe('Added 1 person. Fill in their address to invite them.');
    expect(addedMessage([], counts(3, 0, 0, 1))).toBe(
      'Added 3 people. One of them has no address yet: fill it in to invite them.',
    );
    expect(addedMessage([], counts(3, 0, 0, 2))).toBe(
      'Added 3 people. 2 of them have no address yet: fill them in to invite them.',
    );
  });

  it("says which rows have a table's role, and the roles that are not ApexScore's", () => {
    expect(addedMessage([person('Admin'), person('Viewer'), person()], counts(3, 0, 1))).toBe(
      'Added 3 people. 1 has the role the table gives them. Not an ApexScore role: Viewer. Those people get the role chosen for everyone.',
    );
    expect(addedMessage(['Admin', 'Member', 'Viewer', 'Owner', 'Guest', 'Intern'].map(person), counts(6, 0, 2))).toBe(
      'Added 6 people. 2 have the role the table gives them. Not an ApexScore role: Viewer, Owner, Guest and 1 more. Those people get the role chosen for everyone.',
    );
  });

  it('names the no-reply addresses left out, the first few', () => {
    expect(addedMessage([], counts(2, 0, 0, 0, ['noreply@x.io']))).toBe(
      'Added 2 people. noreply@x.io was left out: it is a no-reply address, which no one reads.',
    );
    // Nothing else to say when they were all there was.
    expect(addedMessage([], counts(0, 0, 0, 0, ['a-noreply@x.io', 'b-noreply@x.io']))).toBe(
      '2 no-reply addresses were left out, which no one reads: a-noreply@x.io, b-noreply@x.io.',
    );
    expect(addedMessage([], counts(0, 0, 0, 0, ['a@', 'b@', 'c@', 'd@', 'e@']))).toBe(
      '5 no-reply addresses were left out, which no one reads: a@, b@, c@ and 2 more.',
    );
  });
});
