import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidEmail } from '@/lib/apexscore/email';
import { formatRecipients, parseRecipients, type Recipient, splitName } from '@/lib/recipients';
import { validDomain, wideEmailVerdict } from '@/lib/recipients/address-rules';
import { angleNameOf } from '@/lib/recipients/extract';
import { hasQuotedLine } from '@/lib/recipients/readable';
import {
  fullNameRules,
  hasRole,
  holdsParticleWord,
  isParticleWord,
  isPlainWords,
  isLinkPhrase,
  isRole,
  isSpanishSurname,
  isSuffix,
  isTitle,
  looksLikeName,
  LOOKED_UP_LIMIT,
  LOOKED_UP_WORDS,
  LOWERS_INTO_LATIN_1,
  mayBeName,
  nameOf,
  plainLastFirst,
  plainName,
  spellsDomain,
  splitNameFully,
  withoutLeadingWord,
} from '@/lib/recipients/names';

const pick = (p: Pick<Recipient, 'email' | 'firstName' | 'lastName'>) => ({
  email: p.email,
  firstName: p.firstName,
  lastName: p.lastName,
});

// Text with the characters that matter to the parser over-represented.
const tricky = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '@',
        '<',
        '>',
        '"',
        ',',
        ';',
        '\n',
        '\t',
        '(',
        ')',
        '.',
        ' ',
        'mailto:',
        '|',
        '{"email": "',
        '"name": ',
        '{',
        '}',
        '[',
        ']',
        '[at]',
        ' dot ',
        ' at ',
        ':',
        '\\',
        'ATTENDEE;CN=',
        'ORGANIZER;',
        ':mailto:',
        '\r\n ',
        "^'",
        '=?utf-8?q?',
        '=?utf-8?b?',
        '?=',
        '\ndn: ',
        'mail:: ',
        '&lt;',
        '&amp;',
        '&#',
        'acute;',
        '\nEmail: ',
        '\nEmail\t',
        '\nName\n',
        '\nFirst name: ',
      ),
      fc.emailAddress(),
      fc.string({ unit: 'grapheme' }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const TITLES_AND_SUFFIXES = (
  'Mr Mrs Ms Mx Dr Prof Sir Miss Dame Herr Frau Mme Mlle M Jr Sr Ii Iii Iv Phd Md Esq ' +
  'Mba Cpa Cfa Mbe Obe Cbe Kbe Dds Dvm Rn Msc Bsc'
).split(' ');
// Greetings before a name: `Hi, Jane Doe <jane@…>` greets Jane Doe.
const GREETINGS = 'Hi Hey Hello Dear Thanks Thank Greetings Hallo Bonjour Hola Ciao'.split(' ');
const word = fc
  .tuple(fc.stringMatching(/^[A-ZÅÉÖ]$/), fc.stringMatching(/^[a-zäéöüß]{1,10}$/))
  .map(([first, rest]) => first + rest)
  // A title or a suffix is not a first name: "Dr Jane Doe" is read as Jane Doe, "Doe Smith, Jr" as
  // Doe Smith; nor is a job title's word ("Sales"), nor a particle, which joins the surname even
  // with its capital ("Jean Le Pen", "Ahmed Al Sayed"); nor a greeting, which a list written
  // `Last, First` would put first (`Hi, Åä Éa <a@a.aa>`, which a run once generated); nor a Spanish
  // surname, which starts a double surname (`Öß Éöéz Éö` is Öß / Éöéz Éö, as `Gabriel García Márquez`);
  // nor "Me", Gmail's name for the reader's own address (`to: me <me@…>`), which names no one.
  .filter(
    (name) =>
      name !== 'Me' &&
      !TITLES_AND_SUFFIXES.includes(name) &&
      !isTitle(name) &&
      !isSuffix(name) &&
      !GREETINGS.includes(name) &&
      !isRole(name) &&
      !isParticleWord(name.toLowerCase()) &&
      !isSpanishSurname(name, 0, name.length),
  );
const person = fc
  .record({
    // Addresses as mail is sent to: a dotted domain whose last label is letters, and no `{at}` or
    // `(dot)` in the local part (valid, but read as the obfuscation pages use).
    email: fc
      .emailAddress()
      .filter(
        (email) =>
          isValidEmail(email) && /\.[a-z]{2,}$/i.test(email) && !/[[({<]\s?(?:at|@|dot)\s?[\])}>]/i.test(email),
      ),
    firstName: fc.oneof(
      word,
      fc.tuple(word, word).map((w) => w.join(' ')),
    ),
    lastName: fc.oneof(
      word,
      fc.constant(''),
      fc.tuple(fc.constantFrom('van', 'de', 'von der'), word).map((w) => w.join(' ')),
    ),
  })
  // Not an address the parser finishes the name from: a first name alone that the address starts
  // with (`Kevin <kevin.lee@…>` is Kevin Lee), or a one-word address holding a word of the name
  // (`Front Office <office@…>` names a mailbox, not a person).
  .filter(({ email, firstName, lastName }) => {
    // Nor a site's link of two words ("Sign In", which short random words may write).
    if (isLinkPhrase(`${firstName} ${lastName}`.trim())) return false;
    // Nor a name, or a part of one, that the address's domain spells: a company's (`Acme Labs
    // <bo@acmelabs.org>`), which short random words and labels may write (`Ab <xyz@ab.io>`).
    if ([firstName, lastName, `${firstName} ${lastName}`].some((name) => name !== '' && spellsDomain(name, email)))
      return false;
    const local = email.slice(0, email.lastIndexOf('@')).toLowerCase();
    if (lastName === '') return !local.startsWith(firstName.toLowerCase());
    return (
      /[._]/.test(local) ||
      !`${firstName} ${lastName}`.split(' ').some((w) => w.length >= 3 && local.includes(w.toLowerCase()))
    );
  });

/**
 * Whether a name without an address among people spells the domain of an address among them: a
 * company's, no one (`Acme Labs` beside `bo@acmelabs.org`), which short random words and labels
 * may write.
 */
const spellsTheirDomain = (people: Pick<Recipient, 'email' | 'firstName' | 'lastName'>[]) =>
  people.some(
    (p) =>
      p.email === null && people.some((q) => q.email !== null && spellsDomain(`${p.firstName} ${p.lastName}`, q.email)),
  );

describe('parseRecipients, for any input', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), tricky), (text) => void parseRecipients(text)),
    );
  });

  it('returns only addresses that pass the API client’s own check', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: 'binary' })), (text) => {
        for (const found of parseRecipients(text))
          if (found.email !== null) expect(isValidEmail(found.email)).toBe(true);
      }),
    );
  });

  it('reads back a formatted list of people as the same people', () => {
    fc.assert(
      fc.property(fc.uniqueArray(person, { selector: (p) => p.email.toLowerCase(), maxLength: 12 }), (people) => {
        const parsed = parseRecipients(formatRecipients(people.map((p) => ({ ...p, nameSource: 'given' as const }))));
        expect(parsed.map(pick)).toEqual(people);
      }),
    );
  });

  it('reads back a formatted list of people with a name, without an address, or without a name', () => {
    // `formatRecipients` writes the three kinds as `"Last, First" <email>`, `"Last, First"` and
    // `<email>`. One without a name reads back as its address does alone (its name guessed, or none).
    type Item = Pick<Recipient, 'email' | 'firstName' | 'lastName'>;
    const item: fc.Arbitrary<Item> = fc.oneof(
      person,
      fc.record({ email: fc.constant(null), firstName: word, lastName: word }),
      person.map((p) => pick(parseRecipients(`<${p.email}>`)[0] ?? { ...p, firstName: '', lastName: '' })),
    );
    const key = (p: Item) => p.email?.toLowerCase() ?? `${p.firstName} ${p.lastName}`.toLowerCase();
    fc.assert(
      fc.property(
        fc
          .uniqueArray(item, { selector: key, maxLength: 10 })
          // (A name without an address that an addressed person also has is that person.)
          .filter((people) => new Set(people.map((p) => `${p.firstName} ${p.lastName}`)).size === people.length)
          .filter((people) => !spellsTheirDomain(people)),
        (people) => {
          const written = people.map((p) => ({ ...p, nameSource: 'given' as const }));
          expect(parseRecipients(formatRecipients(written)).map(pick)).toEqual(people);
        },
      ),
      { numRuns: 1000 },
    );
  });

  type ListItem = Pick<Recipient, 'email' | 'firstName' | 'lastName'> & { bare?: true };
  /**
   * Whether a name alone stands next to a bare address, or before an address in brackets, that holds
   * a word of it or is its initials, accents aside (`Jane Doe, jane@…`, `jd@…`): the address's name,
   * not another person's.
   */
  const besideItsAddress = (items: ListItem[]) => {
    const letters = (text: string) =>
      text
        .normalize('NFD')
        .replace(/\P{L}+/gu, '')
        .toLowerCase();
    return items.some((item, i) => {
      if (item.email !== null) return false;
      const words = `${item.firstName} ${item.lastName}`.split(' ').map(letters);
      return [items[i - 1], items[i + 1]].some((next) => {
        const local = next && (next.bare || next === items[i + 1]) ? letters(next.email?.split('@')[0] ?? '') : '';
        if (local === '') return false;
        return (
          words.some((word) => word.length > 1 && local.includes(word)) || words.map((w) => w[0]).join('') === local
        );
      });
    });
  };
  /**
   * Where commas part the items, a name alone before the first display name of a line (`Jane Doe,
   * Ann Lee <…>`, which reads as `Last, First`), or before a display name of one word (`Jane Doe,
   * Ann <…>`, as `García Márquez, Gabriel <…>` is one person). And a line of one address is a row.
   */
  const commaAmbiguous = (items: ListItem[]) =>
    items.filter((item) => item.email !== null).length < 2 ||
    besideItsAddress(items) ||
    items.some((item, i) => {
      const next = items[i + 1];
      if (item.email !== null || !next || next.email === null || next.bare) return false;
      return next.lastName === '' || (items.slice(0, i).every((before) => before.email === null) && i === 0);
    });

  // (A name alone beside its address is that address's in every layout: `- Åü Ew` over
  // `- ewa@…`, which 1 run in about 20,000 wrote.)
  it.each([
    ['parted by semicolons', (items: string[]) => items.join('; '), besideItsAddress],
    ['as a bulleted list', (items: string[]) => items.map((item) => `- ${item}`).join('\n'), besideItsAddress],
    [
      'as a numbered list',
      (items: string[]) => items.map((item, i) => `${String(i + 1)}. ${item}`).join('\n'),
      besideItsAddress,
    ],
    ['parted by commas', (items: string[]) => items.join(', '), commaAmbiguous],
    // A name alone over a bare address may be its name, as a signature's is.
    [
      'one a line',
      (items: string[]) => items.join('\n'),
      (items: ListItem[]) =>
        besideItsAddress(items) || items.some((item, i) => item.email === null && items[i + 1]?.bare === true),
    ],
  ])(
    'reads back a list of display names with addresses, names without, and bare addresses, %s',
    (_layout, write, ambiguous) => {
      // Names the rules read as written, without quotes: not `Hi Jane Doe` (a greeting), nor `Jane
      // Ann Doe` (which may be Jane / Ann Doe); one without an address, also not `John Cc` (a label).
      // A bare address reads as it does alone (its name guessed or none).
      type Name = { firstName: string; lastName: string };
      type Item = ListItem;
      const readsAs = (split: Name | null, p: Name) =>
        split?.firstName === p.firstName && split.lastName === p.lastName;
      const listed: fc.Arbitrary<Item> = fc.oneof(
        person.filter((p) => readsAs(splitName(angleNameOf(`${p.firstName} ${p.lastName}`)), p)),
        fc
          .record({ email: fc.constant(null), firstName: word, lastName: word })
          .filter((p) => readsAs(nameOf(`${p.firstName} ${p.lastName}`), p)),
        person
          .map((p) => parseRecipients(p.email))
          .filter((alone) => alone.length === 1)
          .map(([alone]) => ({ ...pick(alone as Recipient), bare: true as const })),
      );
      // One person a name (a listed name that an addressed one also has is that one).
      const key = (p: Item) => (p.firstName || p.lastName ? `${p.firstName} ${p.lastName}`.toLowerCase() : p.email);
      fc.assert(
        fc.property(
          fc
            .uniqueArray(listed, { selector: key, maxLength: 8 })
            .filter((people) => people.some((p) => p.email !== null))
            .filter((people) => new Set(people.map((p) => p.email?.toLowerCase() ?? key(p))).size === people.length)
            .filter((people) => !ambiguous(people) && !spellsTheirDomain(people)),
          (people) => {
            const text = write(
              people.map((p) =>
                p.bare ? (p.email ?? '') : `${p.firstName} ${p.lastName}${p.email === null ? '' : ` <${p.email}>`}`,
              ),
            );
            expect(parseRecipients(text).map(pick)).toEqual(people.map(pick));
          },
        ),
        { numRuns: 1000 },
      );
    },
  );

  it('reads back people written as JSON: an array, pretty-printed, or one a line', () => {
    fc.assert(
      fc.property(
        // An address in a JSON string is read as in any text, where `a!b@…` is read as b@… and
        // `a@b.js` as a file's name: addresses that read as themselves written alone.
        fc.uniqueArray(
          person.filter((p) => parseRecipients(p.email)[0]?.email === p.email),
          { selector: (p) => p.email.toLowerCase(), maxLength: 12 },
        ),
        fc.constantFrom('array', 'pretty', 'lines'),
        (people, layout) => {
          const objects = people.map((p) => ({ first_name: p.firstName, last_name: p.lastName, email: p.email }));
          const json =
            layout === 'lines'
              ? objects.map((object) => JSON.stringify(object)).join('\n')
              : JSON.stringify(objects, null, layout === 'pretty' ? 2 : undefined);
          expect(parseRecipients(json).map(pick)).toEqual(people);
        },
      ),
    );
  });

  it.each([
    [
      '"First Last" <email>',
      (p: { email: string; firstName: string; lastName: string }) => `"${p.firstName} ${p.lastName}" <${p.email}>`,
    ],
    [
      'Last, First <email>;',
      (p: { email: string; firstName: string; lastName: string }) => `${p.lastName}, ${p.firstName} <${p.email}>`,
    ],
  ])('reads back an Outlook-style list written as %s', (_name, write) => {
    const simple = person.filter((p) => p.lastName !== '' && !p.lastName.includes(' '));
    fc.assert(
      fc.property(fc.uniqueArray(simple, { selector: (p) => p.email.toLowerCase(), maxLength: 8 }), (people) => {
        const parsed = parseRecipients(people.map(write).join('; '));
        expect(parsed.map(pick)).toEqual(people);
      }),
    );
  });

  it('lists every address once, however often and in whatever case it is written', () => {
    const spelling = fc.tuple(fc.boolean(), fc.boolean()).map(([upper, wrapped]) => (email: string) => {
      const written = upper ? email.toUpperCase() : email;
      return wrapped ? `<${written}>` : written;
    });
    const separator = fc.constantFrom(', ', '; ', '\n', ' and ', ' | ', '. Write to ');
    fc.assert(
      fc.property(
        fc.uniqueArray(
          // Addresses the parser reads when they stand alone (not `!a@x.io`, which needs brackets
          // in prose, nor `a@x.png`, which reads as a file): the property is about repeats.
          person.map((p) => p.email).filter((email) => parseRecipients(email)[0]?.email === email),
          { selector: (email) => email.toLowerCase(), minLength: 1, maxLength: 20 },
        ),
        fc.array(fc.tuple(fc.nat(), spelling, separator), { minLength: 1, maxLength: 60 }),
        (emails, writes) => {
          const text = [
            ...emails.map((email) => [email, ', '] as const),
            ...writes.map(([n, spell, sep]) => {
              const email = emails[n % emails.length] ?? '';
              return [spell(email), sep] as const;
            }),
          ]
            .map(([written, sep]) => written + sep)
            .join('');
          const found = parseRecipients(text).map((p) => p.email);
          expect(found).toEqual(emails);
        },
      ),
    );
  });

  it('is stable on its own output', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string()), (text) => {
        const once = parseRecipients(text).map(pick);
        const twice = parseRecipients(formatRecipients(parseRecipients(text))).map(pick);
        expect(twice).toEqual(once);
      }),
    );
  });
});

// Texts made of name words, particles, white space of every kind and the punctuation that stands
// around names: where the quick refusal and the full rules could disagree.
const nameish = fc
  .array(
    fc.oneof(
      word,
      fc.constantFrom('van', 'der', 'VAN', 'de', "d'", 'st.', 'la', 'x', 'page', 'To', 'Email', 'José', '李', 'Dr.'),
      fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', ':', ';', ',', "'", '`', '|'),
      fc.constantFrom('-', '–', '—', '•', '·', '*', '"', '\\', '.', 'é'),
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(''));

describe('the letters of the words the name rules look up', () => {
  it('are of Latin-1, into which only the capitals set apart lower from beyond it', () => {
    // (A plain word's letters are hashed to be looked up only within Latin-1, and a word that
    // starts with one of those capitals is no plain word.)
    expect(LOOKED_UP_LIMIT).toBeLessThanOrEqual(0x100);
    const lowering: number[] = [];
    for (let code = 0x100; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const lower = String.fromCharCode(code).toLowerCase();
      if (lower.length === 1 && lower.charCodeAt(0) < 0x100) lowering.push(code);
    }
    expect(lowering).toEqual(LOWERS_INTO_LATIN_1);
    // (A plain word that starts with one of them but the Kelvin sign is not looked up.)
    for (const word of LOOKED_UP_WORDS) expect(['ÿ', 'ß', 'å']).not.toContain(word.charAt(0));
  });
});

describe("a signature's line of a usual name and a title", () => {
  it('is no name whole, as nameAbove takes it without asking', () => {
    const word = fc.constantFrom(
      'Jane',
      'Doe',
      'Nelo',
      'Dr.',
      'Prof.',
      'Professor',
      'CEO',
      'Manager',
      'Account',
      'Head',
      'of',
      'Sales',
      'van',
      'Geschäftsführer',
      'Président',
      '"Bob"',
      'J.',
      'Jr.',
      'Mr',
      'Inc.',
      'Zoë',
      'Алла',
    );
    const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
    let checked = 0;
    fc.assert(
      fc.property(
        words,
        fc.constantFrom(', ', ',', ' | ', '|', ' - ', ' – ', ' — ', ' · '),
        words,
        (head, separator, rest) => {
          if (!isPlainWords(head) || !hasRole(rest)) return;
          checked++;
          expect(looksLikeName(head + separator + rest)).toBe(false);
        },
      ),
      { numRuns: 20000 },
    );
    // (Not a test of nothing: about one in twenty is such a line.)
    expect(checked).toBeGreaterThan(200);
  });
});

describe('holdsParticleWord, read in place', () => {
  it('answers as a look-up of each word between white space and commas does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('van', 'VAN', 'De', 'la', 'y', 'İ', 'Dr.', ''), wordsName, capitalWord), {
          maxLength: 6,
        }),
        fc.constantFrom(' ', ', ', ',', '\u00a0', '\t', '  '),
        (parts, separator) => {
          const text = parts.join(separator);
          const words = text.split(/[\s,]+/);
          expect(holdsParticleWord(text, 0, text.length)).toBe(
            words.some((word) => isParticleWord(word.toLowerCase())),
          );
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe("hasRole, told by the hashes of a text's words", () => {
  it('answers as a look-up of each word between spaces does', () => {
    const roleish = fc.constantFrom(
      'CEO',
      'Manager',
      'manager',
      'MANAGER',
      'Geschäftsführer',
      'GESCHÄFTSFÜHRER',
      'Mar\u212aeting',
      'Sales.',
      'Vice-President',
      'İnşaat',
      '',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(roleish, wordsName, nameish, capitalWord), { maxLength: 6 }),
        fc.constantFrom(' ', '  ', ', '),
        (parts, separator) => {
          const text = parts.join(separator);
          expect(hasRole(text)).toBe(text.split(' ').some(isRole));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('hasQuotedLine, the search for a quoted line by its characters', () => {
  it('answers as the pattern of a line break, spaces and tabs, and a quote mark does', () => {
    const quotedLine = /\n[ \t]*>/;
    fc.assert(
      fc.property(fc.array(fc.constantFrom('\n', ' ', '\t', '>', 'a', '\r'), { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(hasQuotedLine(text)).toBe(quotedLine.test(text));
      }),
      { numRuns: 20000, examples: [[['>', 'a', '\n', ' ', '>']], [['a', '>', '\n', '>']], [['\n', '>']]] },
    );
  });
});

describe('mayBeName, the quick refusal before the name rules', () => {
  it('never turns down a text the rules read as a name', () => {
    fc.assert(
      fc.property(fc.oneof(nameish, fc.string()), (text) => {
        if (nameOf(text) !== null) expect(mayBeName(text)).toBe(true);
      }),
      // Found by this test: a quoted name that ends in a byte-order mark, which `trim` drops; and a
      // name after a shirt number (`#0 A`), which `cleanName` drops, once in about a hundred runs.
      {
        numRuns: 2000,
        examples: [['"Aö"\ufeff'], ['\u3000"Jane Doe"'], ['#0 A'], ['1. Jane Doe'], ['Jane Doe ★'], ['Jane ❤️']],
      },
    );
  });
});

// Names of words the rules look up (particles and labels, in every case) among name words, one
// space apart: what the quick paths for the usual name answer for without the rules.
const wordsName = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'van',
        'Van',
        'VAN',
        'vAn',
        'de',
        'De',
        'DE',
        'La',
        'Le',
        'Do',
        'St.',
        'Sta',
        "D'",
        'Al',
        'Della',
      ),
      fc.constantFrom('Email', 'EMail', 'E-Mail', 'e-MAIL', 'To', 'tO', 'And', 'Tel', 'Tel.', 'Reply-To', 'Web'),
      // Roles, and words that lower into a label or a role through the Kelvin sign.
      fc.constantFrom(
        'CEO',
        'Ceo',
        'Manager',
        'SALES',
        'Co-Founder',
        'VP',
        'Inc.',
        'LTD.',
        'Than\u212as',
        'Mar\u212aeting',
        // Beyond ASCII, in any case (a word of the quick paths was looked up only in ASCII).
        'Geschäftsführer',
        'GESCHÄFTSFÜHRER',
        'Chargée',
        'Président',
        'Ärztin',
        '\u212bRZTIN',
      ),
      fc.constantFrom(
        'Jane',
        'Doe',
        'J.',
        'Dr.',
        "O'Brien",
        'Mary-Jane',
        'José',
        'Zoë',
        'Алла',
        '李',
        'Kelvin',
        '\u212aate',
        "Jane's",
        'Ann’s',
      ),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((words) => words.join(' '));

describe('looksLikeName, quick paths for the usual name before the full rules', () => {
  it('answers as the full rules do', () => {
    fc.assert(
      fc.property(
        // (And words of many scripts, alone and two by two: the plain word and the usual name are
        // told in one look.)
        fc.oneof(
          wordsName,
          nameish,
          capitalWord,
          fc.tuple(capitalWord, fc.constantFrom(' ', ', '), capitalWord).map((parts) => parts.join('')),
        ),
        fc.boolean(),
        (text, labels) => {
          expect(looksLikeName(text, { labels })).toBe(text.length <= 120 && fullNameRules(text, labels));
        },
      ),
      // Found by this test: labels in a case of their own, and capitalised particles alone, were
      // names on the quick path for ASCII names and not under the rules.
      {
        numRuns: 5000,
        examples: [
          ['Van De', true],
          ['La', false],
          ['EMail Jones', true],
        ],
      },
    );
  });
});

// A capital, then letters in lower case, marks, letters without case, and what no plain name
// holds (capitals, signs, halves of characters beyond the first plane), in several scripts.
const capitalWord = fc
  .tuple(
    fc.constantFrom('J', 'M', 'D', 'É', 'Ä', 'А', 'Σ', 'İ', '\u212a', 'Ǆ', 'ǅ', 'Ω', 'a', '李'),
    fc.array(
      fc.oneof(
        {
          arbitrary: fc.constantFrom('a', 'n', 'r', 's', 'é', 'ö', 'л', 'ς', 'σ', 'ı', 'ß', '\u0301', '李'),
          weight: 8,
        },
        { arbitrary: fc.constantFrom('A', '-', "'", '.', '\ud800'), weight: 1 },
      ),
      { maxLength: 8 },
    ),
  )
  .map(([capital, rest]) => capital + rest.join(''));

describe('plainName and plainLastFirst, the usual name read in one look', () => {
  it('answer as mayBeName, nameOf, splitNameFully, angleNameOf and the name rules do, wherever they answer', () => {
    let answered = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          { arbitrary: capitalWord, weight: 4 },
          { arbitrary: wordsName, weight: 1 },
          {
            arbitrary: fc.constantFrom(
              'Mr',
              'Dr',
              'Mrs',
              'Prof',
              'Herr',
              'Sales',
              'Email',
              'Welcome',
              'Please',
              'Attn',
            ),
            weight: 1,
          },
        ),
        fc.oneof({ arbitrary: capitalWord, weight: 4 }, { arbitrary: wordsName, weight: 1 }),
        fc.constantFrom(' ', ' ', ' ', ' ', ', ', ', ', ',', '  ', '\t', ''),
        (first, last, separator) => {
          const text = first + separator + last;
          const plain = plainName(text, 0, text.length);
          const lastFirst = plainLastFirst(text, 0, text.length);
          if (!plain && !lastFirst) return;
          answered++;
          // (`looksLikeName` takes either at once: the rules must take it too, labels or not.)
          expect(fullNameRules(text, true)).toBe(true);
          expect(fullNameRules(text, false)).toBe(true);
          if (plain) {
            expect(mayBeName(text)).toBe(true);
            expect(nameOf(text)).toEqual(plain);
          }
          expect(splitNameFully(text)).toEqual(plain ?? lastFirst);
          // Before an address, it is the display name as written (after the separator before it),
          // unless it starts with a greeting.
          if (withoutLeadingWord(text) === text) {
            expect(angleNameOf(` ${text} `)).toBe(text);
            expect(angleNameOf(`, ${text} `)).toBe(text);
          }
        },
      ),
      // (`Ja, Jr`: a suffix after the only comma is read as `Last, First` reads it, both ways.)
      { numRuns: 5000, examples: [['Ja', 'Jr', ', ']] },
    );
    // (Not a test of nothing: about one text in twenty is a plain name.)
    expect(answered).toBeGreaterThan(100);
  });

  it('splits a plain name at its space, in any script, and leaves anything else to the rules', () => {
    const plain = (text: string) => plainName(`- ${text}\n`, 2, text.length + 2);
    expect(plain('Jane Doe')).toEqual({ firstName: 'Jane', lastName: 'Doe' });
    expect(plain('Алла Иванова')).toEqual({ firstName: 'Алла', lastName: 'Иванова' });
    expect(plain('Zoë Ångström')).toEqual({ firstName: 'Zoë', lastName: 'Ångström' });
    // Words the rules look up, initials, capitals inside a word, one word, three, two spaces.
    for (const text of ['Mr Smith', 'Sales Team', 'Jane Email', 'J Doe', 'DUPONT Jean', 'McDonald Jo', 'Jane'])
      expect(plain(text)).toBeNull();
    for (const text of ['Anna Van Berg', 'Jane  Doe', 'Jane Doe-Roe', "Ann O'Neil", '\u212aate Doe'])
      expect(plain(text)).toBeNull();
  });

  it("reads Outlook's `Last, First` of two plain words, and leaves anything else to the rules", () => {
    const lastFirst = (text: string) => plainLastFirst(`; ${text} <`, 2, text.length + 2);
    expect(lastFirst('Doe, Jane')).toEqual({ firstName: 'Jane', lastName: 'Doe' });
    expect(lastFirst('Иванова, Алла')).toEqual({ firstName: 'Алла', lastName: 'Иванова' });
    for (const text of ['Doe,Jane', 'Doe,  Jane', 'Doe, Jane, PhD', 'Sales, Jane', 'Doe, Mr', 'Doe, J', 'Jane Doe'])
      expect(lastFirst(text)).toBeNull();
  });
});

// Addresses outside ASCII, with what the rules tell apart over-represented: letters of every
// case, marks, numbers of other scripts, signs, dots and hyphens where labels start and end,
// file endings, `xn--`, and halves of characters beyond the first plane.
const wideUnit = fc.constantFrom(
  ...[
    'a',
    'Z',
    'x',
    'n',
    '1',
    '-',
    '.',
    '_',
    '"',
    '[',
    ']',
    '+',
    '!',
    '~',
    "'",
    'é',
    'ü',
    '李',
    '\u212a',
    'İ',
    'ı',
    'ſ',
  ],
  ...['ß', 'Σ', 'ς', 'ǅ', 'ﬃ', '\u0301', '\u0345', 'ा', '٣', 'Ⅻ', '²', 'ⓐ', '\u200d', '\u00a0', '𝒳', '\ud800', 'xn--'],
  ...['XN--', 'png', 'css', 'loc', 'lock', 'js'],
);
const wideText = (max: number) => fc.array(wideUnit, { minLength: 0, maxLength: max }).map((units) => units.join(''));
const wideAddress = fc.oneof(
  wideText(16),
  fc
    .tuple(wideText(6), fc.array(wideText(5), { minLength: 1, maxLength: 4 }), wideText(4))
    .map(([local, labels, top]) => `${local}@${labels.join('.')}.${top}`),
  fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 50, max: 70 })).map(([size, label]) => {
    return `é${'a'.repeat(size)}@${'b'.repeat(label)}.de`;
  }),
);

describe('wideEmailVerdict, the rules for an address outside ASCII read by character codes', () => {
  it('answers as the rules do, wherever it answers', () => {
    fc.assert(
      fc.property(wideAddress, (email) => {
        const verdict = wideEmailVerdict(email);
        const rules = validDomain(email.slice(email.lastIndexOf('@') + 1)) && isValidEmail(email);
        if (verdict !== undefined) expect(verdict).toBe(rules);
      }),
      { numRuns: 20000 },
    );
  });

  it('answers for the usual address outside ASCII, and both ways', () => {
    expect(wideEmailVerdict('josé@bücher.de')).toBe(true);
    expect(wideEmailVerdict('李@例子.中国')).toBe(true);
    expect(wideEmailVerdict('josé@bücher.d')).toBe(false);
    expect(wideEmailVerdict('josé@-bücher.de')).toBe(false);
    // The Kelvin sign lowers to `k`: `loc\u212a` is the file ending `lock`.
    expect(wideEmailVerdict('josé@bücher.loc\u212a')).toBe(false);
    // Only the rules answer for a quoted local part or half of a character beyond the first plane.
    expect(wideEmailVerdict('"josé"@bücher.de')).toBeUndefined();
    expect(wideEmailVerdict('𝒳@bücher.de')).toBeUndefined();
  });
});
