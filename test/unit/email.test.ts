import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isValidEmail } from '@/lib/apexscore/email';

describe('isValidEmail', () => {
  it.each([
    'user@example.com',
    'jane.doe@acme.co.uk',
    'mike&family@example.org', // RFC 6068's own example; zod's email() refuses it
    'gorby%kremvax@example.com', // RFC 6068 again
    "o'brien@example.ie",
    'a+tag@example.com',
    '"john doe"@example.com', // quoted local part (Django accepts it)
    'josé@example.com',
    'user@bücher.de', // internationalized domain
    'user@例え.jp',
    'user@localhost', // the HTML standard allows a dotless domain
    'user@[192.168.0.1]',
  ])('accepts %s', (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each([
    '',
    'plainaddress',
    '@example.com',
    'user@',
    'user@ex ample.com',
    'us er@example.com',
    'user@-example.com',
    'user@@example.com',
    'a'.repeat(250) + '@example.com',
  ])('refuses %j', (email) => {
    expect(isValidEmail(email)).toBe(false);
  });

  it('accepts everything the HTML standard accepts (never stricter than the server)', () => {
    const html5 = fc.stringMatching(z.regexes.html5Email).filter((email) => email.length <= 255);
    fc.assert(fc.property(html5, (email) => isValidEmail(email)));
  });
});
