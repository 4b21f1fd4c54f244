/**
 * Undoes the obfuscations web pages use for addresses: `jane [at] acme [dot] com`, `(at)`,
 * `{at}`, `<at>`, `[@]`, `(dot)`..., and `jane at acme dot com` where both words are there.
 * Linear in the length of the text: one regex without nested quantifiers, and index scans.
 */
// Starts with the bracket (not optional space) so the engine can skip ahead to candidates.
// Not `[.]`: a dot in braces can stand inside a real address's local part.
const BRACKETED = /([[({<])\s?(at|@|dot)\s?([\])}>])/gi;
const BRACKETED_CHECK = /[[({<]\s?(?:at|@|dot)\s?[\])}>]/i;
const SPELLED_CHECK = / (dot|DOT) /g;
const PAIRS: Record<string, string> = { '[': ']', '(': ')', '{': '}', '<': '>' };
const WORD = /[\p{L}\p{N}]/u;
// "meet at noon at the dot com office" is prose: a domain does not start with these words.
const NOT_DOMAINS = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'your',
  'his',
  'her',
  'their',
  'this',
  'that',
  'its',
  'one',
]);

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

function isWord(char: string): boolean {
  return char !== '' && WORD.test(char);
}

function isLocal(char: string): boolean {
  return isWord(char) || char === '.' || char === '_' || char === '-' || char === '+' || char === '%';
}

function isLabel(char: string): boolean {
  return isWord(char) || char === '-';
}

/** `jane.doe at acme dot co dot uk` → `jane.doe@acme.co.uk` (or in capitals); "meet at noon" is left alone. */
function undoSpelled(text: string, atWord: string, dotWord: string): string {
  let out = '';
  let copied = 0;
  let at = text.indexOf(atWord);
  while (at !== -1) {
    let start = at;
    while (start > copied && isLocal(text.charAt(start - 1))) start--;
    // The domain: label ( " dot " label )+
    let end = at + atWord.length;
    let labels = 0;
    let cursor = end;
    for (;;) {
      let labelEnd = cursor;
      while (labelEnd < text.length && isLabel(text.charAt(labelEnd))) labelEnd++;
      if (labelEnd === cursor) break;
      labels++;
      end = labelEnd;
      if (!text.startsWith(dotWord, labelEnd)) break;
      cursor = labelEnd + dotWord.length;
    }
    const domain = text.slice(at + atWord.length, end);
    const firstLabel = domain.slice(0, domain.indexOf(' ')).toLowerCase();
    if (start < at && labels >= 2 && !NOT_DOMAINS.has(firstLabel)) {
      out += text.slice(copied, at) + '@' + domain.split(dotWord).join('.');
      copied = end;
    }
    at = text.indexOf(atWord, Math.max(at + 1, end));
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Replaces each bracketed `at`/`dot` with `@`/`.`, with one space either side taken with it. */
function replaceBracketed(text: string): string {
  const out: string[] = [];
  let copied = 0;
  BRACKETED.lastIndex = 0;
  for (let match = BRACKETED.exec(text); match; match = BRACKETED.exec(text)) {
    const [whole, open = '', word = '', close = ''] = match;
    if (PAIRS[open] !== close) continue;
    let start = match.index;
    let end = start + whole.length;
    if (start > copied && isSpace(text.charCodeAt(start - 1))) start--;
    if (isSpace(text.charCodeAt(end))) end++;
    out.push(text.slice(copied, start), word.toLowerCase() === 'at' || word === '@' ? '@' : '.');
    copied = end;
  }
  if (out.length === 0) return text;
  out.push(text.slice(copied));
  return out.join('');
}

export function deobfuscate(text: string): string {
  let result = text;
  // Looked for in the original text, which is flat: searching a freshly built string costs a copy.
  const spelled = new Set<string>();
  SPELLED_CHECK.lastIndex = 0;
  for (let match = SPELLED_CHECK.exec(text); match && spelled.size < 2; match = SPELLED_CHECK.exec(text)) {
    spelled.add(match[1] ?? '');
  }
  if (BRACKETED_CHECK.test(result)) {
    // Matched pairs only: `<at}` inside a real address is not an obfuscation.
    result = replaceBracketed(result);
  }
  if (spelled.has('dot')) result = undoSpelled(result, ' at ', ' dot ');
  if (spelled.has('DOT')) result = undoSpelled(result, ' AT ', ' DOT ');
  return result;
}
