import { describe, expect, it } from 'vitest';
import { checkInvitee, type Invitee } from '@/lib/invitee';

const OK: Invitee = { email: 'jane@example.com', firstName: 'Jane', lastName: 'Doe' };

describe('checkInvitee', () => {
  it.each<[string, Partial<Invitee>, ReturnType<typeof checkInvitee>]>([
    ['a complete person', {}, {}],
    ['no names (they are optional)', { firstName: '', lastName: '' }, {}],
    ['spaces around the email', { email: '  jane@example.com ' }, {}],
    ['an empty email', { email: ' ' }, { email: 'errorEmailRequired' }],
    ['a malformed email', { email: 'jane@' }, { email: 'errorEmailInvalid' }],
    ['an email over 255 characters', { email: `${'a'.repeat(250)}@example.com` }, { email: 'errorEmailTooLong' }],
    ['a first name of 26 characters', { firstName: 'A'.repeat(26) }, { firstName: 'errorNameTooLong' }],
    ['a last name of 26 characters', { lastName: 'B'.repeat(26) }, { lastName: 'errorNameTooLong' }],
    ['a name of exactly 25 characters', { firstName: 'A'.repeat(25) }, {}],
    ['25 emoji (25 code points)', { firstName: '🙂'.repeat(25) }, {}],
  ])('%s', (_name, change, problems) => {
    expect(checkInvitee({ ...OK, ...change })).toEqual(problems);
  });
});
