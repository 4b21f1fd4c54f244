/** The marks that start each line of a quoted message (`> `, `>> `, `> > `), with the space after them. */
const QUOTE_MARKS = /^[ \t]*>(?:[ \t]*>)*[ \t]?/gm;

/**
 * The text without the marks a plain-text reply quotes its message with: copied from a reply, a
 * signature reads `> Jane Doe` over `> jd@acme.com`, a table's rows `> Jane Doe\tjane@…`, and the
 * mark would hide the name and the row. Looked for first where it is cheap to (a line break then
 * `>`, or a text that starts with one): most texts have none.
 */
export function withoutQuoteMarks(text: string): string {
  return QUOTED_LINE.test(text) || text.trimStart().startsWith('>') ? text.replace(QUOTE_MARKS, '') : text;
}

/** A line after the first that starts with a quote mark (found by its line break, natively). */
const QUOTED_LINE = /\n[ \t]*>/;
