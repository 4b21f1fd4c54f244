import emailRegexSafe from 'email-regex-safe';
import { shippedRecipients } from './shipped';

const MB = 1024 * 1024;
/** The 5 MB page-like texts measured: people-carrying blocks per prose block. */
export const PAGE_DENSITIES = [0.5, 2, 8];

const FIRST = [
  'Jane',
  'John',
  'Anna',
  'Max',
  'Maria',
  'Wei',
  'Olu',
  'Sofia',
  'Lars',
  'Priya',
  'José',
  'Zoë',
  'Ahmed',
  'Yuki',
];
const LAST = ['Doe', 'Smith', 'van der Berg', 'Mustermann', 'García', 'Zhang', 'Adeyemi', 'Rossi', 'Ångström', 'Patel'];
const PROSE =
  'Our team works across three continents to deliver results for clients in every industry, and we are proud of ' +
  'the partnerships we have built over two decades. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed ' +
  'do eiusmod tempor incididunt ut labore et dolore magna aliqua. Read more about our approach on the insights page. ';

/**
 * Text like a big web page's: mostly prose and navigation, with what carries people in between
 * (a staff list, signatures, an Outlook line, a table row, obfuscated and false addresses).
 * `density` is the number of people-carrying blocks per prose block; every address is distinct.
 */
export function pageLikeText(bytes: number, density = 0.5): string {
  const parts: string[] = [];
  let size = 0;
  let credit = 0;
  for (let i = 0; size < bytes; i++) {
    const first = FIRST[i % FIRST.length] ?? '';
    const last = LAST[(i * 7) % LAST.length] ?? '';
    const local = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + String(i);
    const people = [
      `${first} ${last} <${local}@acme-example.com>, Head of Sales\n`,
      `For press enquiries write to press${i}@acme-example.com or call +1 555 0100.\n`,
      `${last}, ${first} <${local}@acme-example.co.uk>; Smith, Anna <anna.smith${i}@acme-example.de>\n`,
      `Email\tFirst name\tLast name\n${local}@beispiel.de\t${first}\t${last}\n`,
      `See https://cdn.example.com/img/logo@2x.png and https://example.com/@handle${i} for details. `,
      `Best regards,\n${first} ${last}\nAccount Manager\n${local}@acme-example.es\n`,
      `Contact: ${local} [at] example [dot] org — we reply within a day.\n`,
    ];
    credit += density;
    let block = 'Home | About | Careers | Contact | Privacy policy | Terms of use\n' + PROSE;
    // Each block carries different kinds of people, in turn: a dense page is not one line repeated.
    for (let kind = i; credit >= 1; kind++, credit -= 1) block += people[kind % people.length] ?? '';
    parts.push(block);
    size += block.length;
  }
  return parts.join('').slice(0, bytes);
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'to', 'ne', 'su', 'vi', 'da', 'pe', 'ri', 'zo', 'ba', 'ge', 'hu'];

/** A different made-up name word for every number (Ka, Lo... Kalo, Milo...). */
function nameWord(n: number): string {
  let word = '';
  do {
    word += SYLLABLES[n % SYLLABLES.length] ?? '';
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A made-up name word in Cyrillic letters, one for each Latin one. */
function cyrillic(word: string): string {
  const latin = 'abdeghiklmnoprstuvz';
  const cyr = 'абдегхиклмнопрстувз';
  return Array.from(word, (char, i) => {
    const letter = cyr.charAt(latin.indexOf(char.toLowerCase())) || char;
    return i === 0 ? letter.toUpperCase() : letter;
  }).join('');
}

/** A line longer than a spreadsheet row (about 5,000 characters of prose). */
const LONG_LINE = PROSE.repeat(15).trim();

/**
 * 1 MB of one kind of list in which every person differs: the inputs where no cache helps. Each
 * with the line it starts with (a CSV file's header row).
 */
const LISTS: [string, (first: string, last: string, i: number) => string, string][] = [
  ['names, one a line', (first, last) => `${first} ${last}\n`, ''],
  ['accented names, one a line', (first, last) => `${first}é ${last}ö\n`, ''],
  ['Cyrillic names, one a line', (first, last) => `${cyrillic(first)} ${cyrillic(last)}\n`, ''],
  ['Turkish names, one a line', (first, last) => `İ${first.toLowerCase()} Ş${last.toLowerCase()}\n`, ''],
  ['Name <address> lines', (first, last) => `${first} ${last} <${`${first}.${last}`.toLowerCase()}@example.com>\n`, ''],
  ['Outlook To: line', (first, last, i) => `${last}, ${first} <${first.toLowerCase()}${i}@example.com>; `, ''],
  ['addresses, one a line', (first, last) => `${first}.${last}@example.com\n`.toLowerCase(), ''],
  ['international addresses', (first, last, i) => `${first.toLowerCase()}é${i}@bücher.de\n`, ''],
  [
    'spreadsheet rows',
    (first, last) => `${first.toLowerCase()}.${last.toLowerCase()}@example.com\t${first}\t${last}\n`,
    '',
  ],
  [
    'CSV rows',
    (first, last) => `${first.toLowerCase()}.${last.toLowerCase()}@example.com,${first},${last}\n`,
    'Email,First name,Last name\n',
  ],
  [
    'vCards',
    (first, last, i) =>
      `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${first} ${last}\r\nN:${last};${first};;;\r\n` +
      `EMAIL;TYPE=INTERNET:${first.toLowerCase()}${String(i)}@example.com\r\nTEL:+1 555 0100\r\nEND:VCARD\r\n`,
    '',
  ],
  [
    'calendar attendees',
    (first, last, i) =>
      `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=${first} ${last};X-NUM-GUE\r\n` +
      ` STS=0:mailto:${first.toLowerCase()}${i}@example.com\r\n`,
    'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n',
  ],
  [
    'LDIF entries',
    (first, last, i) =>
      `dn: uid=${first.toLowerCase()}${String(i)},ou=people,dc=example,dc=com\nobjectClass: inetOrgPerson\n` +
      `cn: ${first} ${last}\ngivenName: ${first}\nsn: ${last}\nmail: ${first.toLowerCase()}${String(i)}@example.com\n\n`,
    'version: 1\n\n',
  ],
  // A CRM's records copied: each label over its value, and a table of two columns (label, tab, value).
  [
    'CRM records, each label over its value',
    (first, last, i) => `First Name\n${first}\nLast Name\n${last}\nEmail\n${first.toLowerCase()}${i}@example.com\n`,
    '',
  ],
  [
    'CRM records in two columns',
    (first, last, i) =>
      `Name\t${first} ${last}\nTitle\tManager\nEmail\t${first.toLowerCase()}${i}@example.com\nPhone\t555\n`,
    '',
  ],
  [
    'Markdown table rows',
    (first, last, i) => `| ${first} ${last} | ${first.toLowerCase()}${i}@example.com | Member |\n`,
    '| Name | Email | Role |\n|------|-------|------|\n',
  ],
  [
    'JSON objects, one a line',
    (first, last, i) =>
      `${JSON.stringify({ id: i, first_name: first, last_name: last, email: `${first.toLowerCase()}${i}@example.com` })}\n`,
    '',
  ],
  [
    'YAML entries',
    (first, last, i) =>
      `- id: ${String(i)}\n  name: ${first} ${last}\n  email: ${first.toLowerCase()}${i}@example.com\n`,
    '',
  ],
  [
    'CSV rows, no header',
    (first, last) => `${first.toLowerCase()}.${last.toLowerCase()}@example.com,${first},${last}\n`,
    '',
  ],
  // The shortest rows: the most people in a megabyte (36,000 and 51,000), the most rows to read.
  ['short tab rows', (first, last, i) => `${first.toLowerCase()}${i}@x.io\t${last}\n`, ''],
  ['short CSV rows without a name', (first, last, i) => `${first.toLowerCase()}${i}@x.io,x\n`, ''],
  // Each row's header is looked for on the line above: a long one is read no further than a row.
  [
    'rows under long lines',
    (first, last, i) => `${LONG_LINE}\n${first.toLowerCase()}${i}@example.com\t${first}\t${last}\n`,
    'Write to x@example.com. ',
  ],
];

function distinctList(line: (first: string, last: string, i: number) => string, head: string): string {
  const parts: string[] = [head];
  let size = head.length;
  for (let i = 0; size < MB; i++) {
    // Different names; a name word is never a label or a title.
    const entry = line(nameWord(i + 20), nameWord(i * 7 + 300), i);
    parts.push(entry);
    size += entry.length;
  }
  return parts.join('').slice(0, MB);
}

/**
 * Wall times of a run, in ms: the budgets are judged on the median; the fastest shows how much of
 * it is the machine's noise. `first` is the first run, before the engine has learnt anything from
 * this input: what a popup, which parses its text once with a copy of the parser of its own, pays.
 */
export interface Timing {
  median: number;
  fastest: number;
  first: number;
}

/** Median and fastest wall time of `repeat` runs, after two untimed runs that let the JIT settle, and the time of the first. */
function time(run: () => unknown, repeat = 9): Timing {
  // Each input from a collected heap (`npm run bench` runs node with --expose-gc), as a popup
  // reads its text: not after the garbage of every input measured before it.
  (globalThis as { gc?: () => void }).gc?.();
  const firstStart = performance.now();
  run();
  const first = performance.now() - firstStart;
  run();
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, fastest: times[0] ?? 0, first };
}

/**
 * Text as the parser receives it: through a message, which is a structured clone. (The clone is
 * also a flat string, as a selection read from a page is, where `repeat().slice()` is a view of
 * a bigger one.)
 */
const received = (text: string): string => structuredClone(text);

export interface ParserFigures {
  pages: {
    density: number;
    mb: number;
    people: number;
    /** Throughput from the median time, from the fastest, and from the first run of a fresh copy. */
    oursMbPerS: number;
    oursBestMbPerS: number;
    oursFirstMbPerS: number;
    regexMatches: number;
    regexMbPerS: number;
    regexBestMbPerS: number;
    regexFirstMbPerS: number;
  }[];
  /** `growth`: the median time on the whole input over that on its first quarter (about 4 when linear). */
  adversarial: { name: string; ms: Timing; growth: number }[];
  mixes: { name: string; ms: Timing; growth: number }[];
  lists: { name: string; people: number; ms: Timing; growth: number }[];
}

const ADVERSARIAL: string[] = [
  'a',
  'a.',
  'a@',
  '<',
  '@',
  '.',
  ' ',
  '\n',
  '\t',
  'a@b.',
  'a.b@',
  '<a@b.co>',
  'a [at] ',
  ' at a dot ',
  'mailto:',
  'Jane, ',
  'Jane Doe\n',
  '"a',
  '"a"\n',
  '(a',
  'a\t',
  'a,',
  'x@y.co ',
  'x@y.co (',
  'x@y.co\t',
  'a\tb\n',
  'a\tb@c.de\n',
  'Email\tName\n',
  'a,b\n',
  'Jane Doe <j@x.io>, ',
  'é',
  '日本',
  // Found by fuzzing: a mailto link every few characters, and an obfuscated dot before every address.
  'mailto:}é ',
  'jane.doe@acme.com dot [dot]',
  // A vCard's line folded on and on, and cards that never end.
  'BEGIN:VCARD\nFN:a\n b\n b\n b',
  'BEGIN:VCARD\n',
  // JSON: an address field in objects that never close, or under braces that do not.
  '{"e": "a@b.co", ',
  '{{{{{{{{"name": "Jane Doe", "email": "a@b.co"',
  '{"emails": [{"value": "a@b.co"}, ',
  // A calendar's line repeated, one of parameters that never ends, and one address value of a megabyte.
  'ATTENDEE;CN=Ann Lee:mailto:x@y.io\n',
  'ATTENDEE;X=a,b,',
  'ORGANIZER:mailto:a@b.',
  // Encoded words (RFC 2047) that join into one of a megabyte.
  '=?utf-8?q?a?= ',
  // LDIF: one record of a megabyte, and a record of base64 values repeated.
  'dn: a\n',
  'dn: a\nmail:: eEB5LmNv\ncn:: 5p2O\n\n',
  // Character references: around an address, an `&` that starts none, and a name that stands for none.
  '&lt;x@y.co&gt; ',
  '&;',
  '&qacute;',
  // A tab row of two addresses in one cell and a name (the first address is read as prose's).
  'x@y.co x@y.co\tName\n',
  // A record of its address alone, and one of as many other fields as are read around it.
  'Email\nx@y.co\n',
  Array.from({ length: 12 }, (_, i) => `L${String(i)}: v\n`).join('') +
    'Email: x@y.co\n' +
    Array.from({ length: 12 }, (_, i) => `M${String(i)}: v\n`).join(''),
];

/**
 * 1 MB of short tokens in random order (a fixed seed) after a first line: the slowest mixes that
 * fuzzing found, for the paths one repeated unit never takes (many short items of different
 * kinds, a CSV file's cells).
 */
const MIXES: [string, string[]][] = [
  ['', ['\n', '日', 'a', ':', ' ']],
  ['', [';', "'", 'First name', 'A', ':']],
  ['', ['李', "'", ' ', '\r\n']],
  ['', ['Dr.', 'é', '(at)']],
  ['', ['İ', ']', 'Dr.', 'x [at] y [dot] z']],
  ['', ['\n', '[dot]', 'x@y.co', '李']],
  ['', ['x@y.co', '\n']],
  ['', ['2x.png', 'co', '<', '&', '[at]']],
  ['', ['{', '<a@b.co>', '"', 'van', 'Doe']],
  ['', ['x [at] y [dot] z', 'co', 'İbo', '&', '\u212a']],
  ['Email,Name\n', ['"']],
  ['Email,Name\n', ['x"']],
  ['', ['{', '}', '"', ':', '"email": "x@y.co"', '"name": ', 'Jane']],
];

/** A unit as the report names it: quoted, and cut short when it is long. */
function shortName(unit: string): string {
  const quoted = JSON.stringify(unit);
  return quoted.length <= 40 ? quoted : `${quoted.slice(0, 30)}… (${String(unit.length)} characters)`;
}

function randomMix(head: string, tokens: string[]): string {
  // xorshift32: the same text on every run.
  let state = 12345;
  const next = (n: number) => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state % n;
  };
  const parts: string[] = [head];
  for (let size = head.length; size < MB;) {
    const token = tokens[next(tokens.length)] ?? '';
    parts.push(token);
    size += token.length;
  }
  return parts.join('').slice(0, MB);
}

/**
 * The time of `parse` on a 1 MB input, and its growth from the input's first quarter to the whole:
 * about 4 when the time is linear in the length, 16 when it is quadratic. A cheap guard against
 * the next path that reads back over the text for each thing it finds.
 */
function timeAndGrowth(parse: (text: string) => unknown, text: string): { ms: Timing; growth: number } {
  const ms = time(() => parse(text));
  const quarter = received(text.slice(0, Math.floor(text.length / 4)));
  return { ms, growth: ms.median / time(() => parse(quarter)).median };
}

/**
 * Throughput on 5 MB page-like texts (three densities of people), and time on 1 MB adversarial
 * inputs, random mixes and lists, of the parser as shipped (`shippedRecipients`): a copy of its
 * own for each input, as each popup loads one.
 */
export async function parserFigures(): Promise<ParserFigures> {
  const fresh = await shippedRecipients();
  const pages: ParserFigures['pages'] = [];
  for (const density of PAGE_DENSITIES) {
    const page = received(pageLikeText(5 * MB, density));
    const { parseRecipients } = await fresh();
    const regex = emailRegexSafe();
    let people = 0;
    let regexMatches = 0;
    const ours = time(() => (people = parseRecipients(page).length));
    const theirs = time(() => (regexMatches = page.match(regex)?.length ?? 0));
    const mb = page.length / MB;
    const perS = (ms: number) => mb / (ms / 1000);
    pages.push({
      density,
      mb,
      people,
      oursMbPerS: perS(ours.median),
      oursBestMbPerS: perS(ours.fastest),
      oursFirstMbPerS: perS(ours.first),
      regexMatches,
      regexMbPerS: perS(theirs.median),
      regexBestMbPerS: perS(theirs.fastest),
      regexFirstMbPerS: perS(theirs.first),
    });
  }
  const adversarial: ParserFigures['adversarial'] = [];
  for (const unit of ADVERSARIAL) {
    const text = received(unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB));
    const { parseRecipients } = await fresh();
    adversarial.push({ name: shortName(unit), ...timeAndGrowth(parseRecipients, text) });
  }
  const mixes: ParserFigures['mixes'] = [];
  for (const [head, tokens] of MIXES) {
    const text = received(randomMix(head, tokens));
    const { parseRecipients } = await fresh();
    mixes.push({ name: `${JSON.stringify(head)} ${JSON.stringify(tokens)}`, ...timeAndGrowth(parseRecipients, text) });
  }
  const lists: ParserFigures['lists'] = [];
  for (const [name, line, head] of LISTS) {
    const text = received(distinctList(line, head));
    const { parseRecipients } = await fresh();
    // Timed first: the first parse is the one a fresh copy has not seen before.
    const timing = timeAndGrowth(parseRecipients, text);
    lists.push({ name, people: parseRecipients(text).length, ...timing });
  }
  return { pages, adversarial, mixes, lists };
}
