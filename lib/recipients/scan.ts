import type { PageScan } from '../page-scan';
import { parseRecipients } from '.';
import { richness } from './merge';
import { finishedName, isSiteWord, looksLikeName, splitName } from './names';
import type { Recipient } from './types';

/** Where on a page a person was found. */
export type ScanSource = 'link' | 'element' | 'structured' | 'text';

export interface ScanCandidate {
  person: Recipient;
  sources: ScanSource[];
}

/** One candidate per address (case-insensitive), with the richest name and every place it was seen. */
export function candidatesFromScan(scan: PageScan): ScanCandidate[] {
  const byEmail = new Map<string, ScanCandidate>();
  const add = (person: Recipient, source: ScanSource) => {
    if (person.email === null) return;
    const key = person.email.toLowerCase();
    const known = byEmail.get(key);
    if (!known) byEmail.set(key, { person, sources: [source] });
    else {
      if (!known.sources.includes(source)) known.sources.push(source);
      if (richness(person) > richness(known.person)) known.person = { ...person, email: known.person.email };
    }
  };
  // The name written beside what the page links or marks up names the person it is written to:
  // the first address there, not those it copies (`mailto:jane@...?cc=assistant@...`). Without
  // one, each person keeps the name the parser read (`mailto:Jane%20Doe%20<jane@...>`) or guessed.
  const addNamed = (people: Recipient[], name: string, source: ScanSource) => {
    const split = name && !name.includes('@') ? splitName(name) : null;
    // A link reading "Careers" or "Press" names a page, not the person at its address.
    const given = split && (split.firstName || split.lastName) && !isSiteWord(split) ? split : null;
    people.forEach((person, index) =>
      add(index === 0 && given ? { ...person, ...given, nameSource: 'given' } : person, source),
    );
  };
  // The scan writes where a link points after its text, when the text does not say it: an address
  // there is no more in the page's text than it was (its name there is still taken). One also
  // written out elsewhere on the page is then not said to be in its text: the parser gives each
  // address once, not each place.
  const onlyLinked = new Set<string>();
  for (const link of scan.links) {
    const people = parseRecipients(link.href);
    if (!link.text.includes('@')) for (const { email } of people) if (email) onlyLinked.add(email.toLowerCase());
    // Link text is a name only when it reads as one ("Write to us" is not).
    addNamed(people, looksLikeName(link.text) ? link.text : '', 'link');
  }
  for (const element of scan.elements) addNamed(parseRecipients(element.email), element.name, 'element');
  for (const entry of scan.structured) {
    const people = parseRecipients(entry.email);
    const [first] = people;
    // `givenName` and `familyName`, where the entry has them, are its name already split.
    const split = entry.givenName || entry.familyName;
    if (first && split) {
      people[0] = { ...first, firstName: entry.givenName, lastName: entry.familyName, nameSource: 'given' };
    }
    addNamed(people, split ? '' : entry.name, 'structured');
  }
  for (const found of parseRecipients(scan.text)) {
    add(found, found.email && onlyLinked.has(found.email.toLowerCase()) ? 'link' : 'text');
  }
  // Names taken from links and markup are finished as the parser finishes those it reads.
  return Array.from(byEmail.values(), ({ person, sources }) => ({ person: finishedName(person), sources }));
}
