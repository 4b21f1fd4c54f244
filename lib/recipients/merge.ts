import type { Recipient } from './types';

/** How much a person's name says: written beats guessed beats none; first and last beat one. */
export function richness(person: Recipient): number {
  const source = person.nameSource === 'given' ? 4 : person.nameSource === 'guessed' ? 2 : 0;
  const both = person.firstName && person.lastName ? 1 : 0;
  return source + both;
}

/** The most a name can say: written, with first and last name. */
export const RICHEST = 5;

/**
 * One entry per address (case-insensitive), in order of first appearance, keeping the richest
 * name; people without an address, one per name.
 */
export function mergePeople(people: Recipient[]): Recipient[] {
  const merged: Recipient[] = [];
  const byEmail = new Map<string, number>();
  const byName = new Map<string, number>();
  let previous: Recipient | undefined;
  for (const person of people) {
    // Parsers hand out one object per distinct person: a repeat in a row is skipped unlooked.
    if (person === previous) continue;
    previous = person;
    const byKey = person.email === null ? byName : byEmail;
    const key = (person.email ?? `${person.firstName} ${person.lastName}`).toLowerCase();
    const index = byKey.get(key);
    const known = index === undefined ? undefined : merged[index];
    if (index === undefined || !known) {
      byKey.set(key, merged.length);
      merged.push(person);
    } else if (richness(person) > richness(known)) merged[index] = { ...person, email: known.email };
  }
  return merged;
}
