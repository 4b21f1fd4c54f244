import { describe, expect, it } from 'vitest';
import { checkInvitee, fieldValue, type Invitee } from '@/lib/invitee';

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
    // What shows nothing is not counted: pasted from a page, it would fail with no visible cause.
    ['a zero-width space inside the email', { email: 'jane\u200b@example.com' }, {}],
    ['a soft hyphen in the domain', { email: 'jane@exam\u00adple.com' }, {}],
    ['25 letters and a direction mark', { lastName: `${'B'.repeat(25)}\u200f` }, {}],
    ['only a zero-width space', { email: '\u200b' }, { email: 'errorEmailRequired' }],
  ])('%s', (_name, change, problems) => {
    expect(checkInvitee({ ...OK, ...change })).toEqual(problems);
  });
});

describe('fieldValue', () => {
  it('is what is checked and sent: trimmed, without what shows nothing, the joiners of some scripts kept', () => {
    expect(fieldValue(' \ufeffjane\u200b@exam\u2060ple.com\u200e ')).toBe('jane@example.com');
    expect(fieldValue('\u202bמרים\u202c')).toBe('מרים');
    expect(fieldValue('می\u200cخواهم')).toBe('می\u200cخواهم');
  });
});
