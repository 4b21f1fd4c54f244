import { isSpaceCode } from './address-rules';
import { nameOf, type SplitName } from './names';

/**
 * The name in the JSON object around a person's address (`"email": "jane@…"`, or the first of
 * `"emails": [{"value": "jane@…"}]`), as copied from an API's answer, a developer tool or an
 * export: its `firstName` and `lastName` fields (`first_name`, `givenName`, `surname`...), else
 * its `name` (`fullName`, `displayName`...), or a `name` object of its own (`{"first": …,
 * "last": …}`, SCIM's `{"givenName": …}`), or the first of its `names` (Google's People API).
 * Read where it stands, between the object's braces and never past the addresses before and
 * after it, so any text is read in time linear in its length, JSON or not: here `JSON.parse`
 * alone took 25-40 ms on a megabyte of small objects and over 60 ms on one of nested brackets,
 * where the budget for any megabyte is 50 ms.
 */

// Keys are compared in lower case without `_`, `-` or spaces: `first_name`, `firstName`, `First Name`.
/** The keys of a person's own address (not `cc`, `manager_email`...). */
const ADDRESS_KEYS = new Set([
  'email',
  'mail',
  'emailaddress',
  'primaryemail',
  'workemail',
  'businessemail',
  'personalemail',
  'contactemail',
  'useremail',
]);
/** A list of a person's addresses, and the key of each one's address in it (`"emails": [{"value": …}]`). */
const LIST_KEYS = new Set(['emails', 'emailaddresses']);
const LISTED_KEYS = new Set(['value', 'address']);
/** A person's name, in parts or whole. */
const FIRST_KEYS = new Set(['firstname', 'givenname', 'first', 'forename']);
const LAST_KEYS = new Set(['lastname', 'familyname', 'surname', 'last']);
const FULL_KEYS = new Set(['name', 'fullname', 'displayname', 'contactname']);
/** Within a `name` object, the whole name as written. */
const FORMATTED_KEYS = new Set(['formatted', 'displayname', 'fullname', 'unstructuredname']);
/** An object's fields are looked for no further than this from the address, either way. */
const MAX_OBJECT = 2048;

/** The shortest and the longest key looked for, `name` or `mail` and `unstructured_name`. */
const MIN_KEY = 4;
const MAX_KEY = 20;
/** The first letters of the keys looked for, in lower case. */
const initials = (...sets: Set<string>[]) => new Set(sets.flatMap((set) => [...set].map((key) => key.charCodeAt(0))));
const NAME_KEY_STARTS = initials(FIRST_KEYS, LAST_KEYS, FULL_KEYS, FORMATTED_KEYS);
const ADDRESS_KEY_STARTS = initials(ADDRESS_KEYS, LIST_KEYS, LISTED_KEYS);

/**
 * The key text[from, to) as the sets hold it, or '' when it cannot be one of them (told before it
 * is copied). A key in lower case letters, as most are, is copied as it is.
 */
function keyAt(text: string, from: number, to: number, starts: Set<number>): string {
  if (to - from < MIN_KEY || to - from > MAX_KEY || !starts.has(text.charCodeAt(from) | 32)) return '';
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 97 || code > 122) {
      return text
        .slice(from, to)
        .toLowerCase()
        .replace(/[\s_-]/g, '');
    }
  }
  return text.slice(from, to);
}

/**
 * The key of the JSON field whose value starts with the quote at `quote` (`"email": "…`), as
 * `keyAt` gives it for the address keys, with the index of its opening quote; null when that
 * quote opens no field's value.
 */
function keyBefore(text: string, quote: number): { key: string; open: number } | null {
  let colon = quote - 1;
  while (colon >= 0 && isSpaceCode(text.charCodeAt(colon))) colon--;
  if (text.charCodeAt(colon) !== 58) return null;
  let close = colon - 1;
  while (close >= 0 && isSpaceCode(text.charCodeAt(close))) close--;
  if (text.charCodeAt(close) !== 34) return null;
  // The key's opening quote, looked for no further back than the longest key.
  let open = close - 1;
  while (open >= 0 && close - open <= MAX_KEY && text.charCodeAt(open) !== 34) open--;
  if (open < 0 || text.charCodeAt(open) !== 34) return null;
  return { key: keyAt(text, open + 1, close, ADDRESS_KEY_STARTS), open };
}

/**
 * Where the fields of the person whose address stands at text[start, ...) are read from: the
 * brace that opens their object (or `floor`, where none opens it since the address before); -1
 * when the address is no person's own. Their own is an address field's value (`"email": "…"`),
 * or the first address of their list of them (`"emails": [{"value": "…"}, …]`, as SCIM and
 * Google's People API write it); not `cc`, `manager_email`, nor a second address of theirs.
 */
function addressOwner(text: string, start: number, floor: number): number {
  const field = keyBefore(text, start - 1);
  if (!field) return -1;
  const low = Math.max(floor, start - MAX_OBJECT);
  if (ADDRESS_KEYS.has(field.key)) return objectStart(text, field.open - 1, low);
  if (!LISTED_KEYS.has(field.key)) return -1;
  const entry = objectStart(text, field.open - 1, low);
  let list = entry - 1;
  while (list > low && isSpaceCode(text.charCodeAt(list))) list--;
  if (text.charCodeAt(entry) !== 123 || text.charCodeAt(list) !== 91) return -1;
  const owner = keyBefore(text, list);
  return owner && LIST_KEYS.has(owner.key) ? objectStart(text, owner.open - 1, low) : -1;
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
 * The name in the fields of the person whose address stands at text[start, end) in JSON
 * (`addressOwner`), read no further back than `floor` nor on than `ceiling`, split; null when
 * the address is no person's own field or the object has no name.
 */
export function fieldName(text: string, start: number, end: number, floor: number, ceiling: number): SplitName | null {
  if (text.charCodeAt(start - 1) !== 34 || text.charCodeAt(end) !== 34) return null;
  let from = addressOwner(text, start, floor);
  if (from < 0) return null;
  // Where no brace opens it since the address before (a selection of fields), that address's
  // closing quote is not read as an opening one.
  if (from === floor && floor > 0 && text.charCodeAt(from) === 34) from++;
  // Read on to the brace that closes the object.
  const to = Math.min(ceiling, end + MAX_OBJECT);
  let first = '';
  let last = '';
  let full = '';
  let formatted = '';
  // Nesting below the address's object, and whether the object being read is its `name` (or the
  // first of its `names`, as Google's People API lists them: `nameList` until it opens).
  let depth = 0;
  let inName = false;
  let nameList = false;
  // The key read last, whose value comes next.
  let key = '';
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 123 && i > from) {
      // An object as a field's value: only a `name` object is read.
      depth++;
      inName = depth === 1 && (FULL_KEYS.has(key) || nameList);
      nameList = false;
      key = '';
    } else if (code === 125) {
      if (depth === 0 && i > end) break;
      depth = Math.max(0, depth - 1);
      inName = false;
    } else if (code === 34) {
      nameList = false;
      const close = stringEnd(text, i, to);
      if (close < 0) break;
      let next = close + 1;
      while (next < to && isSpaceCode(text.charCodeAt(next))) next++;
      if (text.charCodeAt(next) === 58) {
        key = keyAt(text, i + 1, close, NAME_KEY_STARTS);
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
      // An array's strings are no name's parts; the first object of a list of names is the name.
      nameList = key === 'names';
      key = '';
    }
  }
  if (first || last) return { firstName: first, lastName: last };
  // A whole name is taken where it reads as a person's (a team's or a company's does not).
  return (full && nameOf(full)) || (formatted && nameOf(formatted)) || null;
}
