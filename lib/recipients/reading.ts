/** What the pages load when there is text to read: the parser and the page-scan reading, as one chunk. */
export { parseRecipients } from '.';
export { candidatesFromScan } from './scan';
