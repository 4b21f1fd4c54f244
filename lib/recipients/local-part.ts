/**
 * What an address's local part says of who reads it. A module of its own, small, for the invite
 * form to ask without loading the parser.
 */

/**
 * Where an address's `@` is: its last, which is its only one but in a quoted local part
 * (`"a@b"@x.com`). (Found forwards where it can be: the engine finds a string's last `@` only by a
 * call out of the compiled code, several times slower.)
 */
export function atIndex(email: string): number {
  return email.charCodeAt(0) === 34 ? email.lastIndexOf('@') : email.indexOf('@');
}

/** Whether a code unit parts the words of an address's user part: `.`, `_`, `-`. */
export function isLocalSeparator(code: number): boolean {
  return code === 46 || code === 95 || code === 45;
}

/** Where an address's local part ends, a `+tag` left out (`jane+news@` is jane's). */
export function localEnd(email: string): number {
  const at = email.indexOf('@');
  const plus = email.indexOf('+');
  return plus >= 0 && plus < at ? plus : at;
}

const NO_REPLY = /(?:no|not)[-_.]?reply/i;

/**
 * Whether an address is one that no one reads (`noreply@`, `comments-noreply@`, `do-not-reply@`,
 * `NO-REPLY@`): a name written to it is its sender's ("Jane Doe via Google Docs"), not a person's
 * at it, and an invitation sent to it is read by no one. (Told first by a look for `eply` or
 * `EPLY`, which most addresses do not hold.)
 */
export function isNoReply(email: string): boolean {
  const reply = Math.max(email.indexOf('eply'), email.indexOf('EPLY'));
  if (reply < 0) return false;
  const end = localEnd(email);
  return NO_REPLY.test(email.slice(0, end));
}
