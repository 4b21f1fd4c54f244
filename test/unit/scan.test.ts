import { describe, expect, it } from 'vitest';
import type { PageScan } from '@/lib/page-scan';
import { candidatesFromScan } from '@/lib/recipients/scan';

const EMPTY: PageScan = { links: [], elements: [], structured: [], text: '' };

/** Each candidate as `email: first / last (source), where, where`. */
function found(scan: Partial<PageScan>): string[] {
  return candidatesFromScan({ ...EMPTY, ...scan }).map(
    ({ person, sources }) =>
      `${person.email ?? ''}: ${person.firstName} / ${person.lastName} (${person.nameSource}), ${sources.join(', ')}`,
  );
}

describe('candidatesFromScan', () => {
  it('names a mailto link by its text when the text reads as a name', () => {
    expect(
      found({
        links: [
          { href: 'mailto:ann.lee@example.com', text: 'Ann Lee' },
          { href: 'mailto:press@example.com', text: 'Write to us' },
          { href: 'mailto:sam.ray@example.com', text: 'sam.ray@example.com' },
        ],
      }),
    ).toEqual([
      'ann.lee@example.com: Ann / Lee (given), link',
      'press@example.com:  /  (none), link',
      'sam.ray@example.com: Sam / Ray (guessed), link',
    ]);
  });

  it('does not take a link reading as a page of the site (Careers, Press) for a name', () => {
    expect(
      found({
        links: [
          { href: 'mailto:jobs@example.com', text: 'Careers' },
          { href: 'mailto:ann.lee@example.com', text: 'Press' },
          { href: 'mailto:steve@example.com', text: 'Steve Jobs' },
        ],
      }),
    ).toEqual([
      'jobs@example.com:  /  (none), link',
      'ann.lee@example.com: Ann / Lee (guessed), link',
      'steve@example.com: Steve / Jobs (given), link',
    ]);
  });

  it("gives a link's text to the address it is written to, not to those it copies", () => {
    expect(
      found({ links: [{ href: 'mailto:jane.doe@example.com?cc=assistant@example.com&subject=Hi', text: 'Jane Doe' }] }),
    ).toEqual(['jane.doe@example.com: Jane / Doe (given), link', 'assistant@example.com:  /  (none), link']);
  });

  it('keeps a name written in the link itself when its text is not one', () => {
    expect(found({ links: [{ href: 'mailto:Grace%20Hopper%20%3Cgh@navy.example%3E', text: 'Email us' }] })).toEqual([
      'gh@navy.example: Grace / Hopper (given), link',
    ]);
  });

  it('finishes the names it takes from links and markup as the parser finishes its own', () => {
    expect(
      found({
        links: [{ href: 'mailto:jane.doe@example.com', text: 'JANE DOE' }],
        elements: [{ email: 'kevin.lee@example.com', name: 'Kevin' }],
      }),
    ).toEqual([
      'jane.doe@example.com: Jane / Doe (given), link',
      'kevin.lee@example.com: Kevin / Lee (given), element',
    ]);
  });

  it('reads elements and structured data, with their names split', () => {
    expect(
      found({
        elements: [
          { email: 'carol.white@example.com', name: 'Carol White' },
          { email: 'not an address', name: 'Nobody' },
        ],
        structured: [
          { email: 'dan.brown@example.com', name: 'Dan Brown', givenName: '', familyName: '' },
          { email: 'eva@example.com', name: 'ignored', givenName: 'Eva Maria', familyName: 'van der Berg' },
        ],
      }),
    ).toEqual([
      'carol.white@example.com: Carol / White (given), element',
      'dan.brown@example.com: Dan / Brown (given), structured',
      'eva@example.com: Eva Maria / van der Berg (given), structured',
    ]);
  });

  it('lists each address once, in the spelling first met, with every place and the richest name', () => {
    expect(
      found({
        links: [{ href: 'mailto:Jane.Doe@Example.com', text: 'jane.doe@example.com' }],
        elements: [{ email: 'jane.doe@example.com', name: '' }],
        text: 'Our team: Jane Doe <JANE.DOE@EXAMPLE.COM>, and bob@example.com.',
      }),
    ).toEqual(['Jane.Doe@Example.com: Jane / Doe (given), link, element, text', 'bob@example.com:  /  (none), text']);
  });

  it("reads a link's name as its address's, and not as the address's written under it", () => {
    // The text as the scan writes it: where a link points after its text.
    expect(
      found({
        links: [{ href: 'mailto:fay.green@example.com', text: 'Fay Green' }],
        text: 'Board: Fay Green mailto:fay.green@example.com\nTreasurer: gus.hill@example.com',
      }),
    ).toEqual(['fay.green@example.com: Fay / Green (given), link', 'gus.hill@example.com: Gus / Hill (guessed), text']);
  });

  it('finds nobody on an empty page', () => {
    expect(found({})).toEqual([]);
  });
});
