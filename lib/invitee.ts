import { isValidEmail, MAX_EMAIL_LENGTH } from './apexscore/email';
import { MAX_NAME_LENGTH } from './apexscore/contract';
import type { MessageKey } from './i18n';
import { codePointLength, withoutInvisibles } from './text';

export interface Invitee {
  email: string;
  firstName: string;
  lastName: string;
}

export type InviteeField = keyof Invitee;
export type InviteeProblems = Partial<Record<InviteeField, MessageKey>>;

/**
 * A field's value as it is checked and sent: trimmed, and without the characters that show nothing
 * (a zero-width space pasted inside an address would make it invalid with no visible cause).
 */
export function fieldValue(value: string): string {
  return withoutInvisibles(value).trim();
}

/** The contract's rules for one person, checked before anything is sent. Returns message keys. */
export function checkInvitee(invitee: Invitee): InviteeProblems {
  const problems: InviteeProblems = {};
  const email = fieldValue(invitee.email);
  if (email === '') problems.email = 'errorEmailRequired';
  else if (codePointLength(email) > MAX_EMAIL_LENGTH) problems.email = 'errorEmailTooLong';
  else if (!isValidEmail(email)) problems.email = 'errorEmailInvalid';
  for (const field of ['firstName', 'lastName'] as const) {
    if (codePointLength(fieldValue(invitee[field])) > MAX_NAME_LENGTH) problems[field] = 'errorNameTooLong';
  }
  return problems;
}
