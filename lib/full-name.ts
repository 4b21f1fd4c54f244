/**
 * Whether a UTF-16 code unit is of Han, kana or Hangul: the scripts in which Chinese, Japanese
 * and Korean names are written family name first (山田 太郎 is Taro Yamada). The katakana middle
 * dot is left out: it joins the parts of a foreign name, written in its own order (ジョン・スミス).
 * Characters of the Han extensions beyond the first plane count by their surrogates.
 */
export function isFamilyFirstCode(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff && code !== 0x30fb) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    isHangulCode(code) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd840 && code <= 0xd87f) ||
    (code >= 0xdc00 && code <= 0xdfff)
  );
}

/** Whether text is not empty and every one of its code units passes `test`. */
function allCodes(text: string, test: (code: number) => boolean): boolean {
  for (let i = 0; i < text.length; i++) if (!test(text.charCodeAt(i))) return false;
  return text.length > 0;
}

/** Whether text is not empty and all of it is of the family-first scripts. */
export function inFamilyFirstScript(text: string): boolean {
  return allCodes(text, isFamilyFirstCode);
}

/** Whether text holds a letter of the Japanese syllabaries (a Japanese given name: `林 はなこ`). */
function holdsKana(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3040 && code <= 0x30ff) return true;
  }
  return false;
}

/** Whether a UTF-16 code unit is a Hangul syllable. */
function isHangulCode(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7af;
}

/** Whether text is not empty and all Hangul syllables. */
export function inHangul(text: string): boolean {
  return allCodes(text, isHangulCode);
}

/** Whether text is one Han character: a family name of one, as most Chinese have (`张`, `李`). */
function isOneHan(text: string): boolean {
  const code = text.charCodeAt(0);
  return text.length === 1 && ((code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff));
}

/**
 * A person's name as it is written: `Jane Doe`, but family name first in Chinese, Japanese and
 * Korean (`山田 太郎`), and without a space a Korean name (`김민수`) and a Chinese one, told by its
 * family name of one Han character (`张伟`, `李小龙`).
 */
export function fullName(firstName: string, lastName: string): string {
  if (firstName && lastName && inFamilyFirstScript(lastName) && inFamilyFirstScript(firstName)) {
    const joined = (inHangul(lastName) && inHangul(firstName)) || (isOneHan(lastName) && !holdsKana(firstName));
    return joined ? `${lastName}${firstName}` : `${lastName} ${firstName}`;
  }
  return firstName && lastName ? `${firstName} ${lastName}` : firstName || lastName;
}
