import { isSpaceCode } from './address-rules';
import { nameOf, type SplitName } from './names';

/**
 * The name in the JSON object around an address written as a field's value (`"email":
 * "jane@…"`), as copied from an API's answer, a developer tool or an export: its `firstName` and
 * `lastName` fields (`first_name`, `givenName`...), else its `name` (`fullName`, `displayName`...),
 * or a `name` object of its own (`{"givenName": …, "familyName": …}`, as Google's People API
 * writes one). Read where it stands, between the object's braces and never past the addresses
 * before and after it, so any text is read in time linear in its length, JSON or not: here
 * `JSON.parse` alone took 25-40 ms on a megabyte of small objects and over 60 ms on one of
 * nested brackets, where the budget for any megabyte is 50 ms. Nothing is read beside an
 * address that is no field's value.
 */

// Keys compared in lower case without `_`, `-` or spaces: `first_name`, `firstName`, `First Name`.
const FIRST_KEYS = new Set(['firstname', 'givenname', 'first', 'forename']);
const LAST_KEYS = new Set(['lastname', 'familyname', 'surname', 'last']);
const FULL_KEYS = new Set(['name', 'fullname', 'displayname', 'contactname']);
/** Within a `name` object, the whole name as written. */
const FORMATTED_KEYS = new Set(['formatted', 'displayname', 'fullname', 'unstructuredname']);
/** An object's fields are looked for no further than this from the address, either way. */
const MAX_OBJECT = 2048;

/** The longest key looked for, `unstructured_name`. */
const MAX_KEY = 20;
/** The first letters of the keys looked for, in lower case. */
const KEY_STARTS = new Set(
  [...FIRST_KEYS, ...LAST_KEYS, ...FULL_KEYS, ...FORMATTED_KEYS].map((key) => key.charCodeAt(0)),
);

/** The key text[from, to) as the sets hold it, or '' when it cannot be one of them (told before it is copied). */
function keyAt(text: string, from: number, to: number): string {
  if (to - from > MAX_KEY || !KEY_STARTS.has(text.charCodeAt(from) | 32)) return '';
  return text
    .slice(from, to)
    .toLowerCase()
    .replace(/[\s_-]/g, '');
}

/** Whether the address at text[start, end) is a JSON string field's value: `"key": "address"`. */
export function isFieldValue(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 34 || text.charCodeAt(end) !== 34) return false;
  let i = start - 2;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  return text.charCodeAt(i) === 58 && text.charCodeAt(i - 1) === 34;
}

/**
 * The index of the `{` that opens the object holding text[at], looking back to `floor`; else
 * `floor` (a selection may start inside the object).
 */
function objectStart(text: string, at: number, floor: number): number {
  let depth = 0;
  for (let i = at; i >= floor; i--) {
    const code = text.charCodeAt(i);
    if (code === 125) depth++;
    else if (code === 123 && depth-- === 0) return i;
  }
  return floor;
}

/** The index past the `}` that closes the object holding text[at], looking on to `ceiling`; else `ceiling`. */
function objectEnd(text: string, at: number, ceiling: number): number {
  let depth = 0;
  for (let i = at; i < ceiling; i++) {
    const code = text.charCodeAt(i);
    if (code === 123) depth++;
    else if (code === 125 && depth-- === 0) return i + 1;
  }
  return ceiling;
}

/** The end of the JSON string whose opening quote is at `open` (the index of its closing quote), or -1 before `to`. */
function stringEnd(text: string, open: number, to: number): number {
  for (let i = open + 1; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 92) i++;
    else if (code === 34) return i;
    else if (code === 10) return -1;
  }
  return -1;
}

/** A JSON string's text (its escapes read), white space made single spaces, trimmed; '' when it is no valid string. */
function stringValue(raw: string): string {
  let value = raw;
  if (raw.includes('\\')) {
    try {
      value = JSON.parse(`"${raw}"`) as string;
    } catch {
      return '';
    }
  }
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * The name in the fields of the object around the address at text[start, end) (`isFieldValue`),
 * read no further back than `floor` nor on than `ceiling`, split; null when it has none.
 */
export function fieldName(text: string, start: number, end: number, floor: number, ceiling: number): SplitName | null {
  const from = objectStart(text, start - 2, Math.max(floor, start - MAX_OBJECT));
  const to = objectEnd(text, end + 1, Math.min(ceiling, end + MAX_OBJECT));
  let first = '';
  let last = '';
  let full = '';
  let formatted = '';
  // Nesting below the address's object, and whether the object being read is its `name`.
  let depth = 0;
  let inName = false;
  // The key read last, whose value comes next.
  let key = '';
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 123 && i > from) {
      // An object as a field's value: only a `name` object is read.
      depth++;
      inName = depth === 1 && FULL_KEYS.has(key);
      key = '';
    } else if (code === 125) {
      depth--;
      inName = false;
      if (depth < 0) depth = 0;
    } else if (code === 34) {
      const close = stringEnd(text, i, to);
      if (close < 0) break;
      let next = close + 1;
      while (next < to && isSpaceCode(text.charCodeAt(next))) next++;
      if (text.charCodeAt(next) === 58) {
        key = keyAt(text, i + 1, close);
        i = next;
        continue;
      }
      // A string that is a key's value.
      if (key !== '' && (depth === 0 || inName)) {
        const value = text.slice(i + 1, close);
        if (depth === 0 && FIRST_KEYS.has(key)) first ||= stringValue(value);
        else if (depth === 0 && LAST_KEYS.has(key)) last ||= stringValue(value);
        else if (depth === 0 && FULL_KEYS.has(key)) full ||= stringValue(value);
        else if (inName && FIRST_KEYS.has(key)) first ||= stringValue(value);
        else if (inName && LAST_KEYS.has(key)) last ||= stringValue(value);
        else if (inName && FORMATTED_KEYS.has(key)) formatted ||= stringValue(value);
      }
      key = '';
      i = close;
    } else if (code === 91 && depth === 0) {
      // An array's strings are no name's parts.
      key = '';
    }
  }
  if (first || last) return { firstName: first, lastName: last };
  // A whole name is taken where it reads as a person's (a team's or a company's does not).
  return (full && nameOf(full)) || (formatted && nameOf(formatted)) || null;
}
