import { isValidEmail, MAX_EMAIL_LENGTH } from './apexscore/email';
import { MAX_NAME_LENGTH } from './apexscore/contract';
import type { MessageKey } from './i18n';
import { codePointLength } from './text';

export interface Invitee {
  email: string;
  firstName: string;
  lastName: string;
}

export type InviteeField = keyof Invitee;
export type InviteeProblems = Partial<Record<InviteeField, MessageKey>>;

/** The contract's rules for one person, checked before anything is sent. Returns message keys. */
export function checkInvitee(invitee: Invitee): InviteeProblems {
  const problems: InviteeProblems = {};
  const email = invitee.email.trim();
  if (email === '') problems.email = 'errorEmailRequired';
  else if (codePointLength(email) > MAX_EMAIL_LENGTH) problems.email = 'errorEmailTooLong';
  else if (!isValidEmail(email)) problems.email = 'errorEmailInvalid';
  for (const field of ['firstName', 'lastName'] as const) {
    if (codePointLength(invitee[field].trim()) > MAX_NAME_LENGTH) problems[field] = 'errorNameTooLong';
  }
  return problems;
}
