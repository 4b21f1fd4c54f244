import type { PageScan } from '../page-scan';
import { parseRecipients } from '.';
import { richness } from './merge';
import { looksLikeName, splitName } from './names';
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
  const withName = (email: string, name: string, source: ScanSource) => {
    for (const found of parseRecipients(email)) {
      const split = name && !name.includes('@') ? splitName(name) : null;
      add(split && (split.firstName || split.lastName) ? { ...found, ...split, nameSource: 'given' } : found, source);
    }
  };
  for (const link of scan.links) {
    // Link text is a name only when it reads as one ("Write to us" is not).
    const name = looksLikeName(link.text) ? link.text : '';
    for (const found of parseRecipients(link.href)) withName(found.email ?? '', name, 'link');
  }
  for (const element of scan.elements) withName(element.email, element.name, 'element');
  for (const entry of scan.structured) {
    const given = entry.givenName || entry.familyName;
    for (const found of parseRecipients(entry.email)) {
      if (given)
        add({ ...found, firstName: entry.givenName, lastName: entry.familyName, nameSource: 'given' }, 'structured');
      else withName(found.email ?? '', entry.name, 'structured');
    }
  }
  for (const found of parseRecipients(scan.text)) add(found, 'text');
  return [...byEmail.values()];
}
