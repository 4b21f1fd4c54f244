import { holds, isCapital, skipSpace } from './address-rules';
import { MAX_NAME } from './names';

/** The most letters an avatar shows: a longer line is none (told by the callers before they call). */
export const MAX_INITIALS = 3;

/**
 * Whether the line text[start, end) is the initials an avatar shows over the name on the next line,
 * as Teams, Outlook on the web and Zoom write a participant or a contact (`JD` over `Jane Doe`),
 * copied with it: one to three capitals, the first the first letter of the next line and the last
 * (of two or more) the first letter of one of its later words. Such a line names no one.
 */
export function isAvatarLine(text: string, start: number, end: number): boolean {
  if (end - start > MAX_INITIALS) return false;
  for (let i = start; i < end; i++) if (!isCapital(text.charCodeAt(i))) return false;
  // The next line that is not blank.
  const next = skipSpace(text, end, text.length);
  if (next === text.length || !holds(text, end, next, 10)) return false;
  if (text.charCodeAt(next) !== text.charCodeAt(start)) return false;
  if (end - start === 1) return true;
  // (Within a name's length of the next line's start.)
  const last = text.charCodeAt(end - 1);
  const stop = Math.min(text.length - 1, next + MAX_NAME);
  for (let i = next; i < stop; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return false;
    if (code === 32 && text.charCodeAt(i + 1) === last) return true;
  }
  return false;
}
