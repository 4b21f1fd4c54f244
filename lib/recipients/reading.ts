/**
 * What the pages load when there is text to read: the parser, the page-scan reading and the check
 * of a pasted text, as one chunk.
 */
export { parseRecipients } from '.';
export { candidatesFromScan } from './scan';
export { unreadPieces } from './unread';
