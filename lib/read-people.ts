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

/** The people a page scan found, each once, with where they were found. */
export async function peopleOnPage(scan: PageScan): Promise<ScanCandidate[]> {
  return (await parser()).candidatesFromScan(scan);
}
