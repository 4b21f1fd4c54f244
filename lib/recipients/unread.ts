import { parseRecipients } from '.';
import type { Recipient } from './types';

/** What cuts a pasted text into pieces, one of which may be an address. */
const BETWEEN_PIECES = /[\s"(),;<>[\]{|}]+/;
/** A piece of only `@` signs: the middle of `jane [@] acme [dot] com`, not an address of its own. */
const ONLY_AT = /^@+$/;
/**
 * Pieces parsed alone at most: past them (a paste of mostly junk with `@`s), the rest are taken
 * for unread without a look, which errs towards keeping the user's text, never towards losing it.
 */
const MAX_PARSED_ALONE = 1000;

/**
 * The pieces of a text that hold an `@` but are not among `people`, the people read from it: a
 * mistyped address (`jane.doe@acme`) that the parser rightly turns down, and that a user pasting
 * thirty addresses would not see was left out. Each piece once, in order. A piece is judged as
 * the parser reads it alone: it is unread when it gives nobody, or someone not among `people`
 * (or when more than `MAX_PARSED_ALONE` pieces needed that look).
 */
export function unreadPieces(text: string, people: Recipient[]): string[] {
  if (!text.includes('@')) return [];
  const read = new Set<string>();
  for (const person of people) if (person.email !== null) read.add(person.email.toLowerCase());
  const unread: string[] = [];
  const checked = new Set<string>();
  // Each piece looked at once (`checked`): the unread ones are then each listed once.
  for (const piece of text.split(BETWEEN_PIECES)) {
    // Most pieces are an address read just as written: found without parsing them again.
    if (!piece.includes('@') || read.has(piece.toLowerCase()) || checked.has(piece)) continue;
    checked.add(piece);
    if (ONLY_AT.test(piece)) continue;
    if (checked.size > MAX_PARSED_ALONE) {
      unread.push(piece);
      continue;
    }
    const alone = parseRecipients(piece);
    if (alone.length === 0 || alone.some((person) => !read.has(person.email?.toLowerCase() ?? ''))) unread.push(piece);
  }
  return unread;
}
