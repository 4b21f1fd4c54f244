import { isValidEmail } from '../apexscore/email';
import {
  type FoundAddress,
  hasUpper,
  isAscii,
  isDomainChar,
  isLocalChar,
  isWordCode,
  MAX_LOCAL,
  validAsciiDomainAt,
  validDomain,
  validLocal,
} from './address-rules';
import { addressAround, dotTokenAfter, findObfuscated, hasDotTokenBefore, mergeFound } from './obfuscated';

export type { FoundAddress } from './address-rules';

/** Whether the address sits inside a URL (`https://user@host/`, `/path/a@b.c`), which is not a person. */
function insideUrl(text: string, start: number): boolean {
  const before = text.charAt(start - 1);
  if (before === '/') return true;
  if (before !== ':') return false;
  // `mailto:` is an address; `scheme://user:pass@host` is not.
  let i = start - 1;
  const limit = Math.max(0, start - 200);
  while (i > limit && !/\s/.test(text.charAt(i - 1))) i--;
  const token = text.slice(i, start).toLowerCase();
  return token.includes('://') && !token.endsWith('mailto:');
}

const ANGLE_STOP = ' \t\r\n<>';

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
): FoundAddress | null {
  let open = at;
  while (open > floor && !ANGLE_STOP.includes(text.charAt(open - 1))) open--;
  if (open <= floor || text.charAt(open - 1) !== '<') return null;
  let close = at + 1;
  while (close < ceiling && !ANGLE_STOP.includes(text.charAt(close))) close++;
  if (text.charAt(close) !== '>') return null;
  const email = text.slice(open, close);
  const domain = text.slice(at + 1, close);
  if (at - open > MAX_LOCAL || !validDomain(domain, true)) return null;
  let ok = checked.get(email);
  if (ok === undefined) checked.set(email, (ok = isValidEmail(email)));
  if (!ok) return null;
  return { email, key: email.toLowerCase(), start: open - 1, end: close + 1, angle: true };
}

/**
 * Every address in `text`, in order, in one pass: each `@` is expanded left and right over the
 * characters an address may hold, never past the previous `@` or the previous match, so the
 * time is linear in the length of the text whatever it holds.
 */
export function findAddresses(text: string): FoundAddress[] {
  const found: FoundAddress[] = [];
  // Lists and pages repeat their addresses: check each distinct bracketed one once.
  const checked = new Map<string, boolean>();
  let floor = 0;
  let at = text.indexOf('@');
  while (at !== -1) {
    const next = text.indexOf('@', at + 1);
    let end = at + 1;
    let dotted = false;
    while (end < text.length && isDomainChar(text, end)) {
      if (text.charCodeAt(end) === 46) dotted = true;
      end++;
    }
    // A bracketed dot after the domain's first label or before the local part: `jane@acme [dot] com`.
    let obscured = dotTokenAfter(text, end) >= 0;
    // No dot after the @: no address here, in prose or in brackets. The common case in junk.
    if (!dotted && !obscured) {
      floor = Math.max(floor, at + 1);
      at = next;
      continue;
    }
    let start = at;
    while (start > floor && isLocalChar(text, start - 1)) start--;
    obscured ||= hasDotTokenBefore(text, start, floor);
    let match: FoundAddress | null = obscured ? addressAround(text, at, at + 1, floor, false) : null;
    if (obscured) start = end = at;
    // Punctuation that ends a sentence or wraps an address is not part of it.
    while (start < at && (text.charAt(start) === "'" || text.charAt(start) === '-')) start++;
    while (end > at + 1 && (text.charAt(end - 1) === '.' || text.charAt(end - 1) === '-')) end--;
    if (start < at && end > at + 1) {
      const ascii = isAscii(text, start, end);
      const glued = isWordCode(text, end) || text.charCodeAt(end) === 64 || text.charCodeAt(start - 1) === 64;
      const domainOk = ascii ? validAsciiDomainAt(text, at + 1, end) : validDomain(text.slice(at + 1, end));
      if (domainOk && !glued && validLocal(text, start, at) && !insideUrl(text, start)) {
        const email = text.slice(start, end);
        // Plain ASCII that passed these checks is what the HTML standard accepts: only longer or
        // international addresses need the API client's check.
        if ((ascii && email.length <= 255) || isValidEmail(email)) {
          const angle = text.charCodeAt(start - 1) === 60 && text.charCodeAt(end) === 62;
          const key = ascii && !hasUpper(text, start, end) ? email : email.toLowerCase();
          match = { email, key, start: angle ? start - 1 : start, end: angle ? end + 1 : end, angle };
        }
      }
    }
    // What prose does not hold (`<"quoted local"@x.io>`, `<a!b@x.io>`) may still stand in brackets:
    // look when the prose reading failed or does not start at a space or a bracket.
    if (!obscured && (!match || (start > floor && !ANGLE_STOP.includes(text.charAt(start - 1))))) {
      match = angleAddress(text, at, floor, next === -1 ? text.length : next, checked) ?? match;
    }
    if (match) {
      found.push(match);
      floor = match.end;
      at = text.indexOf('@', match.end);
      continue;
    }
    floor = Math.max(floor, at + 1);
    at = next === -1 || next >= end ? next : text.indexOf('@', end);
  }
  return mergeFound(found, findObfuscated(text));
}
