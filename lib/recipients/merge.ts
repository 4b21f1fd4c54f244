import type { Recipient } from './types';

/** How much a person's name says: written beats guessed beats none; first and last beat one. */
export function richness(person: Recipient): number {
  const source = person.nameSource === 'given' ? 4 : person.nameSource === 'guessed' ? 2 : 0;
  const both = person.firstName && person.lastName ? 1 : 0;
  return source + both;
}

/** The most a name can say: written, with first and last name. */
export const RICHEST = 5;

function keyOf(person: Recipient): string {
  return person.email !== null
    ? `@${person.email.toLowerCase()}`
    : `#${person.firstName} ${person.lastName}`.toLowerCase();
}

/** One entry per address (case-insensitive), in order of first appearance, keeping the richest name. */
export function mergePeople(people: Recipient[]): Recipient[] {
  const merged = new Map<string, Recipient>();
  // Parsers hand out one object per distinct person: a repeat of the same object is skipped unlooked.
  const seen = new Set<Recipient>();
  for (const person of people) {
    if (seen.has(person)) continue;
    seen.add(person);
    const key = keyOf(person);
    const known = merged.get(key);
    if (!known) merged.set(key, person);
    else if (richness(person) > richness(known)) merged.set(key, { ...person, email: known.email });
  }
  return [...merged.values()];
}
