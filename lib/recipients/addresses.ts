import { isValidEmail, MAX_EMAIL_LENGTH } from '../apexscore/email';
import { AddressBook } from './address-book';
import { HASH_START, hashStep, joinHashes } from './hashing';
import {
  codeAt,
  type FoundAddress,
  FoundList,
  type FoundView,
  isAsciiLocal,
  isAsciiWord,
  isSpaceCode,
  isWordCode,
  MAX_DOMAIN,
  MAX_LOCAL,
  type Span,
  validDomain,
  validTopLabel,
} from './address-rules';
import {
  addressAround,
  bracketedAt,
  dotTokenAfter,
  findObfuscated,
  hasDotTokenBefore,
  mayCloseToken,
  mayOpenToken,
} from './obfuscated';

export { type FoundAddress, FoundList } from './address-rules';

/** Whether the address sits inside a URL (`https://user@host/`, `/path/a@b.c`), which is not a person. */
function insideUrl(text: string, start: number, floor: number): boolean {
  const before = codeAt(text, start - 1);
  if (before === 47) return true;
  if (before !== 58) return false;
  // `mailto:` is an address; `scheme://user:pass@host` is not. The URL is looked for back to the
  // white space before it, and no further than the previous address or 200 characters.
  let i = start - 1;
  const limit = Math.max(floor, start - 200);
  while (i > limit && !isSpaceCode(text.charCodeAt(i - 1))) i--;
  const token = text.slice(i, start).toLowerCase();
  return token.includes('://') && !token.endsWith('mailto:');
}

/** Space or an angle bracket: what stands around an address in brackets. */
function isAngleStop(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 60 || code === 62;
}

/**
 * An address written `<like@this.one>`: whatever stands between the brackets, if the API's own
 * check and the domain rules accept it (RFC 5322 allows more in a local part than prose does).
 * Scans no further left than `floor` and no further right than the next `@`.
 */
function angleAddress(
  text: string,
  at: number,
  floor: number,
  ceiling: number,
  checked: Map<string, boolean>,
  book: AddressBook,
): FoundAddress | null {
  let open = at;
  while (open > floor && !isAngleStop(text.charCodeAt(open - 1))) open--;
  if (open <= floor || text.charCodeAt(open - 1) !== 60) return null;
  let close = at + 1;
  while (close < ceiling && !isAngleStop(text.charCodeAt(close))) close++;
  if (text.charCodeAt(close) !== 62) return null;
  const email = text.slice(open, close);
  const domain = text.slice(at + 1, close);
  if (at - open > MAX_LOCAL || !validDomain(domain, true)) return null;
  let ok = checked.get(email);
  if (ok === undefined) checked.set(email, (ok = isValidEmail(email)));
  if (!ok) return null;
  const id = book.idOf(email);
  return { email: book.emails[id] ?? email, id, start: open - 1, end: close + 1, angle: true };
}

/**
 * Every address in `text`, in order, in one pass: each `@` is expanded left and right over the
 * characters an address may hold, never past the previous `@` or the previous match, so the
 * time is linear in the length of the text whatever it holds. Each carries the id of its
 * address in `book`, the same for every spelling of it.
 *
 * Called on every `@` of a page, the reading visits each character of an address once: the
 * domain and local-part rules and the hash for `book` are all worked out on the way.
 */
export function findAddresses(text: string, book = new AddressBook(), found = new FoundList()): FoundList {
  found.length = 0;
  // Obfuscated addresses are few: found first, then put in their places among the others. One
  // that overlaps an address read plainly is not another address.
  const hidden = findObfuscated(text, book);
  let pending = 0;
  // Lists and pages repeat their addresses: check each distinct bracketed one once (made when needed).
  let checked: Map<string, boolean> | undefined;
  const length = text.length;
  let floor = 0;
  // Where an obfuscated address read here stands.
  const span: Span = { start: 0, end: 0 };
  // The next `<` at or after the last place looked from (-2: not looked for yet), each found once.
  let nextOpen = -2;
  let at = text.indexOf('@');
  while (at !== -1) {
    // The domain: word characters, dots and hyphens. What it ends with (`.` or `-`) is trimmed
    // off, so the rules and the hash are kept as they stood at its last other character.
    let end = at + 1;
    let dotted = false;
    let ascii = true;
    let hash = HASH_START;
    let labelStart = at + 1;
    let labelsOk = true;
    let dots = 0;
    let domainEnd = at + 1;
    let domainHash = HASH_START;
    let domainOk = true;
    let domainDots = 0;
    let topStart = at + 1;
    for (; end < length; end++) {
      const code = text.charCodeAt(end);
      if (code === 46) {
        dotted = true;
        const size = end - labelStart;
        if (size === 0 || size > 63 || text.charCodeAt(labelStart) === 45 || text.charCodeAt(end - 1) === 45)
          labelsOk = false;
        dots++;
        labelStart = end + 1;
      } else if (code >= 128) {
        if (!isWordCode(text, end)) break;
        ascii = false;
      } else if (code !== 45 && !isAsciiWord(code)) break;
      hash = hashStep(hash, code);
      if (code !== 46 && code !== 45) {
        domainEnd = end + 1;
        domainHash = hash;
        domainOk = labelsOk;
        domainDots = dots;
        topStart = labelStart;
      }
    }
    // A bracketed dot after the domain's first label or before the local part: `jane@acme [dot] com`.
    // Read by `codeAt` where a read may fall outside the text (an address that starts or ends
    // it): each such place would otherwise cost the loop its optimized code once.
    const after = codeAt(text, end);
    // The cheap test first: it runs for every @ of a page.
    let obscured = mayOpenToken(after) && dotTokenAfter(text, end) >= 0;
    // No dot after the @: no address here, in prose or in brackets. The common case in junk.
    if (!dotted && !obscured) {
      const bracketed = end === at + 1 && mayCloseToken(after) ? bracketedAt(text, at, floor, book, span) : -1;
      if (bracketed >= 0) {
        pending = addHiddenBefore(found, hidden, pending, span.start, span.end);
        found.push(bracketed, span.start, span.end, false);
      }
      floor = bracketed >= 0 ? span.end : Math.max(floor, at + 1);
      // A run of signs (`@@@@`) is stepped through without a search each.
      at = after === 64 && end === floor ? end : text.indexOf('@', floor);
      continue;
    }
    // The local part, read leftwards; a leading `'` or `-` is trimmed off the same way.
    let start = at;
    let localHash = HASH_START;
    let firstHash = HASH_START;
    let first = at;
    let doubleDot = false;
    let previousDot = false;
    for (; start > floor; start--) {
      const code = text.charCodeAt(start - 1);
      if (code >= 128) {
        if (!isWordCode(text, start - 1)) break;
        ascii = false;
      } else if (!isAsciiLocal(code)) break;
      if (code === 46) {
        doubleDot ||= previousDot;
        previousDot = true;
      } else previousDot = false;
      localHash = hashStep(localHash, code);
      if (code !== 39 && code !== 45) {
        firstHash = localHash;
        first = start - 1;
      }
    }
    obscured ||= hasDotTokenBefore(text, start, floor);
    let match: FoundAddress | null = null;
    // The address read plainly, kept in variables: most of a page's addresses are, and need no object.
    let matchId = -1;
    let matchStart = 0;
    let matchEnd = 0;
    let matchAngle = false;
    if (obscured) {
      matchId = addressAround(text, at, at + 1, floor, false, book, span);
      matchStart = span.start;
      matchEnd = span.end;
      // Not an obfuscated address after all ("c@y.io (dot) 5"): read as written.
      obscured = matchId >= 0;
    }
    if (!obscured) {
      start = first;
      end = domainEnd;
      if (start < at && end > at + 1) {
        const glued = isWordCode(text, end) || codeAt(text, end) === 64 || codeAt(text, start - 1) === 64;
        const localOk =
          !doubleDot && at - start <= MAX_LOCAL && text.charCodeAt(start) !== 46 && text.charCodeAt(at - 1) !== 46;
        const asciiOk =
          ascii &&
          domainOk &&
          domainDots > 0 &&
          end - at - 1 <= MAX_DOMAIN &&
          end - start <= MAX_EMAIL_LENGTH &&
          validTopLabel(text, topStart, end);
        if ((asciiOk || !ascii) && localOk && !glued && !insideUrl(text, start, floor)) {
          // Plain ASCII that passed these checks is what the HTML standard accepts: only
          // international addresses need the domain rules and the API client's check, each
          // distinct one once.
          let id: number;
          if (asciiOk) id = book.idOfRange(text, start, end, joinHashes(firstHash, domainHash));
          else {
            id = book.idOfChecked(text.slice(start, end), at - start);
          }
          if (id >= 0) {
            matchAngle = codeAt(text, start - 1) === 60 && codeAt(text, end) === 62;
            matchId = id;
            matchStart = matchAngle ? start - 1 : start;
            matchEnd = matchAngle ? end + 1 : end;
          }
        }
      }
      // What prose does not hold (`<"quoted local"@x.io>`, `<a!b@x.io>`) may still stand in
      // brackets: look when the prose reading failed or does not start at a space or a bracket.
      // Only where a `<` stands since the previous address (found natively, never behind `floor`).
      if (matchId < 0 || (start > floor && !isAngleStop(text.charCodeAt(start - 1)))) {
        if (nextOpen !== -1 && nextOpen < floor) nextOpen = text.indexOf('<', floor);
        if (nextOpen !== -1 && nextOpen < at) {
          const next = text.indexOf('@', at + 1);
          match = angleAddress(
            text,
            at,
            floor,
            next === -1 ? length : next,
            (checked ??= new Map<string, boolean>()),
            book,
          );
        }
      }
    }
    if (match) {
      matchId = match.id;
      matchStart = match.start;
      matchEnd = match.end;
      matchAngle = match.angle;
    }
    if (matchId >= 0) {
      if (pending < hidden.length) pending = addHiddenBefore(found, hidden, pending, matchStart, matchEnd);
      found.push(matchId, matchStart, matchEnd, matchAngle);
      floor = matchEnd;
      at = text.indexOf('@', matchEnd);
      continue;
    }
    floor = Math.max(floor, at + 1);
    at = text.indexOf('@', Math.max(at + 1, end));
  }
  for (; pending < hidden.length; pending++) found.addFrom(hidden, pending);
  return found;
}

/**
 * Adds the obfuscated addresses from `pending` on that stand before an address read plainly at
 * [start, end), drops those that overlap it, and returns the index of the next one.
 */
function addHiddenBefore(found: FoundList, hidden: FoundView, pending: number, start: number, end: number): number {
  for (; pending < hidden.length; pending++) {
    if ((hidden.starts[pending] ?? 0) >= end) break;
    if ((hidden.ends[pending] ?? 0) <= start) found.addFrom(hidden, pending);
  }
  return pending;
}

/**
 * The id in `book` of the first address in a text (a spreadsheet cell), or -1. A table's cells
 * share one `book` (an address met again reads as first written) and one `scratch` list.
 */
export function firstAddressId(text: string, book: AddressBook, scratch: FoundList): number {
  // Most cells are names or numbers: no `@`, and no `at` for an obfuscated one.
  if (!text.includes('@') && !/at/i.test(text)) return -1;
  const found = findAddresses(text, book, scratch);
  return found.length === 0 ? -1 : (found.ids[0] ?? -1);
}

/**
 * The id of the address a text holds alone (trimmed; in `<>` or not), or -1: a spreadsheet row's
 * cell holds its address alone, where a sentence with commas has words around it; so does a
 * calendar's `mailto:` value.
 */
export function wholeAddressId(cell: string, book: AddressBook, scratch: FoundList): number {
  const trimmed = cell.trim();
  // (Longer than an address in brackets can be: not read, a calendar's line of a megabyte, say.)
  if (trimmed.length > MAX_EMAIL_LENGTH + 2 || !trimmed.includes('@')) return -1;
  const found = findAddresses(trimmed, book, scratch);
  const whole = found.length === 1 && found.starts[0] === 0 && found.ends[0] === trimmed.length;
  return whole ? (found.ids[0] ?? -1) : -1;
}
