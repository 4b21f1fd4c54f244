import { isSpaceCode, wordAt } from './address-rules';
import { splitName } from './names';
import type { Recipient } from './types';

/** Where a vCard starts, at the start of a line, in any case (RFC 6350 names are case-insensitive). */
const BEGIN = /^[ \t]*begin:vcard[ \t]*$/im;
const ANY_BEGIN = /begin:vcard/i;

/** Whether a line is `mark` (`begin:vcard`, `end:vcard`) in any case. */
function isMark(line: string, mark: string): boolean {
  return line.length === mark.length && wordAt(line, 0, mark);
}

/** A property line: an optional group, the name, its parameters, and its value after the first `:`. */
interface Property {
  name: string;
  params: string;
  value: string;
}

function property(line: string): Property | null {
  const colon = line.indexOf(':');
  if (colon <= 0) return null;
  const head = line.slice(0, colon);
  const semicolon = head.indexOf(';');
  const fullName = semicolon < 0 ? head : head.slice(0, semicolon);
  // `item1.EMAIL`: the group before the dot is not part of the name.
  const name = fullName
    .slice(fullName.lastIndexOf('.') + 1)
    .trim()
    .toUpperCase();
  return { name, params: semicolon < 0 ? '' : head.slice(semicolon + 1), value: line.slice(colon + 1) };
}

/**
 * A text value with its escapes read (`\,` `\;` `\\` `\n`), cut at unescaped `;` into components,
 * copied a run of characters at a time. With `lists`, an unescaped `,` parts the values of one
 * component (`N:Doe;Anna,Maria`): read as a space.
 */
function components(value: string, lists = false): string[] {
  const parts: string[] = [];
  let part = '';
  let run = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 92 && i + 1 < value.length) {
      const next = value.charAt(i + 1);
      part += value.slice(run, i) + (next === 'n' || next === 'N' ? ' ' : next);
      run = ++i + 1;
    } else if (code === 59) {
      parts.push((part + value.slice(run, i)).trim());
      part = '';
      run = i + 1;
    } else if (lists && code === 44) {
      part += `${value.slice(run, i)} `;
      run = i + 1;
    }
  }
  parts.push((part + value.slice(run)).trim());
  return parts;
}

/** The person of one card: its preferred (else first) address, and its name from N, else from FN. */
function cardPerson(properties: Property[], readAddress: (text: string) => string | null): Recipient | null {
  const emails = properties.filter((p) => p.name === 'EMAIL');
  const preferred = emails.find((p) => /pref/i.test(p.params)) ?? emails[0];
  const email = preferred ? readAddress(components(preferred.value).join(' ')) : null;
  const n = properties.find((p) => p.name === 'N');
  const [family = '', given = ''] = n ? components(n.value, true).map((part) => part.replace(/\s+/g, ' ')) : [];
  const fn = properties.find((p) => p.name === 'FN');
  const name =
    given || family ? { firstName: given, lastName: family } : splitName(fn ? components(fn.value).join(' ') : '');
  if (!email && !name.firstName && !name.lastName) return null;
  return {
    email,
    firstName: name.firstName,
    lastName: name.lastName,
    nameSource: name.firstName || name.lastName ? 'given' : 'none',
  };
}

/**
 * The people of the vCards in a text (RFC 6350, and the 3.0 and 2.1 that exports still write:
 * folded lines, groups, parameters, escapes), one a card, and the text outside the cards; null
 * when it holds none. An address is read by `readAddress` (the parser's own checks), which
 * answers null for what is not one.
 */
export function readVcards(
  text: string,
  readAddress: (text: string) => string | null,
): { people: Recipient[]; rest: string } | null {
  // Looked for anywhere first: a pattern anchored at every line's start reads a 5 MB page in more
  // than twice the time.
  if (!ANY_BEGIN.test(text) || !BEGIN.test(text)) return null;
  const people: Recipient[] = [];
  // The text outside the cards, in pieces, and where the current piece started.
  const rest: string[] = [];
  let outside = 0;
  let card: Property[] | null = null;
  // The property line being read, and the pieces of a folded one, joined once.
  let line = '';
  let folds: string[] | null = null;
  const finish = () => {
    const whole = folds ? folds.join('') : line;
    const read = card === null || whole === '' ? null : property(whole);
    if (read) card?.push(read);
    line = '';
    folds = null;
  };
  const close = (current: Property[]) => {
    const person = cardPerson(current, readAddress);
    if (person) people.push(person);
  };
  // Line by line, each found natively and copied only when it is read.
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const first = text.charCodeAt(start);
    // A folded line goes on after a space or a tab at the start of the next.
    if (card !== null && line !== '' && (first === 32 || first === 9)) {
      (folds ??= [line]).push(text.slice(start + 1, lineEnd));
    } else {
      finish();
      const trimmed =
        card !== null || first === 66 || first === 98 || isSpaceCode(first) ? text.slice(start, lineEnd).trim() : '';
      if (card === null) {
        if (isMark(trimmed, 'begin:vcard')) {
          rest.push(text.slice(outside, start));
          card = [];
        }
      } else if (isMark(trimmed, 'end:vcard')) {
        close(card);
        card = null;
        outside = end + 1;
      } else line = trimmed;
    }
    start = end + 1;
  }
  finish();
  // A card left open at the end of the text is read as far as it goes.
  if (card !== null) close(card);
  else rest.push(text.slice(outside));
  return { people, rest: rest.join('\n') };
}
