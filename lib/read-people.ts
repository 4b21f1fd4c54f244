import type { PageScan } from './page-scan';
import type { Recipient } from './recipients';
import type { ScanCandidate } from './recipients/scan';

/**
 * The parser, loaded the first time there is text to read. It is a third of the form's code,
 * and most openings of the popup have nothing to read: they do not pay for it.
 */
const parser = () => import('./recipients/reading');

/** Every person in a piece of text (a selection, a mailto link, a pasted list). */
export async function peopleInText(text: string): Promise<Recipient[]> {
  return text.trim() === '' ? [] : (await parser()).parseRecipients(text);
}

/**
 * The people in a pasted text, and the pieces of it that hold an `@` but gave no one on the list
 * (a mistyped address), to be shown and left for the user to correct.
 */
export async function peopleInPaste(text: string): Promise<{ people: Recipient[]; unread: string[] }> {
  if (text.trim() === '') return { people: [], unread: [] };
  const reading = await parser();
  const people = reading.parseRecipients(text);
  // With nobody read, the whole text stays as it is.
  return { people, unread: people.length === 0 ? [] : reading.unreadPieces(text, people) };
}

/** The people a page scan found, each once, with where they were found. */
export async function peopleOnPage(scan: PageScan): Promise<ScanCandidate[]> {
  return (await parser()).candidatesFromScan(scan);
}
