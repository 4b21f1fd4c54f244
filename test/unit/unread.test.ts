import { describe, expect, it } from 'vitest';
import { parseRecipients } from '@/lib/recipients';
import { unreadPieces } from '@/lib/recipients/unread';

const unread = (text: string) => unreadPieces(text, parseRecipients(text));

describe('unreadPieces, what a paste held with an @ that gave no one', () => {
  it.each<[string, string[]]>([
    // Mistyped addresses, each once, in order.
    ['jane@acme.com, jane.doe@acme; bob@x.io\nlogo@2x.png\njane.doe@acme', ['jane.doe@acme', 'logo@2x.png']],
    ['Doe, Jane <jane@acme.com>; "Bo" <bo@>; @acme.com', ['bo@', '@acme.com']],
    ['a@@b.com\tAnn\tLee', ['a@@b.com']],
    // Everything read: in prose, in brackets, cased, spelled out, in a mailto URL.
    ['Write to jane@acme.com. Or JANE@ACME.COM!', []],
    ['jane [@] acme [dot] com, bob (at) acme (dot) io', []],
    ['mailto:a@x.com?cc=b@y.com&subject=Hi', []],
    ["Pat O'Brien: o'brien@example.ie", []],
    // A calendar invitation, folded lines, a CN that is the address and a room included.
    [
      'ORGANIZER;CN=Jane Doe:mailto:jane.doe@acme.com\r\nATTENDEE;CN=Jane Doe;X-NUM-GUESTS=0:mai\r\n lto:jane.doe@acme.com\r\n' +
        'ATTENDEE;CUTYPE=ROOM;CN=Room 5A:mailto:c_1@resource.calendar.google.com\r\n' +
        'ATTENDEE;CN=john@acme.com;SENT-BY="mailto:asst@acme.com":mailto:john@acme.com',
      [],
    ],
    // The name of an attendee without an address is kept as a person; what was no address stays.
    ['ATTENDEE;CN=Bo Li:mailto:bo@localhost', ['Li:mailto:bo@localhost']],
    // Nothing with an @ at all.
    ['Jane Doe\nJohn Smith', []],
    ['', []],
  ])('%j', (text, expected) => {
    expect(unread(text)).toEqual(expected);
  });

  it('parses at most a thousand pieces alone, and keeps the rest unlooked at', () => {
    const junk = (count: number) => Array.from({ length: count }, (_, i) => `bad${i}@x`).join(' ');
    // Read when looked at: a mailto URL of an address read.
    expect(unread(`ok@x.com ${junk(998)} mailto:ok@x.com`)).not.toContain('mailto:ok@x.com');
    const many = unread(`ok@x.com ${junk(1000)} mailto:ok@x.com`);
    expect(many).toHaveLength(1001);
    expect(many.at(-1)).toBe('mailto:ok@x.com');
  });

  it('judges each piece against the people read from the whole text', () => {
    // A piece that gives someone not on the list handed in is unread.
    expect(unreadPieces('jane@acme.com bob@acme.com', parseRecipients('jane@acme.com'))).toEqual(['bob@acme.com']);
  });
});
