import { atIndex } from './local-part';
import { domainLabel, domainSpelling } from './names';
import { recipient } from './person';
import type { Recipient } from './types';

/** How much a person's name says: written beats guessed beats none; first and last beat one. */
export function richness(person: Recipient): number {
  const source = person.nameSource === 'given' ? 4 : person.nameSource === 'guessed' ? 2 : 0;
  const both = person.firstName && person.lastName ? 1 : 0;
  return source + both;
}

/** What tells one person without an address from another: their name, in lower case. */
export function nameKey(name: { firstName: string; lastName: string }): string {
  return `${name.firstName} ${name.lastName}`.toLowerCase();
}

/**
 * The names of the people who have an address (`nameKey`), and the companies their domains spell:
 * a person listed without an address by such a name is one of them, or a company, no one (`Acme
 * Labs` over `ecarter@acmelabs.org`, as a signature writes its company under the name).
 */
export class AddressedNames {
  private readonly names = new Set<string>();
  /** The first labels of their domains (`domainLabel`: `acmelabs` of `acme-labs.org`). */
  private readonly companies = new Set<string>();
  /** The first characters of `companies`, by code: most names start otherwise, and are told without a key. */
  private readonly firsts = new Uint8Array(128);

  constructor(people: Recipient[]) {
    let domain = '';
    for (const person of people) {
      const email = person.email;
      if (email === null) continue;
      // (A person without a name is no one's name: most addresses of a long list have none.)
      if (person.firstName !== '' || person.lastName !== '') this.names.add(nameKey(person));
      // (A list's addresses are mostly at one domain: told once.)
      if (email.charCodeAt(email.length - domain.length - 1) === 64 && email.endsWith(domain)) continue;
      domain = email.slice(atIndex(email) + 1);
      const company = domainLabel(email);
      this.companies.add(company);
      const first = company.charCodeAt(0);
      if (first < 128) this.firsts[first] = 1;
    }
  }

  /**
   * Whether a person listed without an address (`key`, their `nameKey`) is one of them, also by
   * their name written surname first (`Smith John` over `john.smith@…`, which the address reads as
   * John Smith; looked for only where any of them has a name), or a company.
   */
  has(person: Recipient, key = nameKey(person)): boolean {
    if (this.names.has(key)) return true;
    if (this.names.size > 0 && person.firstName !== '' && person.lastName !== '') {
      if (this.names.has(`${person.lastName} ${person.firstName}`.toLowerCase())) return true;
    }
    const first = key.charCodeAt(0);
    return (first >= 128 || this.firsts[first] === 1) && this.companies.has(domainSpelling(key));
  }
}

/** The most a name can say: written, with first and last name. */
export const RICHEST = 5;

/**
 * People merged as they come: one entry per address, in order of first appearance, keeping the
 * richest name, the address as first written and the first role given; people without an address,
 * one per name in lower case.
 */
export class MergedPeople {
  readonly people: Recipient[] = [];
  /** Where each person is in `people`: by their address's id in a book, by the address, or by name. */
  private readonly byId: number[] = [];
  private readonly byAddress = new Map<string, number>();
  private readonly byName = new Map<string, number>();

  /**
   * Adds a person, known by `address` (its id in a book, or the address in lower case), or by name
   * when null: their `nameKey`, given as `key` when it is known.
   */
  add(person: Recipient, address: number | string | null, key?: string): void {
    const name = address === null ? (key ?? nameKey(person)) : '';
    const index =
      typeof address === 'number'
        ? this.byId[address]
        : address === null
          ? this.byName.get(name)
          : this.byAddress.get(address);
    const known = index === undefined ? undefined : this.people[index];
    if (index === undefined || !known) {
      if (typeof address === 'number') this.byId[address] = this.people.length;
      else if (address === null) this.byName.set(name, this.people.length);
      else this.byAddress.set(address, this.people.length);
      this.people.push(person);
    } else {
      // The richest name, and the first role a table gave them.
      const role = known.role ?? person.role;
      if (richness(person) > richness(known))
        this.people[index] = recipient(known.email, person.firstName, person.lastName, person.nameSource, role);
      else if (role !== known.role)
        this.people[index] = recipient(known.email, known.firstName, known.lastName, known.nameSource, role);
    }
  }
}

/**
 * One entry per address (case-insensitive), in order of first appearance, keeping the richest
 * name; people without an address, one per name.
 */
export function mergePeople(people: Recipient[]): Recipient[] {
  const merged = new MergedPeople();
  let previous: Recipient | undefined;
  for (const person of people) {
    // Parsers hand out one object per distinct person: a repeat in a row is skipped unlooked.
    if (person === previous) continue;
    previous = person;
    merged.add(person, person.email?.toLowerCase() ?? null);
  }
  return merged.people;
}
