import { domainToASCII } from 'node:url';
import { codePointLength as codePoints } from '../../lib/text';

/** DRF-style validation of the invitation body, as the API document describes it. */

export type FieldErrors = Record<string, string[] | Record<string, string[]>>;

const UUID = /^[\da-f]{8}-?[\da-f]{4}-?[\da-f]{4}-?[\da-f]{4}-?[\da-f]{12}$/i;
// Django's EmailValidator: dot-atom or quoted local part; the domain checked after IDNA encoding.
const USER = /^(?:[-!#$%&'*+/=?^\w`{}|~]+(?:\.[-!#$%&'*+/=?^\w`{}|~]+)*|"(?:[^"\\\r\n]|\\.)*")$/;
const DOMAIN = /^(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z\d-]{2,63}$/i;
const LITERAL = /^\[[\d.:a-f]+\]$/i;

export function djangoEmailValid(value: string): boolean {
  if (value.length > 320) return false;
  const at = value.lastIndexOf('@');
  if (at < 1) return false;
  const user = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (!USER.test(user)) return false;
  if (domain === 'localhost' || LITERAL.test(domain)) return true;
  const ascii = domainToASCII(domain);
  return ascii !== '' && DOMAIN.test(ascii) && !ascii.endsWith('-');
}

export interface ValidInvitation {
  organization_id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  role: number;
  accessible_portfolio_ids: string[];
}

function name(body: Record<string, unknown>, key: string, errors: FieldErrors): string | null {
  const value = body[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') errors[key] = ['Not a valid string.'];
  else if (codePoints(value) > 25) errors[key] = ['Ensure this field has no more than 25 characters.'];
  else return value;
  return null;
}

export function validateInvitation(
  body: unknown,
  knownPortfolios: Set<string>,
): { ok: true; value: ValidInvitation } | { ok: false; errors: FieldErrors | string[] } {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, errors: { non_field_errors: ['Invalid data. Expected a dictionary, but got list.'] } };
  }
  const input = body as Record<string, unknown>;
  const errors: FieldErrors = {};
  const org = input.organization_id;
  if (org === undefined) errors.organization_id = ['This field is required.'];
  else if (org === null) errors.organization_id = ['This field may not be null.'];
  else if (typeof org !== 'string' || !UUID.test(org)) errors.organization_id = ['Must be a valid UUID.'];

  const email = input.email;
  if (email === undefined) errors.email = ['This field is required.'];
  else if (email === null) errors.email = ['This field may not be null.'];
  else if (typeof email !== 'string') errors.email = ['Not a valid string.'];
  else if (email.trim() === '') errors.email = ['This field may not be blank.'];
  else if (codePoints(email) > 255) errors.email = ['Ensure this field has no more than 255 characters.'];
  else if (!djangoEmailValid(email.trim())) errors.email = ['Enter a valid email address.'];

  const firstName = name(input, 'first_name', errors);
  const lastName = name(input, 'last_name', errors);

  const role = input.role ?? 0;
  if (role !== 0 && role !== 1 && role !== 2) errors.role = [`"${JSON.stringify(role)}" is not a valid choice.`];
  if (input.status !== undefined && ![0, 1, 2, 3, 4].includes(input.status as number)) {
    errors.status = [`"${JSON.stringify(input.status)}" is not a valid choice.`];
  }

  const portfolios = input.accessible_portfolio_ids ?? [];
  const ids: string[] = [];
  if (!Array.isArray(portfolios)) {
    errors.accessible_portfolio_ids = [`Expected a list of items but got type "${typeof portfolios}".`];
  } else {
    const itemErrors: Record<string, string[]> = {};
    portfolios.forEach((id: unknown, index) => {
      if (typeof id !== 'string' || !UUID.test(id)) itemErrors[String(index)] = ['Must be a valid UUID.'];
      else if (!knownPortfolios.has(id.toLowerCase()))
        itemErrors[String(index)] = [`Invalid pk "${id}" - object does not exist.`];
      else ids.push(id.toLowerCase());
    });
    if (Object.keys(itemErrors).length) errors.accessible_portfolio_ids = itemErrors;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      organization_id: (org as string).toLowerCase(),
      email: (email as string).trim(),
      first_name: firstName,
      last_name: lastName,
      role: role as number,
      accessible_portfolio_ids: ids,
    },
  };
}
