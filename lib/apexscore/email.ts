/**
 * Email check that is never stricter than the API (Django's EmailValidator):
 * anything the HTML standard's definition accepts, plus quoted local parts and
 * internationalized domains. The server keeps the last word.
 */
import { codePointLength } from '../text';

export const MAX_EMAIL_LENGTH = 255;

// The WHATWG "valid e-mail address" (the same as zod's `regexes.html5Email`).
const HTML5_EMAIL =
  /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)*$/i;
const DOT_ATOM_LOCAL = /^[\p{L}\p{N}\p{M}_.!#$%&'*+/=?^`{|}~-]+$/u;
const QUOTED_LOCAL = /^"(?:[^"\\\r\n]|\\.)+"$/;
const IDN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]{0,61}[\p{L}\p{N}\p{M}])?$/u;
const DOMAIN_LITERAL = /^\[[\d.:a-f]+\]$/i;

export function isValidEmail(value: string): boolean {
  if (value.length === 0 || codePointLength(value) > MAX_EMAIL_LENGTH) return false;
  if (HTML5_EMAIL.test(value)) return true;
  const at = value.lastIndexOf('@');
  if (at < 1) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  const localOk = DOT_ATOM_LOCAL.test(local) || QUOTED_LOCAL.test(local);
  const domainOk =
    DOMAIN_LITERAL.test(domain) || (domain.length <= 253 && domain.split('.').every((label) => IDN_LABEL.test(label)));
  return localOk && domainOk;
}
