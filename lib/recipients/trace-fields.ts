import { lineStartAt } from './record';

/**
 * The fields of a message's source that name no one to invite (lower case): its ids
 * (`Message-ID: <CAF1…@mail.gmail.com>`, `References:`), the paths it took (`Return-Path:`,
 * `Received: … for <jane@…>`, `Delivered-To:`, the reader's own address) and a mailing list's links
 * (`List-Unsubscribe: <mailto:…>`). Copied with the message's source, their addresses are not
 * people: the people are in its `From:`, `To:` and `Cc:`.
 */
const TRACE_FIELDS = new Set([
  'message-id',
  'in-reply-to',
  'references',
  'resent-message-id',
  'return-path',
  'received',
  'x-received',
  'delivered-to',
  'x-original-to',
  'envelope-to',
  'errors-to',
  'list-unsubscribe',
  'list-subscribe',
  'list-post',
  'list-help',
  'list-owner',
  'list-archive',
]);
const MAX_FIELD = Math.max(...Array.from(TRACE_FIELDS, (field) => field.length));
/** The longest line of a message (RFC 5322): a longer one is no field's. */
const MAX_LINE = 998;
/** The most lines a field is looked for above a folded line (`References:` folds its ids a line each). */
const MAX_FOLDED = 20;

/**
 * Tells whether an address stands in a trace field's value (`TRACE_FIELDS`), on the field's line
 * or on a line folded under it. Asked of a text's addresses in order: the lines are followed
 * forward from one address to the next, and the last line's answer is kept, so that each line is
 * read once, however many addresses it or the lines folded under it hold.
 */
export class TraceFields {
  /** Where the line of the last address asked starts, and the first line break after it (-2: not looked for). */
  private lineStart = 0;
  private nextBreak = -2;
  /** The line whose answer is kept (-1: none), and the answer. */
  private answered = -1;
  private answer = false;

  has(text: string, at: number): boolean {
    // (Each line break is looked for once, natively, however far apart the addresses.)
    if (this.nextBreak === -2) this.nextBreak = text.indexOf('\n');
    while (this.nextBreak >= 0 && this.nextBreak < at) {
      this.lineStart = this.nextBreak + 1;
      this.nextBreak = text.indexOf('\n', this.lineStart);
    }
    // (A line longer than a message's is no field's.)
    if (at - this.lineStart > MAX_LINE) return false;
    if (this.lineStart !== this.answered) {
      this.answer = this.fieldOf(text, this.lineStart);
      this.answered = this.lineStart;
    }
    return this.answer;
  }

  /** Whether the line at `lineStart` is a trace field's, or folded under one (within `MAX_FOLDED` lines). */
  private fieldOf(text: string, lineStart: number): boolean {
    let line = lineStart;
    for (let n = 0; n <= MAX_FOLDED; n++) {
      const code = text.charCodeAt(line);
      if (code !== 32 && code !== 9) return isTraceLabel(text, line);
      if (line === 0) return false;
      // (The line before, looked for no further back than a message's line.)
      line = lineStartAt(text, line - 1, MAX_LINE);
      if (line < 0) return false;
      if (line === this.answered) return this.answer;
    }
    return false;
  }
}

/** Whether the line at `start` starts with a trace field's label and its colon (`Message-ID:`). */
function isTraceLabel(text: string, start: number): boolean {
  let end = start;
  while (end < text.length && end - start <= MAX_FIELD && isLabelCode(text.charCodeAt(end))) end++;
  return text.charCodeAt(end) === 58 && TRACE_FIELDS.has(text.slice(start, end).toLowerCase());
}

function isLabelCode(code: number): boolean {
  const letter = code | 32;
  return (letter >= 97 && letter <= 122) || code === 45;
}
