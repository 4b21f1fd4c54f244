/** Length as Python (and so the API) counts it: code points, not UTF-16 units. */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++, count++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return count;
}

/**
 * Characters that show nothing and that copied text carries: the soft hyphen, the zero-width space
 * and the word joiner (which pages write into long addresses so that a line may break inside them,
 * `jane&#8203;@acme.com`), the byte-order mark, and the marks, embeddings and isolates of the text's
 * direction (text copied from among right-to-left text). Not the zero-width joiner and non-joiner:
 * they shape the letters of names in some scripts.
 */
export const INVISIBLE = /[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
const INVISIBLES = new RegExp(INVISIBLE.source, 'g');

/** The text without the characters that show nothing (`INVISIBLE`): what its reader sees. */
export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLES, '');
}
