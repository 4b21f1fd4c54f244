import emailRegexSafe from 'email-regex-safe';
import { build } from 'esbuild';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Runs, Timing, WorkerInput, WorkerResult } from './parser-worker';
import { median } from './median';
import { moduleUrl, shippedParserCode } from './shipped';

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
  // Outlook's To: line of recipients it did not resolve, one line of bare addresses and semicolons
  // (each a place where names listed among them are looked for).
  ['bare addresses parted by semicolons', (first, last, i) => `${first}${i}@example.com; `.toLowerCase(), ''],
  // A bulleted list of people, every other one without an address (each listed by name).
  [
    'a bulleted list, every other item a name alone',
    (first, last, i) => (i % 2 === 0 ? `- ${first} ${last}\n` : `- ${first.toLowerCase()}${String(i)}@example.com\n`),
    '',
  ],
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
  // A display name in Cyrillic letters written surname first, whose address the Latin letters of
  // the given name start (each put in the address's order, or not).
  [
    'display names in Cyrillic, surname first',
    (first, last, i) => `${cyrillic(last)} ${cyrillic(first)} <${first.toLowerCase()}${i}@example.ru>; `,
    '',
  ],
  // Signatures whose address does not give the name: each read up to its name over its title.
  ['signatures over a title', (first, last, i) => `${first} ${last}\nAccount Manager\nx${i}@example.com\n\n`, ''],
  // The same with the title after the name on its line (109 ms a megabyte when found), with accents
  // in the names (each then spelled again with two letters for one: 61 ms), and in Cyrillic letters.
  [
    'signatures, a title after the name',
    (first, last, i) => `${first} ${last}, Account Manager\nx${i}@example.com\n\n`,
    '',
  ],
  [
    'signatures over a title, accented names',
    (first, last, i) => `${first}üö ${last}é\nAccount Manager\nx${i}@example.com\n\n`,
    '',
  ],
  [
    'signatures over a title, in Cyrillic letters',
    (first, last, i) => `${cyrillic(first)} ${cyrillic(last)}\nМенеджер\nx${i}@example.ru\n\n`,
    '',
  ],
  // People copied from a message that names them without addresses, two a line joined by `and`.
  ['full names joined by "and", two a line', (first, last) => `${first} ${last} and ${last} ${first}\n`, ''],
  ['short CSV rows without a name', (first, last, i) => `${first.toLowerCase()}${i}@x.io,x\n`, ''],
  // Display names that are the company's that the domain spells, not as the text writes them
  // (spaces run together, a comment dropped): each was looked for back to the text's start, a
  // megabyte of the first in 4.6 s, a quarter of one of the second in 0.38 s, before that search was
  // kept within the name's reach.
  ['company names spaced out', (first, last, i) => `Acme   Labs <${first.toLowerCase()}${i}@acmelabs.org>; `, ''],
  ['company names with a comment', (first, last, i) => `Ac(x)me <${first.toLowerCase()}${i}@acme.org>; `, ''],
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

export type { Timing };

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
  // An address typed in full width (`ｘ＠ｙ．ｃｏ`), a sign every two characters, and every
  // letter read as an address's for 40 characters before one.
  'ｘ＠ｙ．ｃｏ ',
  'ａ＠',
  'ａａａａａａａａａａａａａａａａａａａａａａａａａａａａａａａａａａａａａａａ＠',
  'a [at] ',
  // `(at)` and `(a)` between an address's parts, with no space (`jane(a)acme.fi`): a site every
  // few characters, and an address at every other one.
  'a(a)',
  'x(at)y.co ',
  'a(a)b.co(a)',
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
  // Lines that end with a bracket never opened: each was searched back to the text's start for
  // its `(` (70 s for a megabyte before it was fixed).
  'a b)\n',
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
  // A person without an address as `formatRecipients` writes one, over an address without a name.
  '"Doe, Jane"\n<a@b.co>\n',
  // Names joined by `and`: one line of them (which ran out of stack, each name read a call deeper),
  // and a line of two repeated.
  'Jane Doe and ',
  'Jane Doe and Bo Li\n',
  // A tab row of two addresses in one cell and a name (the first address is read as prose's).
  'x@y.co x@y.co\tName\n',
  // A list's line after its label, and names between addresses parted by commas, repeated: the
  // same address read again amid the same text (190 and 400 ms before such a reading was skipped).
  'To: Jane Doe, a@b.co, Ann Lee\n',
  'a@x.io, Ann Lee, ',
  // Records on one line, each of as many other fields as are read before its address's.
  'a: b, '.repeat(11) + 'Email: a@b.co, ',
  // A message's source of its ids alone, and one id folded under another on and on.
  'Message-ID: <a@b.co>\n',
  ' <a@b.co>\n',
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
  // A name on a line of its own over a line of a megabyte whose addresses after its first are
  // bare: each was once read back to the line's semicolon (4.5 s for a quarter of a megabyte).
  ['Bo Li\nJane <j@x.co>; ', ['a@b.co, ']],
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

/** The worker's script, bundled to JavaScript: tsx's loader does not reach worker threads. */
const workerScript = async (): Promise<URL> => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./parser-worker.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  return new URL(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0]?.text ?? '').toString('base64')}`);
};

/**
 * Measures the shipped parser on `text` in a worker thread of its own: a fresh heap and engine, as
 * the popup's page starts with, so that nothing an earlier input left behind (its garbage, the
 * code and feedback of its copy of the parser, a heap grown by them) weighs on this one. The text
 * reaches the worker as a message does, cloned into a flat string.
 */
async function measured(
  script: URL,
  url: string,
  text: string,
  options: { quarter?: boolean; regex?: RegExp } = {},
): Promise<WorkerResult> {
  const input: WorkerInput = {
    url,
    text,
    quarter: options.quarter ?? false,
    ...(options.regex ? { regex: { source: options.regex.source, flags: options.regex.flags } } : {}),
  };
  const worker = new Worker(script, { workerData: input });
  try {
    const [result] = (await once(worker, 'message')) as [WorkerResult];
    return result;
  } finally {
    await worker.terminate();
  }
}

/**
 * Each input is measured in this many rounds, a fresh worker each time, and its runs are pooled.
 * On these shared machines the same runs of the same code on the same input take from one to
 * nearly two times as long from one few seconds to the next (the code that allocates most is hit
 * hardest); rounds far apart in time keep one slow spell from deciding an input's figure.
 */
const ROUNDS = 3;

/** The pooled runs of an input's rounds: median and fastest of all timed runs, median of the first runs. */
function pooled(rounds: Runs[]): Timing {
  const timed = rounds.flatMap((round) => round.timed);
  return { median: median(timed), fastest: Math.min(...timed), first: median(rounds.map((round) => round.first)) };
}

/** One of the texts the parser is measured on: a 5 MB page, or a 1 MB adversarial input, mix or list. */
export interface BenchInput {
  kind: 'page' | 'adversarial' | 'mix' | 'list';
  /** As the report names it. */
  name: string;
  /** A page's people-carrying blocks per prose block; 0 for the others. */
  density: number;
  /** Made when measured: the texts together would hold over 100 MB. */
  text: () => string;
}

/** Every text `npm run bench` measures the parser on, in the order it reports them. */
export function benchInputs(): BenchInput[] {
  return [
    ...PAGE_DENSITIES.map((density) => ({
      kind: 'page' as const,
      name: String(density),
      density,
      text: () => pageLikeText(5 * MB, density),
    })),
    ...ADVERSARIAL.map((unit) => ({
      kind: 'adversarial' as const,
      name: shortName(unit),
      density: 0,
      text: () => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB),
    })),
    ...MIXES.map(([head, tokens]) => ({
      kind: 'mix' as const,
      name: `${JSON.stringify(head)} ${JSON.stringify(tokens)}`,
      density: 0,
      text: () => randomMix(head, tokens),
    })),
    ...LISTS.map(([name, line, head]) => ({
      kind: 'list' as const,
      name,
      density: 0,
      text: () => distinctList(line, head),
    })),
  ];
}

/**
 * Throughput on 5 MB page-like texts (three densities of people), and time on 1 MB adversarial
 * inputs, random mixes and lists, of the parser as shipped (`shippedParserCode`), each run in a
 * worker with a copy of its own, as each popup loads one. For each 1 MB input also the growth
 * from its first quarter to the whole: about 4 when the time is linear in the length, 16 when it
 * is quadratic, a cheap guard against the next path that reads back over the text for each thing
 * it finds.
 */
export async function parserFigures(): Promise<ParserFigures> {
  const code = await shippedParserCode();
  const script = await workerScript();
  let copies = 0;
  const url = () => moduleUrl(code, copies++);
  const inputs = benchInputs();
  const results: WorkerResult[][] = inputs.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, input] of inputs.entries()) {
      const options = input.kind === 'page' ? { regex: emailRegexSafe() } : { quarter: true };
      results[i]?.push(await measured(script, url(), input.text(), options));
    }
  }
  const figures: ParserFigures = { pages: [], adversarial: [], mixes: [], lists: [] };
  for (const [i, input] of inputs.entries()) {
    const rounds = results[i] ?? [];
    const people = rounds[0]?.people ?? 0;
    const ms = pooled(rounds.map((round) => round.ms));
    if (input.kind === 'page') {
      const mb = (rounds[0]?.length ?? 0) / MB;
      const perS = (time: number) => mb / (time / 1000);
      const theirs = pooled(rounds.flatMap((round) => (round.regex ? [round.regex.ms] : [])));
      figures.pages.push({
        density: input.density,
        mb,
        people,
        oursMbPerS: perS(ms.median),
        oursBestMbPerS: perS(ms.fastest),
        oursFirstMbPerS: perS(ms.first),
        regexMatches: rounds[0]?.regex?.matches ?? 0,
        regexMbPerS: perS(theirs.median),
        regexBestMbPerS: perS(theirs.fastest),
        regexFirstMbPerS: perS(theirs.first),
      });
      continue;
    }
    const growth = ms.median / pooled(rounds.flatMap((round) => (round.quarter ? [round.quarter] : []))).median;
    const entry = { name: input.name, ms, growth };
    if (input.kind === 'adversarial') figures.adversarial.push(entry);
    else if (input.kind === 'mix') figures.mixes.push(entry);
    else figures.lists.push({ ...entry, people });
  }
  return figures;
}
