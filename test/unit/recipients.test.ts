import { describe, expect, it } from 'vitest';
import { parseRecipients, type Recipient } from '@/lib/recipients';
import { decodeCharacterReferences } from '@/lib/recipients/character-references';
import { headerColumn } from '@/lib/recipients/rows';

type Row = [email: string | null, firstName: string, lastName: string, source?: Recipient['nameSource']];

function people(text: string): Row[] {
  return parseRecipients(text).map((p) => [p.email, p.firstName, p.lastName, p.nameSource]);
}

const given = (email: string | null, first: string, last: string): Row => [email, first, last, 'given'];
const guessed = (email: string, first: string, last: string): Row => [email, first, last, 'guessed'];
const bare = (email: string): Row => [email, '', '', 'none'];

describe('parseRecipients', () => {
  describe.each<[string, [string, Row[]][]]>([
    [
      'addresses in prose',
      [
        ['Write to (jane@acme.com) today.', [bare('jane@acme.com')]],
        ['Contact: "bob@acme.com", or [ann@acme.io]!', [bare('bob@acme.com'), bare('ann@acme.io')]],
        ["It's sam@acme.co.uk.", [bare('sam@acme.co.uk')]],
        [
          'mike&family@example.org and gorby%kremvax@example.com',
          [bare('mike&family@example.org'), bare('gorby%kremvax@example.com')],
        ],
        ['Unicode: josé@bücher.de', [bare('josé@bücher.de')]],
        [
          'josé@bücher.é, josé@bücher.é; JOSÉ@BÜCHER.DE josé@bücher.de zoë [at] bücher [dot] é zoë (at) bücher (dot) de',
          [bare('JOSÉ@BÜCHER.DE'), bare('zoë@bücher.de')],
        ],
        ["Pat O'Brien: o'brien@example.ie", [given("o'brien@example.ie", 'Pat', "O'Brien")]],
        ['Ann: ann@example.ie', [bare('ann@example.ie')]],
        ["-jane@acme.com. 'JANE@ACME.COM' <Jane@Acme.com>", [bare('jane@acme.com')]],
      ],
    ],
    [
      'display names',
      [
        ['Jane Doe <jane@acme.com>', [given('jane@acme.com', 'Jane', 'Doe')]],
        ['"Jane Doe" <jane@acme.com>', [given('jane@acme.com', 'Jane', 'Doe')]],
        ['"Doe, Jane" <jane@acme.com>', [given('jane@acme.com', 'Jane', 'Doe')]],
        // Surnames that are also particles elsewhere, in Outlook's order.
        [
          'Le, Anh <anh@x.vn>; Do, Minh <minh@x.vn>; Da, Åß Éü <a@a.aa>',
          [given('anh@x.vn', 'Anh', 'Le'), given('minh@x.vn', 'Minh', 'Do'), given('a@a.aa', 'Åß Éü', 'Da')],
        ],
        // A nickname in quotes is not part of the first name, as one in brackets is not.
        ['"Jane \\"JD\\" Doe" <jane@acme.com>', [given('jane@acme.com', 'Jane', 'Doe')]],
        [
          'Robert "Bob" Smith <bob@x.io>, William H. ‘Bill’ Gates III <bill@x.io>, Robert (Bob) Roe <br@x.io>',
          [
            given('bob@x.io', 'Robert', 'Smith'),
            given('bill@x.io', 'William H.', 'Gates'),
            given('br@x.io', 'Robert', 'Roe'),
          ],
        ],
        ["D'Arcy 'Dee' O'Neil <d@x.io>", [given('d@x.io', "D'Arcy", "O'Neil")]],
        ['Dr. Jane Doe <jane@acme.com>', [given('jane@acme.com', 'Jane', 'Doe')]],
        // Emoji and symbols after a name, as display names wear them.
        [
          'Jane Doe 🚀 <jane@acme.com>; Bo Li ★ <bo@x.com>; Ann Lee 🇺🇸 <ann@x.com>; Tom Poe 👋🏽 <tom@x.com>',
          [
            given('jane@acme.com', 'Jane', 'Doe'),
            given('bo@x.com', 'Bo', 'Li'),
            given('ann@x.com', 'Ann', 'Lee'),
            given('tom@x.com', 'Tom', 'Poe'),
          ],
        ],
        // Written in lower case, as a letter writes it (but for a particle).
        ['jane doe <jane@acme.com>', [given('jane@acme.com', 'Jane', 'Doe')]],
        // A display name that only repeats the address's user name is none; one a person wrote is.
        [
          'jdoe <jdoe@acme.com>, jane <jane@x.com>, Kim <kim@x.com>',
          [bare('jdoe@acme.com'), bare('jane@x.com'), given('kim@x.com', 'Kim', '')],
        ],
        [
          "anna van der berg <anna@x.nl>; ronald mcdonald <r@x.com>; mary-kate o'neil <mk@x.ie>; иван петров <i@x.ru>",
          [
            given('anna@x.nl', 'Anna', 'van der Berg'),
            given('r@x.com', 'Ronald', 'McDonald'),
            given('mk@x.ie', 'Mary-Kate', "O'Neil"),
            given('i@x.ru', 'Иван', 'Петров'),
          ],
        ],
        ['Please welcome Jane Doe <jane@acme.com>', [given('jane@acme.com', 'Jane', 'Doe')]],
        // A Malay name's `binti` (daughter of) starts its last name, as `bin` does (Nur Aisyah had
        // been dropped).
        [
          'Nur Aisyah binti Abdullah <nur@x.my>; Ahmad bin Ismail <ahmad@x.my>',
          [given('nur@x.my', 'Nur Aisyah', 'binti Abdullah'), given('ahmad@x.my', 'Ahmad', 'bin Ismail')],
        ],
        [
          'Lorem ipsum dolor sit amet, sed do eiusmod. Read more on our Insights Page. Jane Doe <jane@acme.com>',
          [given('jane@acme.com', 'Jane', 'Doe')],
        ],
        [
          'Our partner in Lyon, contact Anna van der Berg <anna@acme.nl>',
          [given('anna@acme.nl', 'Anna', 'van der Berg')],
        ],
        ['please write to us <hello@acme.com>', [bare('hello@acme.com')]],
        // Quotes or brackets around the whole item, as code and CSV cells write them.
        [
          'to: "Jane Doe <jane@acme.com>", cc: "John Smith <js@acme.com>"; (Ann Lee <ann@x.io>)',
          [
            given('jane@acme.com', 'Jane', 'Doe'),
            given('js@acme.com', 'John', 'Smith'),
            given('ann@x.io', 'Ann', 'Lee'),
          ],
        ],
        // A word that joins or labels, in lower case, is no name.
        ['Jane Doe <jane@acme.com> and <js@acme.com>', [given('jane@acme.com', 'Jane', 'Doe'), bare('js@acme.com')]],
      ],
    ],
    [
      'Outlook and separated lists',
      [
        [
          'Doe, Jane <jane@acme.com>; Smith, John <john@acme.com>',
          [given('jane@acme.com', 'Jane', 'Doe'), given('john@acme.com', 'John', 'Smith')],
        ],
        // As Dutch address books write it, the particles after the first name: the surname's.
        [
          'Vries, Jan de <jan.devries@x.nl>; Berg, Anna van den <anna@x.nl>; Beethoven, Ludwig van',
          [
            given('jan.devries@x.nl', 'Jan', 'de Vries'),
            given('anna@x.nl', 'Anna', 'van den Berg'),
            given(null, 'Ludwig', 'van Beethoven'),
          ],
        ],
        [
          'Jane Doe <jane@acme.com>, John Smith <john@acme.com>',
          [given('jane@acme.com', 'Jane', 'Doe'), given('john@acme.com', 'John', 'Smith')],
        ],
        ['a@x.io | b@y.io', [bare('a@x.io'), bare('b@y.io')]],
        ['a@x.io\nb@y.io\r\nc@z.io', [bare('a@x.io'), bare('b@y.io'), bare('c@z.io')]],
        [
          'Jane Doe - jane@acme.com\nJohn Smith: john@acme.com',
          [given('jane@acme.com', 'Jane', 'Doe'), given('john@acme.com', 'John', 'Smith')],
        ],
      ],
    ],
    [
      'RFC 5322 groups and comments',
      [
        ['Team: a@x.io, Bea Berg <b@y.io>;', [bare('a@x.io'), given('b@y.io', 'Bea', 'Berg')]],
        ['jane@acme.com (Jane Doe)', [given('jane@acme.com', 'Jane', 'Doe')]],
        ['Jane (work) Doe <jane@acme.com>', [given('jane@acme.com', 'Jane', 'Doe')]],
      ],
    ],
    [
      'mailto URLs (RFC 6068)',
      [
        ['mailto:jane@acme.com', [bare('jane@acme.com')]],
        ['mailto:a@x.io,b@y.io', [bare('a@x.io'), bare('b@y.io')]],
        [
          'mailto:a@x.io?to=b@y.io&cc=Carl%20Cee%20%3Ccarl@z.io%3E&bcc=d@w.io',
          [bare('a@x.io'), bare('b@y.io'), given('carl@z.io', 'Carl', 'Cee'), bare('d@w.io')],
        ],
        ['mailto:mike%26family@example.org', [bare('mike&family@example.org')]],
        ['mailto:a@x.io?subject=ping%20b@evil.io&body=c@evil.io&In-Reply-To=%3Cd@evil.io%3E', [bare('a@x.io')]],
        ['MAILTO:a@x.io', [bare('a@x.io')]],
        ['See mailto:ann%2Bnews@x.io?subject=hi', [bare('ann+news@x.io')]],
        [
          'Links: mailto:a@x.io and MAILTO:b@y.io, mailto:c@z.io?cc=d@w.io#top',
          [bare('a@x.io'), bare('b@y.io'), bare('c@z.io'), bare('d@w.io')],
        ],
        // Slack writes a link as `<mailto:…|its text>`: the text names the address when it reads as a name.
        ['Please add <mailto:jane@acme.com|Jane Doe> today', [given('jane@acme.com', 'Jane', 'Doe')]],
        [
          '<mailto:js@acme.com|js@acme.com> and <mailto:jane.doe@acme.com|email me>',
          [bare('js@acme.com'), guessed('jane.doe@acme.com', 'Jane', 'Doe')],
        ],
        [
          '<mailto:jane@acme.com?cc=bob@acme.com&subject=Hi|Jane Doe>',
          [given('jane@acme.com', 'Jane', 'Doe'), bare('bob@acme.com')],
        ],
      ],
    ],
    [
      'JSON and YAML',
      [
        [
          '[{"name": "Jane Doe", "email": "jane@acme.com"}, {"name": "John Smith", "email": "js@acme.com"}]',
          [given('jane@acme.com', 'Jane', 'Doe'), given('js@acme.com', 'John', 'Smith')],
        ],
        [
          '{"data": {"users": [{"first_name": "Anna", "last_name": "van der Berg", "emailAddress": "a@x.nl"}]}}',
          [given('a@x.nl', 'Anna', 'van der Berg')],
        ],
        // A name object of its own; an address field written with its name.
        [
          '[{"name": {"title": "Ms", "first": "Jane", "last": "Doe"}, "email": "jd@acme.com"}, {"email": "Bo Li <bo@x.io>"}]',
          [given('jd@acme.com', 'Jane', 'Doe'), given('bo@x.io', 'Bo', 'Li')],
        ],
        // Users as identity providers' APIs list them: Google's Directory API, Okta, Microsoft Graph.
        [
          '{"users": [{"id": "1", "primaryEmail": "jd@acme.com", "name": {"givenName": "Jane", "familyName": "Doe"}}]}\n' +
            '[{"status": "ACTIVE", "profile": {"firstName": "Bo", "lastName": "Li", "email": "bo@acme.com"}}]\n' +
            '{"value": [{"displayName": "Ann Lee", "givenName": "Ann", "surname": "Lee", "mail": "al@acme.com"}]}',
          [given('jd@acme.com', 'Jane', 'Doe'), given('bo@acme.com', 'Bo', 'Li'), given('al@acme.com', 'Ann', 'Lee')],
        ],
        // The first address of a list of them (SCIM, Google's People API) is the person's; a
        // second one is read as in any text.
        [
          '{"userName": "jd", "name": {"givenName": "Jane", "familyName": "Doe"}, ' +
            '"emails": [{"value": "jd@acme.com", "primary": true}, {"value": "jd@home.org"}]}',
          [given('jd@acme.com', 'Jane', 'Doe'), bare('jd@home.org')],
        ],
        [
          '{"resourceName": "people/1", "names": [{"displayName": "Bo Li", "givenName": "Bo", "familyName": "Li"}, ' +
            '{"givenName": "Robert"}], "emailAddresses": [{"metadata": {"primary": true}, "value": "bo@acme.com"}]}',
          [given('bo@acme.com', 'Bo', 'Li')],
        ],
        ['{"names": ["Ann"], "meta": {"givenName": "Kim"}, "emails": [{"value": "al@x.io"}]}', [bare('al@x.io')]],
        ['{"cc": [{"value": "cc@x.io"}], "name": "Ann Lee"}', [bare('cc@x.io')]],
        // Objects selected out of an array, and JSON Lines.
        [
          '{"name": "Jane Doe", "email": "jane@acme.com"},\n{"name": "John Smith", "email": "js@acme.com"}',
          [given('jane@acme.com', 'Jane', 'Doe'), given('js@acme.com', 'John', 'Smith')],
        ],
        [
          '{"name": "Jane Doe", "email": "jane@acme.com"}\n{"name": "John Smith", "email": "js@acme.com"}',
          [given('jane@acme.com', 'Jane', 'Doe'), given('js@acme.com', 'John', 'Smith')],
        ],
        // A team's name is no person's; the addresses in other fields are read as any text.
        [
          '{"name": "Acme Support", "email": "help@acme.com", "cc": "Bob Roe <bob@acme.com>, ann.lee@acme.com"}',
          [bare('help@acme.com'), given('bob@acme.com', 'Bob', 'Roe'), guessed('ann.lee@acme.com', 'Ann', 'Lee')],
        ],
        ['{"email": "jane.doe@acme.com", "name": null}', [guessed('jane.doe@acme.com', 'Jane', 'Doe')]],
        // Only the person's own address takes the object's name, wherever it stands among the fields.
        [
          '{"manager_email": "boss@acme.com", "name": "Jane Doe", "Email Address": "jd@acme.com", "cc": "ann@acme.com"}',
          [bare('boss@acme.com'), given('jd@acme.com', 'Jane', 'Doe'), bare('ann@acme.com')],
        ],
        ['[{"id": 7, "email": "Jane Doe <jd@acme.com>"}]', [given('jd@acme.com', 'Jane', 'Doe')]],
        // Not JSON after all: read as text.
        ['{Jane Doe <jane@acme.com>}', [given('jane@acme.com', 'Jane', 'Doe')]],
        // A part of pretty-printed JSON, and YAML: fields over the address.
        [
          '    "first_name": "Jane",\n    "last_name": "Doe",\n    "email": "jd@acme.com"\n  },\n  {\n    "name": "John Smith",\n    "email": "js@acme.com"',
          [given('jd@acme.com', 'Jane', 'Doe'), given('js@acme.com', 'John', 'Smith')],
        ],
        [
          '- name: Jane Doe\n  email: jd@acme.com\n- name: John Smith\n  email: js@acme.com',
          [given('jd@acme.com', 'Jane', 'Doe'), given('js@acme.com', 'John', 'Smith')],
        ],
        ['name: Acme Support\nemail: help@acme.com', [bare('help@acme.com')]],
      ],
    ],
    [
      'obfuscated addresses',
      [
        ['jane [at] acme [dot] com', [bare('jane@acme.com')]],
        ['jane(at)acme(dot)com', [bare('jane@acme.com')]],
        ['jane {at} acme {dot} co {dot} uk', [bare('jane@acme.co.uk')]],
        ['jane <at> acme <dot> com', [bare('jane@acme.com')]],
        // Found from its closing bracket, among the other brackets of a text, in any case.
        ['Notes (see below) and more: jane ( at ) acme ( dot ) com', [bare('jane@acme.com')]],
        ['jane[AT]acme[DOT]com and bob {At} x {dot} org', [bare('jane@acme.com'), bare('bob@x.org')]],
        ['a]b) What (at least) [at] all: jane (at) acme (dot) com}', [bare('jane@acme.com')]],
        ['jane [at\u2003] acme [dot] com, jane at] acme [dot] com', []],
        ['jane [@] acme [dot] com', [bare('jane@acme.com')]],
        ['jane AT acme DOT com', [bare('jane@acme.com')]],
        ['jane.doe at acme dot com', [guessed('jane.doe@acme.com', 'Jane', 'Doe')]],
        // The local part's dots spelled too (doe@ had been found); an `at` before it is prose, and
        // so is one after it that no domain follows.
        [
          'email me at jane dot doe at gmail dot com, or BO DOT LI AT ACME DOT CO DOT UK at your convenience',
          [guessed('jane.doe@gmail.com', 'Jane', 'Doe'), guessed('BO.LI@ACME.CO.UK', 'Bo', 'Li')],
        ],
        ['Meet at noon at the dot com office', []],
        ['jane [dot] doe [at] acme [dot] com', [guessed('jane.doe@acme.com', 'Jane', 'Doe')]],
        ['jane@acme [dot] com, bob [at] acme.co.uk', [bare('jane@acme.com'), bare('bob@acme.co.uk')]],
        ['Jane Doe - jane [at] acme [dot] com', [given('jane@acme.com', 'Jane', 'Doe')]],
        ['Join the [chat] or the (format) at acme.com', []],
        [
          'a@x.io, bob [at] acme [dot] com; c@y.io, d [at] z [dot] org',
          [bare('a@x.io'), bare('bob@acme.com'), bare('c@y.io'), bare('d@z.org')],
        ],
        ['Item c@y.io (dot) 5 of the list', [bare('c@y.io')]],
        [
          // Each way of writing one is decoded once: repeats, in other cases and brackets, and with
          // its at-sign written plainly, are the same person; a refused one stays refused.
          'x [at] y [dot] z, x [at] y [dot] z. ann [at] acme [dot] com; ANN (AT) ACME (DOT) COM, ann@acme [dot] com ' +
            'ann [at] acme [dot] com',
          [bare('ann@acme.com')],
        ],
        [
          'Write to jane [at] acme [dot] com. Or to bob [at] acme.co.uk.',
          [bare('jane@acme.com'), bare('bob@acme.co.uk')],
        ],
        // The full-width at sign Japanese pages hide addresses with, named as any address is.
        [
          'お問い合わせ: info＠example.co.jp, 佐藤 花子 hanako＠example.jp',
          [bare('info@example.co.jp'), given('hanako@example.jp', '花子', '佐藤')],
        ],
        ['＠＠a＠b.co＠, x＠y', [bare('a@b.co')]],
        // And an address typed all in full width, as a Japanese input method writes it: read as the
        // ASCII it stands for, without the full stop after it; not one without a dotted domain.
        [
          '山田太郎（ｔａｒｏ．ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ）、ｉｎｆｏ＠ａｃｍｅ．ｊｐ。 ａ＠ｂ ＠ｃ．ｄ',
          [given('taro.yamada@example.co.jp', '太郎', '山田'), bare('info@acme.jp')],
        ],
        // `(a)` between the two parts, as pages in Finland and Germany write it; not "item (a)".
        [
          'Kontakt: erika.mustermann(a)uni-beispiel.de, Matti Virtanen <matti(a)yliopisto.fi>. See item (a) below, ' +
            'f(a).x, 2(a)., x(a)y, jane(a)logo.png, (a)acme.de',
          [
            guessed('erika.mustermann@uni-beispiel.de', 'Erika', 'Mustermann'),
            given('matti@yliopisto.fi', 'Matti', 'Virtanen'),
          ],
        ],
        // In angle brackets, after a display name, as a plain address is.
        [
          'Jane Doe <jane [at] acme [dot] com>, Bo Li <bo(at)li.io>; 山田 太郎 <taro＠example.co.jp>',
          [
            given('jane@acme.com', 'Jane', 'Doe'),
            given('bo@li.io', 'Bo', 'Li'),
            given('taro@example.co.jp', '太郎', '山田'),
          ],
        ],
      ],
    ],
    [
      'spreadsheet rows',
      [
        [
          'Email\tFirst name\tLast name\njane@acme.com\tJane\tDoe\njohn@acme.com\tJohn\tSmith',
          [given('jane@acme.com', 'Jane', 'Doe'), given('john@acme.com', 'John', 'Smith')],
        ],
        [
          'Name\tE-mail\nJane Doe\tjane@acme.com\nAnna van der Berg\tanna@acme.nl',
          [given('jane@acme.com', 'Jane', 'Doe'), given('anna@acme.nl', 'Anna', 'van der Berg')],
        ],
        [
          'jane@acme.com\tJane\tDoe\njohn@acme.com\tJohn\tSmith',
          [given('jane@acme.com', 'Jane', 'Doe'), given('john@acme.com', 'John', 'Smith')],
        ],
        ['Jane Doe\tjane@acme.com', [given('jane@acme.com', 'Jane', 'Doe')]],
        [
          'email,first name,last name\njane@acme.com,Jane,Doe\n"john@acme.com","John","Smith, Jr."',
          [given('jane@acme.com', 'Jane', 'Doe'), given('john@acme.com', 'John', 'Smith, Jr.')],
        ],
        [
          'Our team\nEmail\tFirst name\tLast name\njane@acme.com\tJane\tDoe\njohn@acme.com\tJohn\tSmith\nThanks!',
          [given('jane@acme.com', 'Jane', 'Doe'), given('john@acme.com', 'John', 'Smith')],
        ],
        [
          'Staff\nLast name\tFirst name\tEmail\nDoe\tJane\tjane@acme.com\nSmith\tJohn\tjohn@acme.com',
          [given('jane@acme.com', 'Jane', 'Doe'), given('john@acme.com', 'John', 'Smith')],
        ],
        [
          'See the list below.\njane@acme.com\tJane\tDoe\t+1 555 0100\nWrite to info@acme.com for more.',
          [given('jane@acme.com', 'Jane', 'Doe'), bare('info@acme.com')],
        ],
        [
          'First Name\tLast Name\tEmail\nJane\tDoe\t\nJohn\tSmith\tjohn@acme.com',
          [given(null, 'Jane', 'Doe'), given('john@acme.com', 'John', 'Smith')],
        ],
        [
          // A line above longer than a row is no header row (nor read back to the text's start).
          `Write to x@y.co. ${'lorem '.repeat(900)}\njane@acme.com\tJane\tDoe\n${'ipsum '.repeat(900)}\nJohn\tjohn@acme.com`,
          [bare('x@y.co'), given('jane@acme.com', 'Jane', 'Doe'), given('john@acme.com', 'John', '')],
        ],
        [
          // Contacts as Outlook exports them: many columns, the ones this reads among them.
          'First Name,Middle Name,Last Name,Title,E-mail Address,E-mail 2 Address,Business Phone\n' +
            'Jane,,Doe,,jane.doe@acme.com,,+1 555\nJohn,Q,Smith,Dr.,jsmith@acme.com,john@home.org,',
          [given('jane.doe@acme.com', 'Jane', 'Doe'), given('jsmith@acme.com', 'John', 'Smith')],
        ],
        [
          // And as Google Contacts does.
          'Name,Given Name,Additional Name,Family Name,Nickname,E-mail 1 - Type,E-mail 1 - Value\n' +
            'Wei Zhang,Wei,,Zhang,,* Work,wz@acme.cn',
          [given('wz@acme.cn', 'Wei', 'Zhang')],
        ],
        [
          // Semicolons, as spreadsheets set up for a decimal comma write CSV; headers in German.
          'E-Mail;Vorname;Nachname\njane@acme.de;Jane;Döe\n"bob@acme.de";"Bob";"Bär; Jr."',
          [given('jane@acme.de', 'Jane', 'Döe'), given('bob@acme.de', 'Bob', 'Bär; Jr.')],
        ],
        [
          // Windows line breaks, blank lines (of spaces, of a tab) before and between the rows, a
          // quoted cell at a line's end, and a row repeated further down: one person each.
          '\r\n  \r\nEmail,First name,Last name\r\njane@acme.com,Jane,"Doe"\r\n \t\r\n' +
            'john@acme.com,John,"Smith, Jr."\r\njane@acme.com,Jane,"Doe"\r\n',
          [given('jane@acme.com', 'Jane', 'Doe'), given('john@acme.com', 'John', 'Smith, Jr.')],
        ],
        [
          'Email\tName\r\n\r\njane@acme.com\tJane Doe\r\n   \r\nbob@x.io\tBob Stone\r\njane@acme.com\tJane Doe\r\n',
          [given('jane@acme.com', 'Jane', 'Doe'), given('bob@x.io', 'Bob', 'Stone')],
        ],
        // Headers in Japanese, Korean, Chinese and Russian: a family-name column (姓, 성) and a
        // full-name one (氏名, 姓名) read as in English, the names family name first.
        ['メールアドレス\t姓\t名\ntaro@x.jp\t山田\t太郎', [given('taro@x.jp', '太郎', '山田')]],
        ['이메일\t성\t이름\nms@x.kr\t김\t민수', [given('ms@x.kr', '민수', '김')]],
        ['氏名,邮箱\n李 小龙,l@x.cn', [given('l@x.cn', '小龙', '李')]],
        ['Имя;Фамилия;Почта\nИван;Петров;ip@x.ru', [given('ip@x.ru', 'Иван', 'Петров')]],
        // And in Swedish, Norwegian, Finnish and Turkish (their header rows had been read as
        // people, or the names lost): `E-post` and `E-posta` name the address column.
        ['Förnamn\tEfternamn\tE-post\nAnna\tSvensson\tanna@x.se', [given('anna@x.se', 'Anna', 'Svensson')]],
        ['Fornavn\tEtternavn\tE-post\nOla\tNordmann\tola@x.no', [given('ola@x.no', 'Ola', 'Nordmann')]],
        ['Etunimi;Sukunimi;Sähköposti\nMatti;Virtanen;mv@x.fi', [given('mv@x.fi', 'Matti', 'Virtanen')]],
        ['Ad Soyad\tE-posta\nAyşe Yılmaz\tay@x.tr', [given('ay@x.tr', 'Ayşe', 'Yılmaz')]],
        [
          // A table with more under it (a page's text, a copied table and a note): its rows are
          // rows, the rest is prose, and no line of it is a row ("Best regards").
          'Name\tTitle\tEmail\nJane Doe\tHead of Sales\tjdoe@x.com\n' +
            'For press, contact Kim Park at park@x.com.\nBest regards,\nLee Roe\nHead of Support\nlroe@x.com',
          [given('jdoe@x.com', 'Jane', 'Doe'), given('park@x.com', 'Kim', 'Park'), given('lroe@x.com', 'Lee', 'Roe')],
        ],
        [
          // Prose whose first line reads as a header ("contact" names a column): a cell with the
          // address is no name.
          'For press, contact\n, at jane.doe@acme.com.',
          [guessed('jane.doe@acme.com', 'Jane', 'Doe')],
        ],
        [
          // A first-name column that holds whole names, with no last-name column (Spanish `Nombre`).
          'Nombre,Correo electrónico\nJuan Pérez,juan@acme.es\nAna,ana@acme.es',
          [given('juan@acme.es', 'Juan', 'Pérez'), given('ana@acme.es', 'Ana', '')],
        ],
        [
          // Rows out of step with their header: the address is found where it is, and the names
          // are read from the cells; an empty address cell is a person without one.
          'Email,First name,Last name\nJane,Doe\njohn@acme.com,John,Smith\nLee Roe,lee@acme.com',
          [given(null, 'Jane', 'Doe'), given('john@acme.com', 'John', 'Smith'), given('lee@acme.com', 'Lee', 'Roe')],
        ],
        // An address in another column is not the row's person's, but someone of its own (a note's,
        // a cc's, a manager's); one in another address column is the person's own ("E-mail 2").
        [
          'First Name\tLast Name\tEmail\tNotes\nJane\tDoe\t\tassistant bob@x.io\nJohn\tSmith\tjs@x.io\tcc: Ann Lee <ann@x.io>',
          [
            given(null, 'Jane', 'Doe'),
            given('js@x.io', 'John', 'Smith'),
            bare('bob@x.io'),
            given('ann@x.io', 'Ann', 'Lee'),
          ],
        ],
        [
          'Name,E-mail Address,E-mail 2 Address,Manager Email\nJane Doe,,jane@home.org,boss@acme.com\nJohn Smith,js@acme.com,john@home.org,',
          [given('jane@home.org', 'Jane', 'Doe'), given('js@acme.com', 'John', 'Smith'), bare('boss@acme.com')],
        ],
        // An address column named for whose it is, as a club's or a school's sheet names it.
        [
          'Player\tParent Email\tSchool email\nJane Doe\tparent@x.com\tjdoe@school.org',
          [given('parent@x.com', 'Jane', 'Doe')],
        ],
        // A header that repeats one person's columns holds several people a row, each in their columns.
        [
          'Name\tEmail\tName\tEmail\nJane Doe\tjane@acme.com\tBob Li\tbob@acme.com\nAnn Lee\tann@acme.com\t\t',
          [
            given('jane@acme.com', 'Jane', 'Doe'),
            given('bob@acme.com', 'Bob', 'Li'),
            given('ann@acme.com', 'Ann', 'Lee'),
          ],
        ],
        [
          'First name,Last name,Email,First name,Last name,Email\nJane,Doe,jane@x.com,Bob,Doe,bob@x.com',
          [given('jane@x.com', 'Jane', 'Doe'), given('bob@x.com', 'Bob', 'Doe')],
        ],
        // So is one written hidden, in a row with an address or without; and a second one in the
        // person's cell, unless that cell is an address column's (Google's `a ::: b`: theirs).
        [
          'Name\tEmail\tNotes\nJane Doe\t\tor jane [at] acme [dot] com\nJohn Smith\tjs@acme.com\tcc bob (at) acme.com',
          [
            given(null, 'Jane', 'Doe'),
            given('js@acme.com', 'John', 'Smith'),
            bare('jane@acme.com'),
            bare('bob@acme.com'),
          ],
        ],
        [
          'Name,Email,CC\nJane Doe,jane@acme.com,taro＠example.jp',
          [given('jane@acme.com', 'Jane', 'Doe'), bare('taro@example.jp')],
        ],
        [
          'jane@acme.com, john@acme.com\tJane Doe\tSales',
          [given('jane@acme.com', 'Jane', 'Doe'), bare('john@acme.com')],
        ],
        ['Name,E-mail 1 - Value\nJane Doe,jane@acme.com ::: jd@home.org', [given('jane@acme.com', 'Jane', 'Doe')]],
        // A line of one cell under a header is a note, read as prose: PowerShell's table of AD users.
        [
          'Get-ADUser -Filter * | Select Name,mail\n\nName       mail\n----       ----\nJane Doe   jane@acme.com\nJohn Smith john@acme.com',
          [given('jane@acme.com', 'Jane', 'Doe'), given('john@acme.com', 'John', 'Smith')],
        ],
        [
          // Comma-separated rows without a header row; a line that is no row is read as prose.
          'jane@acme.com,Jane,Doe\n"Smith, John",<john@acme.com>\nAnna van der Berg,anna@acme.nl\nAlso: a@x.io and Bo Li <b@y.io>',
          [
            given('jane@acme.com', 'Jane', 'Doe'),
            given('john@acme.com', 'John', 'Smith'),
            given('anna@acme.nl', 'Anna', 'van der Berg'),
            bare('a@x.io'),
            given('b@y.io', 'Bo', 'Li'),
          ],
        ],
        ['Jane Doe, jane@acme.com', [given('jane@acme.com', 'Jane', 'Doe')]],
        // Under a few lines of notes or a title: LinkedIn's export of connections (CSV), a sheet's title.
        [
          'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n' +
            'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
            'Priya,Raman,https://www.linkedin.com/in/priyaraman,priya.raman@gmail.com,Stripe,Engineering Manager,12 Nov 2026\n' +
            "Tom,O'Neill,https://www.linkedin.com/in/tomoneill,,Acme,CTO,03 Oct 2026",
          [given('priya.raman@gmail.com', 'Priya', 'Raman'), given(null, 'Tom', "O'Neill")],
        ],
        [
          'U12 coaches (write to office@club.org)\nName\tEmail\nAna Souza\tana@club.org\nBinh Nguyen\t',
          [bare('office@club.org'), given('ana@club.org', 'Ana', 'Souza'), given(null, 'Binh', 'Nguyen')],
        ],
        // Without a header: a first name's cell, then a surname's with its particles.
        [
          'anna.delacruz@acme.com\tAnna\tde la Cruz\nJan\tvan der Berg\tjan@acme.nl',
          [given('anna.delacruz@acme.com', 'Anna', 'de la Cruz'), given('jan@acme.nl', 'Jan', 'van der Berg')],
        ],
        // Not rows: two addresses on a line (one of them spelled out), words around an address.
        [
          'jane@acme.com, bob [at] acme [dot] com\nJohn, write to john@acme.com, thanks',
          [bare('jane@acme.com'), bare('bob@acme.com'), bare('john@acme.com')],
        ],
        [
          // Doubled quotes in a quoted cell, few and many.
          `email,name\n"j@x.io","Jane ""JD"" Doe"\n"${'""'.repeat(70)}<k@x.io>", "Kim"`,
          [given('j@x.io', 'Jane', 'Doe'), given('k@x.io', 'Kim', '')],
        ],
        [
          // Each person once: an address in any case (the first spelling kept, the richest name
          // taken), a name without one in any case.
          'email,first name,last name\nJANE.DOE@ACME.COM,,\nann@x.io,Ann,\njane.doe@acme.com,Jane,Doe\n' +
            ',Bo,Berg\nANN@X.IO,Ann,Lee\n,BO,BERG\n" Jane.Doe@Acme.com ",J,D',
          [given('JANE.DOE@ACME.COM', 'Jane', 'Doe'), given('ann@x.io', 'Ann', 'Lee'), given(null, 'Bo', 'Berg')],
        ],
        // Meeting attendance reports: Zoom's (CSV), Teams' (tab-separated).
        [
          'Name (Original Name),User Email,Join Time,Duration (Minutes),Guest\n' +
            'Jane Doe,jane@acme.com,01/10/2026 09:00:12 AM,60,No\nJohn Smith (Acme),john@acme.com,01/10/2026 09:01 AM,58,Yes',
          [given('jane@acme.com', 'Jane', 'Doe'), given('john@acme.com', 'John', 'Smith')],
        ],
        // A name shortened in the meeting is written out in full in brackets: that one.
        [
          'Name (Original Name)\tUser Email\tDuration (Minutes)\nAnn L (Ann Lee)\tann@acme.com\t60\nKim (Kim Roe)\tkim@acme.com\t2',
          [given('ann@acme.com', 'Ann', 'Lee'), given('kim@acme.com', 'Kim', 'Roe')],
        ],
        [
          'Full Name\tJoin Time\tDuration\tEmail\tRole\nSmith, John\t1/10/26, 9:01 AM\t58m\tjohn@acme.com\tPresenter',
          [given('john@acme.com', 'John', 'Smith')],
        ],
        // A header that names the address column and none of the others: it is no person, and the
        // names are read from the cells as without a header.
        [
          'Owner\tEmail\tRole\nJane Doe\tjdoe@acme.com\tAdmin\nJohn Smith\tjsmith@acme.com\tViewer',
          [given('jdoe@acme.com', 'Jane', 'Doe'), given('jsmith@acme.com', 'John', 'Smith')],
        ],
        [
          'Coach Name\tEmail\tPhone\tClub\nJane Doe\tjdoe@acme.com\t555 0100\tRiverside FC\nTom\t\t\tRiverside FC',
          [given('jdoe@acme.com', 'Jane', 'Doe'), given(null, 'Tom', '')],
        ],
        [
          'Student\tEmail\nJane Doe\tjdoe@acme.com\nSmith, John\tjsmith@acme.com',
          [given('jdoe@acme.com', 'Jane', 'Doe'), given('jsmith@acme.com', 'John', 'Smith')],
        ],
        ['Player;E-mail;Team\nJane Doe;jdoe@acme.com;Red', [given('jdoe@acme.com', 'Jane', 'Doe')]],
        ['Our squad:\nPlayer\tWork email\nJane Doe\tjdoe@acme.com', [given('jdoe@acme.com', 'Jane', 'Doe')]],
        // Tables drawn with pipes: Markdown, a wiki, a database shell.
        [
          '| Name | Email | Role |\n|------|:------|------|\n| Jane Doe | jd@acme.com | Admin |\n| Bo Li | b@x.io | |',
          [given('jd@acme.com', 'Jane', 'Doe'), given('b@x.io', 'Bo', 'Li')],
        ],
        [
          '+------------+-------------+\n| email      | first_name  | last_name |\n+------------+\n' +
            '| jd@acme.com | Jane | Doe |\n| js@acme.com | John | Smith |\n+------------+\n(2 rows)',
          [given('jd@acme.com', 'Jane', 'Doe'), given('js@acme.com', 'John', 'Smith')],
        ],
        [
          // Windows line breaks and a blank line between the rows; a note and prose under them.
          '| Name | Email |\r\n|---|---|\r\n| Jane Doe | jane@acme.com |\r\n\r\n| Bob Stone | bob@x.io |\r\n' +
            '(2 rows)\r\nWrite to info@acme.com\r\n',
          [given('jane@acme.com', 'Jane', 'Doe'), given('bob@x.io', 'Bob', 'Stone'), bare('info@acme.com')],
        ],
        [
          'Name | Email\nJane Doe | jd@acme.com\nQuestions? Write to Bob Roe <bob@acme.com>',
          [given('jd@acme.com', 'Jane', 'Doe'), given('bob@acme.com', 'Bob', 'Roe')],
        ],
        // Not a table: no header row the parser knows, or text around it without pipes.
        [
          'Home | About | Careers\nJane Doe | Head of Sales | jane.doe@acme.com',
          [given('jane.doe@acme.com', 'Jane', 'Doe')],
        ],
        ['Our team:\n| Name | Email |\n| Jane Doe | jd@acme.com |', [bare('jd@acme.com')]],
        [
          // Prose under a line that reads as a header is prose: its lines outnumber the rows.
          'Name | Email\nJane Doe | jd@acme.com\n' + 'Some words.\n'.repeat(9) + 'Bo Li <bo@x.io>',
          [bare('jd@acme.com'), given('bo@x.io', 'Bo', 'Li')],
        ],
      ],
    ],
    [
      'vCards',
      [
        [
          // 4.0 with CRLF, the preferred address, particles and a title in N.
          'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dr. Anna van der Berg\r\nN:van der Berg;Anna;;Dr.;\r\n' +
            'EMAIL;TYPE=work:anna@acme.nl\r\nEMAIL;TYPE=home;PREF=1:anna@home.nl\r\nEND:VCARD\r\n',
          [given('anna@home.nl', 'Anna', 'van der Berg')],
        ],
        [
          // 3.0 in lower case, a group, a folded address, FN without N; the text around is read too.
          'Please invite:\nbegin:vcard\nversion:3.0\nfn:Jane Doe\nitem1.EMAIL;type=INTERNET:jane@\n acme.com\nend:vcard\n' +
            'and bob@x.io.',
          [given('jane@acme.com', 'Jane', 'Doe'), bare('bob@x.io')],
        ],
        [
          // 2.1, escapes and lists in N, a mailto value; a card without an address is a person
          // to complete; one with neither a name nor an address is no one.
          'BEGIN:VCARD\nVERSION:2.1\nN:O\\,Brien;Pat,Sean\nEMAIL;INTERNET:mailto:pat@x.ie\nEND:VCARD\n' +
            'BEGIN:VCARD\nFN:Kim Lee\nEND:VCARD\nBEGIN:VCARD\nN:;;;;\nEMAIL:not-an-address\nEND:VCARD',
          [given('pat@x.ie', 'Pat Sean', 'O,Brien'), given(null, 'Kim', 'Lee')],
        ],
      ],
    ],
    [
      "a message's source: names in RFC 2047's encoded words",
      [
        [
          'From: =?UTF-8?Q?Jos=C3=A9_Garc=C3=ADa?= <jose@x.es>\nTo: =?utf-8?B?5bGx55SwIOWkqumDjg==?= <taro@x.jp>',
          [given('jose@x.es', 'José', 'García'), given('taro@x.jp', '太郎', '山田')],
        ],
        [
          // A character split between two words, joined; ISO-8859-1; ISO-2022-JP, as Japanese mail is sent.
          '=?utf-8?q?Jos=C3?= =?utf-8?q?=A9_Garc=C3=ADa?= <jose@x.es>, =?iso-8859-1?q?Ren=E9_Dupont?= <rene@x.fr>\n' +
            'Cc: =?ISO-2022-JP?B?GyRCOzNFRBsoQiAbJEJCQE86GyhC?= <taro@x.jp>',
          [
            given('jose@x.es', 'José', 'García'),
            given('rene@x.fr', 'René', 'Dupont'),
            given('taro@x.jp', '太郎', '山田'),
          ],
        ],
        // A charset the engine does not know is left as written; a line break decoded is a space.
        ['=?x-unknown?q?Jane_Doe?= <jane@acme.com>', [bare('jane@acme.com')]],
        ['=?utf-8?q?Jane=0ADoe?= <jane@acme.com>', [given('jane@acme.com', 'Jane', 'Doe')]],
        [
          // Its ids and paths, on their fields' lines or folded under them, are no one's addresses.
          'Return-Path: <bounce-7@bounces.acme.com>\nReceived: from mx.acme.com by mx.google.com\n' +
            '        for <me@x.io>; Mon, 23 Nov 2026\nDelivered-To: me@x.io\nFrom: Jane Doe <jane@acme.com>\n' +
            'To: Bo Li <bo@x.io>\nMessage-ID: <CAF1abc@mail.gmail.com>\nReferences: <5f2e.1@acme.com>\n' +
            ' <CAF9zz@mail.gmail.com>\nList-Unsubscribe: <mailto:unsub-1@lists.acme.com?subject=unsubscribe>\n' +
            'Subject: Kickoff',
          [given('jane@acme.com', 'Jane', 'Doe'), given('bo@x.io', 'Bo', 'Li')],
        ],
      ],
    ],
    [
      'directory entries as LDIF',
      [
        [
          // Thunderbird's export of an address book: a person, and a list (a group: no one).
          'dn: cn=Jane Doe,mail=jane@acme.com\nobjectclass: top\nobjectclass: inetOrgPerson\ngivenName: Jane\nsn: Doe\n' +
            'cn: Jane Doe\nmail: jane@acme.com\nmodifytimestamp: 0Z\n\ndn: cn=Team,mail=\nobjectclass: groupOfNames\n' +
            'cn: Team\nmember: cn=Jane Doe,mail=jane@acme.com\n',
          [given('jane@acme.com', 'Jane', 'Doe')],
        ],
        [
          // ldapsearch's: comments, values in base64 (UTF-8), a folded line, no blank line at the end.
          '# extended LDIF\n#\n# jose, people, acme.com\ndn: uid=jose,ou=people,dc=acme,dc=com\n' +
            'cn:: Sm9zw6kgR2FyY8OtYQ==\nsn:: R2FyY8OtYQ==\ngivenName: Jos\n é\nmail: jose.garcia@acme.com\n\n' +
            '# search result\nsearch: 2\nresult: 0 Success',
          [given('jose.garcia@acme.com', 'José', 'García')],
        ],
        [
          // Active Directory's: a display name in Outlook's order, a cn alone; text around the records.
          'Export:\ndn: CN=Smith\\, John,OU=Staff,DC=acme,DC=com\ndisplayName: Smith, John\nmail: john.smith@acme.com\n\n' +
            'dn: CN=Ann Lee,OU=Staff,DC=acme,DC=com\ncn: Ann Lee\nmail: ann@acme.com\n\nAlso invite Kim Roe <kim@x.io>',
          [
            given('john.smith@acme.com', 'John', 'Smith'),
            given('ann@acme.com', 'Ann', 'Lee'),
            given('kim@x.io', 'Kim', 'Roe'),
          ],
        ],
        // An address that is none is no one's. Records are looked for at the start of a text only:
        // after more than a few kilobytes of other text, a `dn:` line is read as any line.
        ['dn: uid=x\nmail: not-an-address\ncn: Bo\n', []],
        [`${'Lorem ipsum dolor sit amet. '.repeat(200)}\ndn: uid=bo\nsn: Berg\nmail: bo@x.io\n`, [bare('bo@x.io')]],
        // Two records without the blank line between them are two.
        [
          'dn: uid=ann\ncn: Ann Lee\nmail: ann@x.io\ndn: uid=bo\ngivenName: Bo\nsn: Berg\nmail: bo@x.io',
          [given('ann@x.io', 'Ann', 'Lee'), given('bo@x.io', 'Bo', 'Berg')],
        ],
      ],
    ],
    [
      "a message's HTML part, or a page's source: character references",
      [
        [
          'On Tue, Nov 24, 2026 at 9:14 AM Jane Doe &lt;jane@acme.com&gt; wrote:\n' +
            '&quot;Smith, John&quot; &lt;john@acme.com&gt;; Jos&eacute; Garc&iacute;a &LT;jose@x.es&GT;',
          [
            given('jane@acme.com', 'Jane', 'Doe'),
            given('john@acme.com', 'John', 'Smith'),
            given('jose@x.es', 'José', 'García'),
          ],
        ],
        [
          // Letters with marks by HTML's names, numbered ones in decimal or hex, an apostrophe.
          '&Lstrok;ukasz Wi&sacute;niewski &lt;lukasz@x.pl&gt;, &#268;apek &Scaron;imon &lt;simon@x.cz&gt;, ' +
            'Ren&eacute;e O&rsquo;Brien &lt;renee@x.ie&gt;, ann&#64;x.io, bob&#x40;x.io',
          [
            given('lukasz@x.pl', 'Łukasz', 'Wiśniewski'),
            given('simon@x.cz', 'Čapek', 'Šimon'),
            given('renee@x.ie', 'Renée', 'O’Brien'),
            bare('ann@x.io'),
            bare('bob@x.io'),
          ],
        ],
        // Decoded once; what stands for no character is left as written.
        ['&amp;lt;x@y.co&amp;gt; &qacute; &#0; &#xD800; &#1114112;', [bare('x@y.co')]],
      ],
    ],
    [
      'calendar invitations',
      [
        [
          // Google's: folded lines (one inside the name, one inside `mailto:`), the organizer again
          // among the attendees, a CN that is the address (the name guessed), a room (no name).
          'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nORGANIZER;CN=Jane Doe:mailto:jane.doe@acme.com\r\n' +
            'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jane D\r\n oe;X-NUM-GUESTS=0:mai\r\n' +
            ' lto:jane.doe@acme.com\r\nATTENDEE;CUTYPE=INDIVIDUAL;RSVP=TRUE;CN=john.smith@acme.com;X-NUM-GUESTS=0:m\r\n' +
            ' ailto:john.smith@acme.com\r\nATTENDEE;CUTYPE=ROOM;CN=Room 5A (12):mailto:c_188a@resource.calendar.google.com\r\n' +
            'DESCRIPTION:Questions? Write to Bob Roe <bob@acme.com>\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
          [
            given('jane.doe@acme.com', 'Jane', 'Doe'),
            guessed('john.smith@acme.com', 'John', 'Smith'),
            bare('c_188a@resource.calendar.google.com'),
            given('bob@acme.com', 'Bob', 'Roe'),
          ],
        ],
        [
          // Outlook's quoted `Last, First`; RFC 6868's escapes in a quoted name; the address in
          // RFC 7986's EMAIL parameter where the value is no `mailto:`.
          'ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Smith, John":mailto:john@acme.com\n' +
            'ATTENDEE;CN="Anna ^\'Annie^\' van der Berg":MAILTO:anna@acme.nl\n' +
            'ATTENDEE;CN=Kim Lee;EMAIL=kim@x.io:urn:uuid:00000000-0000-0000-0000-000000000001',
          [
            given('john@acme.com', 'John', 'Smith'),
            given('anna@acme.nl', 'Anna', 'van der Berg'),
            given('kim@x.io', 'Kim', 'Lee'),
          ],
        ],
        [
          // Another address on the line (who sent it for the organizer) is read too, as text.
          'ORGANIZER;CN=Jane Doe;SENT-BY="mailto:assistant@acme.com":mailto:jane@acme.com',
          [given('jane@acme.com', 'Jane', 'Doe'), bare('assistant@acme.com')],
        ],
        [
          // Without an address the parser takes: the name alone, for the form to complete.
          'ORGANIZER;CN=Ann Lee:https://x.io/ann\nATTENDEE;CN=Bo Li:mailto:bo@localhost',
          [given(null, 'Ann', 'Lee'), given(null, 'Bo', 'Li')],
        ],
        // Not a calendar's line: prose that starts with the word, more than one address.
        ['Organizer: Jane Doe <jane@acme.com>', [given('jane@acme.com', 'Jane', 'Doe')]],
        ['ATTENDEE;CN=Ann Lee:mailto:a@x.io b@y.io', [bare('a@x.io'), bare('b@y.io')]],
      ],
    ],
    [
      'names alone',
      [
        ['Jane Doe', [given(null, 'Jane', 'Doe')]],
        ['Doe, Jane', [given(null, 'Jane', 'Doe')]],
        ['Jane Doe, John Smith', [given(null, 'Jane', 'Doe'), given(null, 'John', 'Smith')]],
        ['Jane Doe\nJohn Smith', [given(null, 'Jane', 'Doe'), given(null, 'John', 'Smith')]],
        // Full names joined by `and` or `&`, as a message names the people it copies (each had named
        // no one); not words that are no full names (`Tom and Jerry`, `Marks & Spencer`).
        [
          'Jane Doe, John Smith, and Ann Lee\nBo Li & Kim Roe; Eve Poe and Max Mu',
          [
            given(null, 'Jane', 'Doe'),
            given(null, 'John', 'Smith'),
            given(null, 'Ann', 'Lee'),
            given(null, 'Bo', 'Li'),
            given(null, 'Kim', 'Roe'),
            given(null, 'Eve', 'Poe'),
            given(null, 'Max', 'Mu'),
          ],
        ],
        ['Tom and Jerry\nMarks & Spencer\nJane and Bo Li', []],
        // A surname with its particles, written first (`van der Berg, Anna` had been first name "van"
        // and Anna no one); Spanish `de los` and `de las` are particles too (Ana / Santos, and
        // María de los Ángeles had been Ángeles); a place is no surname (`Los Angeles, CA`).
        [
          'van der Berg, Anna\nDe la Cruz, Juan Pablo\nAna de los Santos; Juan de las Heras\nMaría de los Ángeles Pérez',
          [
            given(null, 'Anna', 'van der Berg'),
            given(null, 'Juan Pablo', 'De la Cruz'),
            given(null, 'Ana', 'de los Santos'),
            given(null, 'Juan', 'de las Heras'),
            given(null, 'María de los Ángeles', 'Pérez'),
          ],
        ],
        ['Jane Doe\nLos Angeles, CA\njane@acme.com', [given('jane@acme.com', 'Jane', 'Doe')]],
        // The ideographic and full-width commas, semicolon and bar part names; none is `Doe、Jane`.
        [
          '佐藤 花子、鈴木 一郎\n王小明，李娜；佐藤、鈴木',
          [
            given(null, '花子', '佐藤'),
            given(null, '一郎', '鈴木'),
            given(null, '小明', '王'),
            given(null, '娜', '李'),
            given(null, '佐藤', ''),
            given(null, '鈴木', ''),
          ],
        ],
        // A header's label before the names, as Outlook lists people it has resolved.
        [
          'To: Jane Doe; John Smith\nOptional: Doe, Ann\nSubject: Hello World',
          [given(null, 'Jane', 'Doe'), given(null, 'John', 'Smith'), given(null, 'Ann', 'Doe')],
        ],
        // A team sheet's shirt numbers before the names.
        ['#10 Jane Doe\n#1 John Smith', [given(null, 'Jane', 'Doe'), given(null, 'John', 'Smith')]],
        ['#10 Jane Doe, #1 John Smith', [given(null, 'Jane', 'Doe'), given(null, 'John', 'Smith')]],
        ['Terms and Conditions\nHome – Contact', []],
        // A meeting's or a workspace's words beside the names, on lines of their own, name no one.
        [
          'Participants (3)\nJane Doe\nOrganizer\nJohn Smith\nGuest\nAnn Lee\nAwaiting response\nAdmin',
          [given(null, 'Jane', 'Doe'), given(null, 'John', 'Smith'), given(null, 'Ann', 'Lee')],
        ],
        ['hello world', []],
        // A site's navigation names no one; its words still do beside others.
        ['Home | About | Careers | Blog | Contact | Privacy policy', []],
        ['About Us\nContact Us\nOur Team\nJane Doe', [given(null, 'Jane', 'Doe')]],
        // A staff page's links under each person, and the pages of an office, name no one; each
        // word of a link may still be a name's (Thomas More, Jane Read).
        [
          'Jane Doe\nHead of Sales\nView Profile\nJohn Smith\nREAD MORE\nLearn more\nSign In\nNew York Office\nOffice Hours',
          [given(null, 'Jane', 'Doe'), given(null, 'John', 'Smith')],
        ],
        ['Thomas More\nJane Read', [given(null, 'Thomas', 'More'), given(null, 'Jane', 'Read')]],
        // A profile list's places and buttons (LinkedIn's) name no one: "Berlin, Germany" is no
        // Germany Berlin, and a country that is also a name still names (Doe, Jordan).
        [
          'Jane Doe\n· 2nd\nSenior Engineer at Acme\nBerlin, Germany\nConnect\nJohn Smith\nNew York, New York, United States\nFollow\nAnn Lee\nGreater London\nSan Francisco Bay Area\nParis, France\nDoe, Jordan',
          [
            given(null, 'Jane', 'Doe'),
            given(null, 'John', 'Smith'),
            given(null, 'Ann', 'Lee'),
            given(null, 'Jordan', 'Doe'),
          ],
        ],
        ['Home, About, Press, Jane', [given(null, 'Jane', '')]],
        ['Jobs, Steve\nPress, Anna', [given(null, 'Steve', 'Jobs'), given(null, 'Anna', 'Press')]],
        ['de\nvan der', []],
        // Labels are no names however they are cased; particles alone only in lower case (Le and
        // Do are surnames).
        [
          'de la\nLe\nDo, Minh\nEMail\nE-MAIL Jones\nJohn Roe',
          [given(null, 'Le', ''), given(null, 'Minh', 'Do'), given(null, 'John', 'Roe')],
        ],
        ['Jane Doe\nJANE DOE\nDoe, Jane\nZoë Berg\nZOË BERG', [given(null, 'Jane', 'Doe'), given(null, 'Zoë', 'Berg')]],
        ['Jane Doe; x(y)z; 42; John Smith', [given(null, 'Jane', 'Doe'), given(null, 'John', 'Smith')]],
        [
          'José García\nEmail Ñoño\nDe La Peña\nАлексей Иванов\n山田 太郎\nDr. Zoë Ångström\nJOSÉ GARCÍA\nZoë-',
          [
            given(null, 'José', 'García'),
            // A surname alone whose particles have capitals: its first word is still read as the
            // first name (as `Al` of Al Di Meola is), the particles after it go with the surname.
            given(null, 'De', 'La Peña'),
            given(null, 'Алексей', 'Иванов'),
            given(null, '太郎', '山田'),
            given(null, 'Zoë', 'Ångström'),
            given(null, 'Zoë', ''),
          ],
        ],
        [
          // Each person once however cased, as `toLowerCase` cases them (a final sigma, İ and its dot).
          'ΟΔΟΣ ΠΑΠΑΣ\nΟδος Παπας\nJOSÉ GARCÍA\nJosé García\nİbo Lee\ni\u0307bo LEE\nГарсия Лопес\nГАРСИЯ ЛОПЕС',
          [
            given(null, 'Οδος', 'Παπας'),
            given(null, 'José', 'García'),
            given(null, 'İbo', 'Lee'),
            given(null, 'Гарсия', 'Лопес'),
          ],
        ],
        [
          '李 小龙\nZoë Berg\n李 小龙\nZOË BERG; Zoë Berg\n李 小龙',
          [given(null, '小龙', '李'), given(null, 'Zoë', 'Berg')],
        ],
        ['"Jane \\"JD\\" Doe"\nANNA BERG', [given(null, 'Jane', 'Doe'), given(null, 'Anna', 'Berg')]],
        [
          'Note: call Anna\n- Jane Doe -\nAnna van der Berg:\nSee the page\nRe: John Smith\n•  Zoë Berg',
          [given(null, 'Jane', 'Doe'), given(null, 'Anna', 'van der Berg'), given(null, 'Zoë', 'Berg')],
        ],
      ],
    ],
    [
      'name splitting',
      [
        ['Anna van der Berg <a@x.nl>', [given('a@x.nl', 'Anna', 'van der Berg')]],
        ['Ludwig van Beethoven <l@x.de>', [given('l@x.de', 'Ludwig', 'van Beethoven')]],
        ['Mary Ann Smith <m@x.io>', [given('m@x.io', 'Mary Ann', 'Smith')]],
        ['José Álvarez <jose@x.es>', [given('jose@x.es', 'José', 'Álvarez')]],
        // A title is no first name, nor are two of them.
        ['Mr Smith <s@x.io>; Dr. Doe <d@x.io>', [given('s@x.io', '', 'Smith'), given('d@x.io', '', 'Doe')]],
        ['Mr. and Mrs. Smith <smiths@x.io>', [given('smiths@x.io', '', 'Smith')]],
        ['Mr & Mrs John Smith <js@x.io>', [given('js@x.io', 'John', 'Smith')]],
        ['Zoë Ångström <zoe@x.se>', [given('zoe@x.se', 'Zoë', 'Ångström')]],
        // Chinese, Japanese and Korean names are written family name first; one written without
        // a space is left whole, and a foreign name in katakana keeps its own order.
        ['山田 太郎 <taro@x.jp>', [given('taro@x.jp', '太郎', '山田')]],
        // A foreign name in katakana is a name, kept whole as it is written.
        ['ジョン・スミス <john.smith@x.jp>', [given('john.smith@x.jp', 'ジョン・スミス', '')]],
        [
          '山田\u3000太郎 <taro@x.jp>; 김 민수 <ms@x.kr>',
          [given('taro@x.jp', '太郎', '山田'), given('ms@x.kr', '민수', '김')],
        ],
        // Without a space, after a family name it is known to start with (a Chinese, Japanese or
        // Korean one, of one character or more); a word that starts with none is left whole.
        [
          '"李, 小龙" <l@x.cn>, 张伟 <wei@x.cn>, 山田太郎 <taro@x.jp>, 歐陽娜娜 <nana@x.tw>, 東京都 <tokyo@x.jp>',
          [
            given('l@x.cn', '小龙', '李'),
            given('wei@x.cn', '伟', '张'),
            given('taro@x.jp', '太郎', '山田'),
            given('nana@x.tw', '娜娜', '歐陽'),
            given('tokyo@x.jp', '東京都', ''),
          ],
        ],
        // A Korean name without a space: a family name of one syllable, as nearly all are, or of two
        // when it is one of those (남궁, 황보).
        [
          '김민수 <ms@x.kr>, 이준 <jun@x.kr>, 남궁민수 <ng@x.kr>',
          [given('ms@x.kr', '민수', '김'), given('jun@x.kr', '준', '이'), given('ng@x.kr', '민수', '남궁')],
        ],
        ['山田 太郎 (Sales) <taro@x.jp>', [given('taro@x.jp', '太郎', '山田')]],
        // An honorific after the name, with a space or without, is no part of it.
        [
          '山田 太郎 様 <taro@x.jp>, 佐藤様 <sato@x.jp>, 王 小明 先生 <xm@x.cn>, 김민수님 <ms@x.kr>',
          [
            given('taro@x.jp', '太郎', '山田'),
            given('sato@x.jp', '佐藤', ''),
            given('xm@x.cn', '小明', '王'),
            given('ms@x.kr', '민수', '김'),
          ],
        ],
        // Forms of address in other languages are titles; those that are also names, only with their dot.
        [
          'Sr. Juan Pérez <juan@x.es>; Sra. María López <maria@x.es>; Ing. Pavel Novák <p@x.cz>; ' +
            'Dhr. Jan de Vries <j@x.nl>; Sig.ra Maria Rossi <mr@x.it>; Ing Li <li@x.cn>',
          [
            given('juan@x.es', 'Juan', 'Pérez'),
            given('maria@x.es', 'María', 'López'),
            given('p@x.cz', 'Pavel', 'Novák'),
            given('j@x.nl', 'Jan', 'de Vries'),
            given('mr@x.it', 'Maria', 'Rossi'),
            given('li@x.cn', 'Ing', 'Li'),
          ],
        ],
        // And the Spanish ones of degree and respect, as Latin American offices write them.
        [
          'Lic. Juan Pérez <juan@x.mx>; Dra. Ana Ruiz <ana@x.mx>; Arq. Luis Soto <luis@x.mx>; ' +
            'Mtra. Eva Díaz <eva@x.mx>; Dña. María García <maria@x.es>',
          [
            given('juan@x.mx', 'Juan', 'Pérez'),
            given('ana@x.mx', 'Ana', 'Ruiz'),
            given('luis@x.mx', 'Luis', 'Soto'),
            given('eva@x.mx', 'Eva', 'Díaz'),
            given('maria@x.es', 'María', 'García'),
          ],
        ],
        // Full-width brackets, colon and comma, as Chinese and Japanese text writes them.
        [
          '佐藤 花子（hanako@example.jp）、連絡先：鈴木 一郎 ichiro@example.jp，王 小明 <xm@x.cn>',
          [
            given('hanako@example.jp', '花子', '佐藤'),
            given('ichiro@example.jp', '一郎', '鈴木'),
            given('xm@x.cn', '小明', '王'),
          ],
        ],
        ['Алексей Иванов <alexei@x.ru>', [given('alexei@x.ru', 'Алексей', 'Иванов')]],
        ['Madonna <m@x.io>', [given('m@x.io', 'Madonna', '')]],
        // Irish surnames start with their particle, written with a capital, as a name in capitals does.
        [
          'Siobhán Ní Bhriain <sb@x.ie>; Seán Ó Briain <sob@x.ie>; Aoife Nic Giolla Phádraig <a@x.ie>; ' +
            'SEÁN Ó NÉILL <son@x.ie>; "Dr. Máire Ní Mhaoláin" <m@x.ie>; Mac Miller <mm@x.com>',
          [
            given('sb@x.ie', 'Siobhán', 'Ní Bhriain'),
            given('sob@x.ie', 'Seán', 'Ó Briain'),
            given('a@x.ie', 'Aoife', 'Nic Giolla Phádraig'),
            given('son@x.ie', 'Seán', 'Ó Néill'),
            given('m@x.ie', 'Máire', 'Ní Mhaoláin'),
            given('mm@x.com', 'Mac', 'Miller'),
          ],
        ],
        // What follows the first name in `Last, First, ...` is no part of it: a title, a company.
        [
          '"Smith, John, VP Sales" <john@x.io>, "Doe, Jane, Acme" <jd@x.io>',
          [given('john@x.io', 'John', 'Smith'), given('jd@x.io', 'Jane', 'Doe')],
        ],
      ],
    ],
    [
      'names guessed from the address',
      [
        ['jane.doe@acme.com', [guessed('jane.doe@acme.com', 'Jane', 'Doe')]],
        ['john_smith@acme.com', [guessed('john_smith@acme.com', 'John', 'Smith')]],
        ['anna.van.der.berg@acme.nl', [guessed('anna.van.der.berg@acme.nl', 'Anna', 'van der Berg')]],
        ['jane.doe+news@acme.com', [guessed('jane.doe+news@acme.com', 'Jane', 'Doe')]],
        [
          'info@acme.com support@acme.com no-reply@acme.com noreply@acme.com',
          [bare('info@acme.com'), bare('support@acme.com'), bare('no-reply@acme.com'), bare('noreply@acme.com')],
        ],
        ['sales.team@acme.com', [bare('sales.team@acme.com')]],
        // A customer service's mailbox (Customer / Service had been guessed).
        [
          'customer.service@acme.com customer_care@acme.com',
          [bare('customer.service@acme.com'), bare('customer_care@acme.com')],
        ],
        ['no_reply@acme.com do_not_reply@acme.com', [bare('no_reply@acme.com'), bare('do_not_reply@acme.com')]],
        // A company's mailbox that starts with the company's name, as its domain does (Uber / Us,
        // Acme / Sales had been guessed); a family's domain is the last name's.
        [
          'Uber Receipts <uber.us@uber.com>, ACME.Sales@Acme.com, acme_sales_team@acme.com, jane.smith@smith.com',
          [
            bare('uber.us@uber.com'),
            bare('ACME.Sales@Acme.com'),
            bare('acme_sales_team@acme.com'),
            guessed('jane.smith@smith.com', 'Jane', 'Smith'),
          ],
        ],
        ['Jane.DOE@acme.com', [guessed('Jane.DOE@acme.com', 'Jane', 'Doe')]],
        // Each part of a compound name in capitals.
        [
          "mary-kate.olsen@acme.com jean-pierre_dupont@acme.fr patrick.o'neil@acme.ie",
          [
            guessed('mary-kate.olsen@acme.com', 'Mary-Kate', 'Olsen'),
            guessed('jean-pierre_dupont@acme.fr', 'Jean-Pierre', 'Dupont'),
            guessed("patrick.o'neil@acme.ie", 'Patrick', "O'Neil"),
          ],
        ],
        ['jane@acme.com', [bare('jane@acme.com')]],
        ['j.doe@acme.com jane2.doe@acme.com', [bare('j.doe@acme.com'), bare('jane2.doe@acme.com')]],
        // Past the number that tells namesakes apart at the end, and the tags of an outsider's
        // address (none had been guessed); not from a number alone or a mailbox's name before one.
        [
          'jane.doe2@acme.com john_smith_99@acme.com bo.li.ext@acme.com ext.ann.lee@acme.com kim.roe-contractor@acme.com',
          [
            guessed('jane.doe2@acme.com', 'Jane', 'Doe'),
            guessed('john_smith_99@acme.com', 'John', 'Smith'),
            guessed('bo.li.ext@acme.com', 'Bo', 'Li'),
            guessed('ext.ann.lee@acme.com', 'Ann', 'Lee'),
            guessed('kim.roe-contractor@acme.com', 'Kim', 'Roe'),
          ],
        ],
        [
          'press1@acme.com team.2024@acme.com info.desk2@acme.com',
          [bare('press1@acme.com'), bare('team.2024@acme.com'), bare('info.desk2@acme.com')],
        ],
      ],
    ],
    [
      'duplicates',
      [
        ['JANE@ACME.COM, jane@acme.com', [bare('JANE@ACME.COM')]],
        ['jane.doe@acme.com; Jane Doe <Jane.Doe@acme.com>', [given('jane.doe@acme.com', 'Jane', 'Doe')]],
        ['Jane Doe <jane@acme.com>, jane@acme.com', [given('jane@acme.com', 'Jane', 'Doe')]],
      ],
    ],
    [
      'things that are not addresses',
      [
        ['logo@2x.png icon@3x.webp', []],
        ['npm i package@1.2.3 left-pad@latest', []],
        ['follow @handle and @other.user', []],
        ['root@localhost admin@intranet', []],
        ['a..b@x.com .a@x.com a.@x.com x@y..com x@-y.com', []],
        ['https://user:secret@example.com/path https://x.com/@jane', []],
        ['a@b@c.com', []],
      ],
    ],
  ])('%s', (_group, cases) => {
    it.each(cases)('%j', (text, expected) => {
      expect(people(text)).toEqual(expected);
    });
  });

  it('reads through what shows nothing: zero-width spaces, soft hyphens, direction marks, a byte-order mark', () => {
    // Pages write a zero-width space into long addresses (`&#8203;`) so that a line may break there.
    expect(people('Write to jane&#8203;@acme&#x200B;.com or john\u2060.smith@acme.com.')).toEqual([
      bare('jane@acme.com'),
      guessed('john.smith@acme.com', 'John', 'Smith'),
    ]);
    expect(people('\ufeffMül\u00adler, Jürgen\u200b <jm@firma.de>; \u200fדוד לוי\u200f <david@example.co.il>')).toEqual(
      [given('jm@firma.de', 'Jürgen', 'Müller'), given('david@example.co.il', 'דוד', 'לוי')],
    );
  });

  it("reads a quoted reply's lines without their quote marks", () => {
    expect(people('> Jane Doe\n> Head of Sales\n> jd@acme.com')).toEqual([given('jd@acme.com', 'Jane', 'Doe')]);
    expect(
      people('Thanks!\n\nOn Mon, Ann Lee <ann@acme.com> wrote:\n> Please add\n> > John Smith\n>> js@acme.com'),
    ).toEqual([given('ann@acme.com', 'Ann', 'Lee'), given('js@acme.com', 'John', 'Smith')]);
    expect(people(' > Name\tEmail\n > Jane Doe\tjane@acme.com\n > Max Mustermann\tmax@acme.de')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('max@acme.de', 'Max', 'Mustermann'),
    ]);
    expect(people('&gt; Jane Doe\n&gt; John Smith')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
    ]);
  });

  it("takes the date of a reply's header for no one, nor for part of the sender's name", () => {
    expect(people('On Mon, Jane Doe <jane@acme.com> wrote:')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    expect(people('On Friday, Jane Doe <jd77@acme.com> wrote:')).toEqual([given('jd77@acme.com', 'Jane', 'Doe')]);
    expect(people('On 3 March, Jane Doe <jane@acme.com> wrote:')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    // Days and months that are names stay names.
    expect(people('Jane Doe <jane@acme.com>; May Lee; Sun Li')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given(null, 'May', 'Lee'),
      given(null, 'Sun', 'Li'),
    ]);
  });

  it('reads the whole input: no cap drops people', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `person${i}@example.com`).join(', ');
    expect(parseRecipients(text)).toHaveLength(5000);
  });

  it('takes a name from the line above an address in a sentence only when it matches the address', () => {
    expect(people('Jane Doe\nReach me at jdoe@acme.com')).toEqual([given('jdoe@acme.com', 'Jane', 'Doe')]);
    expect(people('Acme Corp\nReach me at jdoe@acme.com')).toEqual([bare('jdoe@acme.com')]);
    expect(people('Jane Doe\nEmail: jdoe@acme.com')).toEqual([given('jdoe@acme.com', 'Jane', 'Doe')]);
  });

  it('leaves out the company that the columns of a list run into the name before a bare address', () => {
    // As a PDF's table is copied: a name, a company, an address (the last name had been "Li Globex").
    expect(
      people(
        'Bob Li Globex bob.li@globex.com\nJane Doe Acme Corp jane@acme.com\nAnn Lee Initech Ltd. ann.lee@initech.co.uk',
      ),
    ).toEqual([
      given('bob.li@globex.com', 'Bob', 'Li'),
      given('jane@acme.com', 'Jane', 'Doe'),
      given('ann.lee@initech.co.uk', 'Ann', 'Lee'),
    ]);
    // A family's domain is no company: its address names the first name alone.
    expect(people('Mary Ann Smith mary@smith.com\nJane Smith jane@smith.com')).toEqual([
      given('mary@smith.com', 'Mary Ann', 'Smith'),
      given('jane@smith.com', 'Jane', 'Smith'),
    ]);
  });

  it('takes the name before "his email is" in a sentence, when it matches the address', () => {
    expect(
      people(
        'Please invite my colleague John Smith, his email is jsmith@acme.com\n' +
          'Can you add Sarah Connor? Her e-mail address is: sarah@sky.net',
      ),
    ).toEqual([given('jsmith@acme.com', 'John', 'Smith'), given('sarah@sky.net', 'Sarah', 'Connor')]);
    // In brackets, after a word in lower case, and in German, French and Spanish.
    expect(
      people(
        'Jane Doe (her email is jdoe@acme.com)\nI met Bo Li today, his email is boli@acme.com\n' +
          'Bitte lade Kim Roe ein, ihre E-Mail-Adresse ist kroe@acme.de\n' +
          'Merci d’inviter Anne Leroy, son adresse e-mail est aleroy@acme.fr\n' +
          'Por favor invita a Juan Pérez, su correo es jperez@acme.es',
      ),
    ).toEqual([
      given('jdoe@acme.com', 'Jane', 'Doe'),
      given('boli@acme.com', 'Bo', 'Li'),
      given('kroe@acme.de', 'Kim', 'Roe'),
      given('aleroy@acme.fr', 'Anne', 'Leroy'),
      given('jperez@acme.es', 'Juan', 'Pérez'),
    ]);
    // Not another person's, nor a name further back in the sentence.
    expect(
      people(
        'Please invite John Smith, her email is ann@acme.com\nI met Bo Li and the new intern, his email is boli@acme.com',
      ),
    ).toEqual([bare('ann@acme.com'), bare('boli@acme.com')]);
  });

  it('keeps a signature block whole', () => {
    expect(people('Best,\nJane Doe\nHead of Sales\nAcme Corp\njane@acme.com\n+1 555 0100')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
    ]);
  });

  it('takes the name from a signature line that goes on with a title', () => {
    for (const line of [
      'Jane Doe | Head of Sales | Acme',
      'Jane Doe, Head of Sales',
      'Jane Doe – CEO',
      'Jane Doe - CEO',
    ]) {
      expect(people(`${line}\njane@acme.com | +1 555 0100`)).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    }
    expect(people('Jane Doe - Head of Sales, Acme\nT: +1 555 | E: jane@acme.com')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
    ]);
    // Further up, over a line of the company: the address after its label on a line of fields is
    // the signature's, as on a line of its own.
    expect(
      people(
        'Kind regards,\n\nSarah O’Connor | Director of Operations\nAcme Ltd. | 10 Downing St, London\n' +
          'T: +44 20 7946 0000 | E: sarah.oconnor@acme.co.uk',
      ),
    ).toEqual([given('sarah.oconnor@acme.co.uk', 'Sarah', 'O’Connor')]);
    // And after a telephone number, without a label; not after other words.
    expect(people('Jane Doe\nSenior Engineer | Acme Inc.\nM: +1 555 0100 | jdoe@acme.com\nwww.acme.com')).toEqual([
      given('jdoe@acme.com', 'Jane', 'Doe'),
    ]);
    expect(people('Jane Doe\nSales\n+1 (555) 010-0100 · jdoe@acme.com')).toEqual([
      given('jdoe@acme.com', 'Jane', 'Doe'),
    ]);
    expect(people('Jane Doe\nSales\nCall 555 0100 | jdoe@acme.com')).toEqual([bare('jdoe@acme.com')]);
    // Not a name of this address: the title goes on, the name is not taken.
    expect(people('Acme Corp | Sales\nsales@acme.com')).toEqual([bare('sales@acme.com')]);
    // Over an address alone on its line, the name before a title is the signature's first line,
    // as the name on a line of its own over its title is (each had been a person without an
    // address, and the address no one's); not a list of two names, nor a meeting's guest.
    expect(people('Pat Lee | CEO\nceo@acme.com')).toEqual([given('ceo@acme.com', 'Pat', 'Lee')]);
    expect(people('Pat Lee\nCEO\nceo@acme.com')).toEqual([given('ceo@acme.com', 'Pat', 'Lee')]);
    expect(
      people('Nelo Kanelo, Account Manager\nx0@example.com\n\nSulo Vinelo, Head of Sales\nx1@example.com'),
    ).toEqual([given('x0@example.com', 'Nelo', 'Kanelo'), given('x1@example.com', 'Sulo', 'Vinelo')]);
    expect(people('Jane Doe - Organizer\nx0@example.com')).toEqual([bare('x0@example.com')]);
    expect(people('Meeting with Jane Doe, Account Manager\nx0@example.com')).toEqual([bare('x0@example.com')]);
  });

  it('reads a line of a list of speakers or staff, a name and a title before a dash, a bar or an aside, as a display name', () => {
    expect(
      people(
        'Doe, Jane – jane@acme.com\nBo Li, CTO - bo@acme.com\nAnn Lee (she/her) - alee@acme.com\n' +
          'Kim Roe (Sales) kim.roe@acme.com\nDr. Raj Patel, PhD — rpatel@uni.edu\n' +
          'Mia Chen, Professor of Physics | mchen@uni.edu',
      ),
    ).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('bo@acme.com', 'Bo', 'Li'),
      given('alee@acme.com', 'Ann', 'Lee'),
      given('kim.roe@acme.com', 'Kim', 'Roe'),
      given('rpatel@uni.edu', 'Raj', 'Patel'),
      given('mchen@uni.edu', 'Mia', 'Chen'),
    ]);
    // A title in words of a phrase after the name is not read as one (`Professor of Physics` was
    // Physics), after one comma or after a degree.
    expect(people('Jane Doe, Professor of Physics <jdoe@uni.edu>')).toEqual([given('jdoe@uni.edu', 'Jane', 'Doe')]);
    expect(people('Dr. Jane Doe, PhD, Head of Research — jdoe@uni.edu, Room 204')).toEqual([
      given('jdoe@uni.edu', 'Jane', 'Doe'),
    ]);
    // And before the address's label: `Jane Doe - email: …`, `Jane Doe, e-mail …`, `Jane Doe; Email …`.
    expect(
      people(
        'Jane Doe - email: jdoe@acme.com\nBo Li, e-mail bo.li@acme.com\nAnn Lee; Email alee@acme.com\n' +
          'Doe, John | E-mail: jdoe2@acme.com\nKim Roe, Mia Chen (Sales) mchen@acme.com',
      ),
    ).toEqual([
      given('jdoe@acme.com', 'Jane', 'Doe'),
      given('bo.li@acme.com', 'Bo', 'Li'),
      given('alee@acme.com', 'Ann', 'Lee'),
      given('jdoe2@acme.com', 'John', 'Doe'),
      // (Of a list's names before it, the last; the one before is a person of the list.)
      given(null, 'Kim', 'Roe'),
      given('mchen@acme.com', 'Mia', 'Chen'),
    ]);
    // Three names or more before the address, the list's label before them: each before the last
    // is a person of the list (they had been dropped).
    expect(people('Jane Doe, Bo Li, Kim Roe (CEO) kim@acme.com')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'Bo', 'Li'),
      given('kim@acme.com', 'Kim', 'Roe'),
    ]);
    expect(people('Speakers: Ann Lee, Tom Poe, Mia Chen (mia@acme.com)')).toEqual([
      given(null, 'Ann', 'Lee'),
      given(null, 'Tom', 'Poe'),
      given('mia@acme.com', 'Mia', 'Chen'),
    ]);
    // Only a name that matches the address: the address has no display name, and prose and a
    // label's colon end like this as well.
    expect(people('Doe, Jane - bob@acme.com\nOur help desk (24/7) - help@acme.com')).toEqual([
      bare('bob@acme.com'),
      bare('help@acme.com'),
    ]);
    expect(people('Jane Doe (phone: jdoe@acme.com)')).toEqual([bare('jdoe@acme.com')]);
  });

  it('reads the name of an address written in round or square brackets, as in angle brackets', () => {
    expect(people('Jane Doe (jane@acme.com), Doe, John (john@acme.com)')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('john@acme.com', 'John', 'Doe'),
    ]);
    // With the address's label in the brackets; not another field's.
    expect(
      people('Jane Doe (Email: jdoe@acme.com), Bo Li (e-mail bo@acme.com), 山田 太郎（メール：taro@x.jp）'),
    ).toEqual([
      given('jdoe@acme.com', 'Jane', 'Doe'),
      given('bo@acme.com', 'Bo', 'Li'),
      given('taro@x.jp', '太郎', '山田'),
    ]);
    expect(people('Jane Doe (phone: jdoe@acme.com)')).toEqual([bare('jdoe@acme.com')]);
    // Or after an aside and a comma: a title, a company.
    expect(people('Introducing Jane Doe (CEO, jane@acme.com) and Bo Li (Head of Sales; bo@acme.com).')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('bo@acme.com', 'Bo', 'Li'),
    ]);
    expect(people('Write to us (or, ann@acme.io) today')).toEqual([bare('ann@acme.io')]);
    // (Meet is a name as well as a word.)
    expect(people('Meet Patel (Sales, mp@acme.com)')).toEqual([given('mp@acme.com', 'Meet', 'Patel')]);
    // Outlook's reply header.
    expect(
      people(
        'From: Jane Doe [mailto:jdoe@acme.com]\nSent: Monday, January 5, 2026 10:00 AM\nTo: John Smith [mailto:john@acme.com]',
      ),
    ).toEqual([given('jdoe@acme.com', 'Jane', 'Doe'), given('john@acme.com', 'John', 'Smith')]);
    // Brackets in prose follow all sorts of words: only a name is taken.
    expect(people('Write to me, or [ann@acme.io]. Email (bob@acme.com) or call (555) 0100.')).toEqual([
      bare('ann@acme.io'),
      bare('bob@acme.com'),
    ]);
  });

  it("does not take a time's AM or PM for a first name", () => {
    expect(people('On Mon, Jan 5, 2026 at 10:00 AM Jane Doe <jane@acme.com> wrote:')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
    ]);
    expect(people('On Tue, Jan 6, 2026 at 9:15 p.m. John Smith <john@acme.com> wrote:')).toEqual([
      given('john@acme.com', 'John', 'Smith'),
    ]);
  });

  it("does not take a greeting or a sentence's first word before a name for part of it", () => {
    expect(
      people('Hi Kim Roe <kim@x.io>\nHello, Ann Lee <ann@x.io>\nAlso Bo Berg <bo@x.io>\nThank you, Li Wu <li@x.io>'),
    ).toEqual([
      given('kim@x.io', 'Kim', 'Roe'),
      given('ann@x.io', 'Ann', 'Lee'),
      given('bo@x.io', 'Bo', 'Berg'),
      given('li@x.io', 'Li', 'Wu'),
    ]);
    // Nor a verb that asks for the person, as a sentence starts with it.
    expect(people('Questions? Ask Jane Doe (jane@acme.com). Or Call Bo Berg (bo@x.io)')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('bo@x.io', 'Bo', 'Berg'),
    ]);
    // Also before a single word, where the two read as the usual name would.
    expect(people('Welcome Kim <kim@x.io>, Attn Ann <ann.lee@x.io>')).toEqual([
      given('kim@x.io', 'Kim', ''),
      given('ann.lee@x.io', 'Ann', 'Lee'),
    ]);
    // A display name in quotes is as written.
    expect(people('"Hello Kitty" <kitty@x.io>')).toEqual([given('kitty@x.io', 'Hello', 'Kitty')]);
  });

  it("takes no possessive for a name (LinkedIn's contact info)", () => {
    expect(
      people('Contact info\nJane’s Profile\nlinkedin.com/in/janedoe\nEmail\njane.doe@gmail.com\nConnected'),
    ).toEqual([guessed('jane.doe@gmail.com', 'Jane', 'Doe')]);
    expect(people("Ann's Team\nann@x.io")).toEqual([bare('ann@x.io')]);
  });

  it('takes the name words before a comma that match the address, in a sentence', () => {
    expect(people('Please add Jane Doe, jane@acme.com, and John Smith, john@acme.com.')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('john@acme.com', 'John', 'Smith'),
    ]);
  });

  it("reads a numbered list's names without their numbers", () => {
    expect(people('1. Jane Doe - jane@acme.com\n2. John Smith - john@acme.com\n10) Anna Lee: anna@acme.com')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('john@acme.com', 'John', 'Smith'),
      given('anna@acme.com', 'Anna', 'Lee'),
    ]);
    expect(people('1. Jane Doe\n2. Doe, John')).toEqual([given(null, 'Jane', 'Doe'), given(null, 'John', 'Doe')]);
    // Nor a bulleted list's bullets (read past first, so its usual names are read in one look).
    expect(people('- Jane Doe\n* Doe, John\n• Ann Lee')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Doe'),
      given(null, 'Ann', 'Lee'),
    ]);
    expect(people('1. Jane Doe\njane@acme.com')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    // A year is not a list's number.
    expect(people('2024. Jane Doe')).toEqual([]);
  });

  it("reads a signature's one-letter labels (E, e.) as labels", () => {
    expect(people('Jane Doe\nHead of Sales\nT +1 555 0100\nE jdoe@acme.com\nW acme.com')).toEqual([
      given('jdoe@acme.com', 'Jane', 'Doe'),
    ]);
    expect(people('Jane Doe\ne. jdoe@acme.com')).toEqual([given('jdoe@acme.com', 'Jane', 'Doe')]);
  });

  it("reads a meeting's participants without their roles, and not the list's heading", () => {
    expect(people('Participants (3)\nJane Doe (Host)\nJohn Smith (he/him)\nAnna Lee')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
      given(null, 'Anna', 'Lee'),
    ]);
  });

  it("finds a signature's name over its title, company and phone lines, and a form's 'Name:' line", () => {
    expect(people('Jane Doe\nAccount Executive\nAcme Inc.\n\nmobile: +1 555 0100\nemail: jane.doe@acme.com')).toEqual([
      given('jane.doe@acme.com', 'Jane', 'Doe'),
    ]);
    // Over a postal address too, seven lines up, when it matches the address (it had named no one).
    expect(
      people(
        '--\nEmily Carter\nDirector of Research\n\nAcme Labs Inc.\n123 Main Street, Suite 400\nBoston, MA 02110\n' +
          'Office: (617) 555-0100\necarter@acmelabs.org\nwww.acmelabs.org',
      ),
    ).toEqual([given('ecarter@acmelabs.org', 'Emily', 'Carter')]);
    expect(people('Name: Jane Doe\nEmail: jdoe@acme.com\nName: John Smith\nEmail: info@acme.com')).toEqual([
      given('jdoe@acme.com', 'Jane', 'Doe'),
      given('info@acme.com', 'John', 'Smith'),
    ]);
    // Not every label names a person.
    expect(people('Company: Acme Corp\nEmail: info@acme.com')).toEqual([bare('info@acme.com')]);
    // An address after another person's role is theirs: not named by the signature above it,
    // unless the name matches it.
    expect(people('Jane Doe\nHead of Sales\nAssistant: amy@acme.com\nCc: bo@acme.com')).toEqual([
      bare('amy@acme.com'),
      bare('bo@acme.com'),
    ]);
    expect(people('Jane Doe\nMarketing contact: jane@acme.com')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    // Nor after a message's header field: `To:` or `From:` as `Cc:` (Jane Doe had been bo@'s name).
    expect(people('Jane Doe\nTo: bo@acme.com\n\nKim Roe\nVon: kim@acme.com')).toEqual([
      given(null, 'Jane', 'Doe'),
      bare('bo@acme.com'),
      given('kim@acme.com', 'Kim', 'Roe'),
    ]);
    // A staff page's cards: an icon before the address, as a label before it.
    expect(people('Our team\n\nJane Doe\nCEO\n✉ jane@acme.com\n☎ 555 0100\n\nBo Li\nCTO\n📧 bo@acme.com')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('bo@acme.com', 'Bo', 'Li'),
    ]);
    // Without addresses, the social sites' links under each name are no one.
    expect(people('Our team\n\nAnn Lee\nLinkedIn · Twitter\n\nKim Roe\nGitHub')).toEqual([
      given(null, 'Ann', 'Lee'),
      given(null, 'Kim', 'Roe'),
    ]);
  });

  it('drops what follows a name: degrees and honours, a team in its comment', () => {
    expect(people('Dr Jane Doe MBE <jane@acme.com>, John Smith PhD <john@acme.com>')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('john@acme.com', 'John', 'Smith'),
    ]);
    expect(people('jane.doe@acme.com (Jane Doe, Sales), jdoe@acme.com (Doe, John)')).toEqual([
      given('jane.doe@acme.com', 'Jane', 'Doe'),
      given('jdoe@acme.com', 'John', 'Doe'),
    ]);
  });

  it('does not take greetings and sign-offs for names', () => {
    expect(people('Thanks, Jane')).toEqual([]);
    expect(people('Hi Jane\njane@acme.com')).toEqual([bare('jane@acme.com')]);
    expect(people('Cheers, Anna\nDoe, Jane')).toEqual([given(null, 'Jane', 'Doe')]);
    expect(people('-----Original Message-----\n== Team ==\nJane Doe')).toEqual([given(null, 'Jane', 'Doe')]);
  });

  it('takes the first part of the address line, when it names the address', () => {
    expect(people('Jane Doe | Acme Corp | jane@acme.com | +1 555')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    expect(people('Jane Doe · Product Manager · jane@acme.com')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    expect(people('Pat Lee | CEO | ceo@acme.com')).toEqual([bare('ceo@acme.com')]);
    // Or its last part, after a title.
    expect(people('Sales Director – Jane Doe – jdoe@acme.com\nProject Manager - John Smith - john@acme.com')).toEqual([
      given('jdoe@acme.com', 'Jane', 'Doe'),
      given('john@acme.com', 'John', 'Smith'),
    ]);
    expect(people('Acme Corp - Sales - sales@acme.com')).toEqual([bare('sales@acme.com')]);
  });

  it('does not take job titles and teams for names, before or after the name', () => {
    expect(people('Head of Sales Jane Doe <jane@acme.com>; CEO John Smith <john@acme.com>')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('john@acme.com', 'John', 'Smith'),
    ]);
    // Neither is "Last, First".
    expect(people('Our CEO, Jane Doe (jane@acme.com), will join.')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    expect(people('Jane Doe, CEO <jane@acme.com>')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    expect(people('"Jane Doe, Head of Sales" <jane@acme.com>')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    // Nor a department's name (Human Resources had been her first name), which names no one alone.
    expect(
      people(
        'Jane Doe, Human Resources <jane@acme.com>; Investor Relations <ir@acme.com>; Customer Success – cs@acme.com; ' +
          'Bo Li, Business Development <bo@acme.com>; Accounts Payable <ap@acme.com>; Information Technology <it@acme.com>',
      ),
    ).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      bare('ir@acme.com'),
      bare('cs@acme.com'),
      given('bo@acme.com', 'Bo', 'Li'),
      bare('ap@acme.com'),
      bare('it@acme.com'),
    ]);
    // Nor a service's mail (each had been a person).
    expect(
      people(
        'Acme Newsletter <news@acme.com>, Google Calendar <calendar-notification@google.com>, Acme Payments <pay@acme.com>',
      ),
    ).toEqual([bare('news@acme.com'), bare('calendar-notification@google.com'), bare('pay@acme.com')]);
    // Nor a household's (The Doe / Family).
    expect(people('The Doe Family <does@x.com>')).toEqual([bare('does@x.com')]);
    // Nor in the other languages of the signatures read: a German, Spanish, French or Italian
    // title is no first name, and no name of its own under one.
    expect(
      people(
        'Hans Müller, Geschäftsführer <hm@x.de>; Marie Dubois, Chargée de clientèle <md@x.fr>; Luca Rossi, Direttore Commerciale <lr@x.it>',
      ),
    ).toEqual([
      given('hm@x.de', 'Hans', 'Müller'),
      given('md@x.fr', 'Marie', 'Dubois'),
      given('lr@x.it', 'Luca', 'Rossi'),
    ]);
    expect(people('Saludos,\nMaría José García\nJefa de Ventas\nmj.garcia@empresa.es')).toEqual([
      given('mj.garcia@empresa.es', 'María José', 'García'),
    ]);
    // A title that starts with a letter beyond ASCII, under the name or in a list of names (each
    // had been a person of its own, Gérante / Boutique, and the address no one's).
    expect(people('Jane Doe\nGérante Boutique\njd@x.fr\n\nAnna Müller\nÄrztin Praxis\nam@x.de')).toEqual([
      given('jd@x.fr', 'Jane', 'Doe'),
      given('am@x.de', 'Anna', 'Müller'),
    ]);
    expect(people('Président Dupont\nJane Doe')).toEqual([given(null, 'Jane', 'Doe')]);
    // A team is nobody's name; nor is a title under a signature's name.
    expect(people('Acme Support <support@acme.com>, Sales Team <sales@acme.com>')).toEqual([
      bare('support@acme.com'),
      bare('sales@acme.com'),
    ]);
    expect(people('Acme Inc.\nAccount Executive\njane@acme.com')).toEqual([bare('jane@acme.com')]);
    expect(people('CEO\nJane Doe')).toEqual([given(null, 'Jane', 'Doe')]);
    // A list of names with their titles: the titles are passed over, the names kept.
    expect(people('Doe, Jane, Treasurer\nSmith, John')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
    ]);
    expect(people('Board of Directors\nJane Doe, Chair\nJohn Smith, Treasurer\nAnna Lee, Secretary')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
      given(null, 'Anna', 'Lee'),
    ]);
    // A speakers' list: its heading, and each person's title and company under the name, are no
    // one (they had been people called Speakers, Acme and Globex).
    expect(people('Speakers\n\nJane Doe\nCEO, Acme\n\nBob Li\nHead of Sales, Globex\n\nAttendees\nAnn Lee')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'Bob', 'Li'),
      given(null, 'Ann', 'Lee'),
    ]);
    // Surnames that are also words of work stay names.
    expect(people('Edith Head <edith@acme.com>, Anna Lead <anna@acme.com>')).toEqual([
      given('edith@acme.com', 'Edith', 'Head'),
      given('anna@acme.com', 'Anna', 'Lead'),
    ]);
  });

  it("takes a signature's name without what follows it in brackets", () => {
    expect(people('Jane Doe (she/her)\nAccount Executive\njane@acme.com')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
    ]);
    expect(people('John Smith (Acme)\njsmith@acme.com')).toEqual([given('jsmith@acme.com', 'John', 'Smith')]);
  });

  it("gives a shared mailbox no name that only says what it is, and keeps a person's", () => {
    expect(
      people(
        'Help Desk <helpdesk@x.com>, Sarah Connor <info@x.com>, Sales Team <sales+eu@x.com>\n\nFront Office\noffice@x.com',
      ),
    ).toEqual([
      bare('helpdesk@x.com'),
      given('info@x.com', 'Sarah', 'Connor'),
      bare('sales+eu@x.com'),
      bare('office@x.com'),
    ]);
  });

  it('reads a display name in typographic quotes, as a word processor writes them', () => {
    expect(
      people(
        '\u201cDoe, Jane\u201d <jane.doe@acme.com>, \u201eSmith, John\u201c <john@acme.com>; \u201cAnn Lee\u201d <ann@x.io>',
      ),
    ).toEqual([
      given('jane.doe@acme.com', 'Jane', 'Doe'),
      given('john@acme.com', 'John', 'Smith'),
      given('ann@x.io', 'Ann', 'Lee'),
    ]);
  });

  it("reads a row's name beside an address with spaces or a word around it in its cell, under other lines", () => {
    // As a page's table reads when a cell's link says "Email": `Email mailto:bo@…`.
    expect(
      people('Staff\nBo Li\tIntern\t bli@acme.com \nKim Ray\tIntern\tEmail kim@acme.com\nJo Park\tCTO\t✉ jp@acme.com'),
    ).toEqual([
      given('bli@acme.com', 'Bo', 'Li'),
      given('kim@acme.com', 'Kim', 'Ray'),
      given('jp@acme.com', 'Jo', 'Park'),
    ]);
  });

  it('keeps the accents of a name beside an address written without them', () => {
    // A row without a header keeps its name only when it shares a word with the address: with the
    // accents aside, as addresses are written.
    expect(people('José Pérez\tjose.perez@x.es\nZoë Müller\tzoe.muller@x.de\njose.perez@x.es\tJosé\tPérez')).toEqual([
      given('jose.perez@x.es', 'José', 'Pérez'),
      given('zoe.muller@x.de', 'Zoë', 'Müller'),
    ]);
    expect(people('Émile Zola, emile.zola@x.fr')).toEqual([given('emile.zola@x.fr', 'Émile', 'Zola')]);
    // Letters an address writes as two (ü as ue, ß as ss), and those NFD does not take apart (ł, ø).
    expect(
      people('Jürgen Groß\tjuergen.gross@x.de\nŁukasz Nowak\tlukasz.n@x.pl\nSøren Kierkegaard\tsoren.k@x.dk'),
    ).toEqual([
      given('juergen.gross@x.de', 'Jürgen', 'Groß'),
      given('lukasz.n@x.pl', 'Łukasz', 'Nowak'),
      given('soren.k@x.dk', 'Søren', 'Kierkegaard'),
    ]);
    // A name that shares no word with the address is still not its.
    expect(people('John Smith\tann.lee@x.com')).toEqual([guessed('ann.lee@x.com', 'Ann', 'Lee')]);
  });

  it('reads a Chinese, Japanese or Korean name written without a space over its address, as a signature writes it', () => {
    expect(
      people(
        '山田太郎\nyamada@acme.co.jp\n\n张伟\n销售总监\n邮箱：zhangwei@acme.cn\n\n김민수 | 영업팀장\n이메일: minsu.kim@acme.kr',
      ),
    ).toEqual([
      given('yamada@acme.co.jp', '太郎', '山田'),
      given('zhangwei@acme.cn', '伟', '张'),
      given('minsu.kim@acme.kr', '민수', '김'),
    ]);
    // Before an address on its line, as a Latin name is read there.
    expect(people('山田太郎\u3000taro@example.co.jp\n张伟 zw@x.cn')).toEqual([
      given('taro@example.co.jp', '太郎', '山田'),
      given('zw@x.cn', '伟', '张'),
    ]);
    // Over an address in a sentence, only when the address spells the family name (as a part of
    // its own: 李 is not in alice@).
    expect(people('张伟\nPlease write to wei.zhang@acme.cn\n\n李娜\nPlease write to alice@acme.cn')).toEqual([
      given('wei.zhang@acme.cn', '伟', '张'),
      bare('alice@acme.cn'),
    ]);
  });

  it('reads a Russian name written surname first, before the given name and the patronymic', () => {
    expect(
      people('Иванов Иван Иванович <ivanov@x.ru>\nПетрова Анна Сергеевна\nРоман Аркадьевич Абрамович\nИван Петров'),
    ).toEqual([
      given('ivanov@x.ru', 'Иван Иванович', 'Иванов'),
      given(null, 'Анна Сергеевна', 'Петрова'),
      given(null, 'Роман Аркадьевич', 'Абрамович'),
      given(null, 'Иван', 'Петров'),
    ]);
  });

  it('turns a name written surname first around where its address says so, accents and all', () => {
    // Hungarian and German names surname first, their addresses without the accents or with the
    // letters written as two (Kovács János had been read as first name Kovács).
    expect(
      people('Kovács János <janos.kovacs@x.hu>; Szabó Ádám <adam_szabo@x.hu>; Müller Jürgen <juergen.mueller@x.de>'),
    ).toEqual([
      given('janos.kovacs@x.hu', 'János', 'Kovács'),
      given('adam_szabo@x.hu', 'Ádám', 'Szabó'),
      given('juergen.mueller@x.de', 'Jürgen', 'Müller'),
    ]);
    // A Vietnamese name, family name first: its given names are the first name.
    expect(people('Nguyễn Văn An <an.nguyen@x.vn>; Trần Thị Mai <mai.tran@x.vn>; Le Van Thanh <thanhle@x.vn>')).toEqual(
      [
        given('an.nguyen@x.vn', 'Văn An', 'Nguyễn'),
        given('mai.tran@x.vn', 'Thị Mai', 'Trần'),
        given('thanhle@x.vn', 'Van Thanh', 'Le'),
      ],
    );
    // Written with its accents, it is family name first without an address, or with one that
    // writes the family name first; not another family name, nor one of two words (`Lê Minh` is
    // as often Minh Lê).
    expect(
      people('Nguyễn Văn An <nguyen.an@x.vn>\nPhạm Minh Chính\nLê Minh\nMary Ann Smith <smith.mary@x.com>'),
    ).toEqual([
      given('nguyen.an@x.vn', 'Văn An', 'Nguyễn'),
      given(null, 'Minh Chính', 'Phạm'),
      given(null, 'Lê', 'Minh'),
      given('smith.mary@x.com', 'Mary Ann', 'Smith'),
    ]);
    // Without its accents, before the middle name `Thi` or `Van` that follows a family name (Le Thi
    // had been the first name); not after a given name (`An Van Nguyen`).
    expect(people('Le Thi Hong <hong@x.vn>\nTran Van Nam\nAn Van Nguyen <an@x.com>')).toEqual([
      given('hong@x.vn', 'Thi Hong', 'Le'),
      given(null, 'Van Nam', 'Tran'),
      given('an@x.com', 'An Van', 'Nguyen'),
    ]);
  });

  it('starts the surname where an address of two parts says, in a name of three words or more', () => {
    expect(
      people(
        'María García López <maria.garcia@x.es>; María José García López <mj.garcia@x.es>; ' +
          'Gabriel García Márquez <g.garcia@x.co>',
      ),
    ).toEqual([
      given('maria.garcia@x.es', 'María', 'García López'),
      given('mj.garcia@x.es', 'María José', 'García López'),
      given('g.garcia@x.co', 'Gabriel', 'García Márquez'),
    ]);
    // In a signature, and in a row's one name cell; not where the row has a column for each part.
    expect(people('Dr. María García López\nHead of Research\nmaria.garcia@uni.edu')).toEqual([
      given('maria.garcia@uni.edu', 'María', 'García López'),
    ]);
    expect(people('Name\tEmail\nMaría García López\tmaria.garcia@x.es')).toEqual([
      given('maria.garcia@x.es', 'María', 'García López'),
    ]);
    expect(people('First name\tLast name\tEmail\nMaría García\tLópez\tmaria.garcia@x.es')).toEqual([
      given('maria.garcia@x.es', 'María García', 'López'),
    ]);
    // An address of the last word, or of three parts, says nothing of it: the usual split stands.
    expect(people('John Paul Smith <john.smith@x.com>; John Paul Smith <john.paul.smith@x.com>')).toEqual([
      given('john.smith@x.com', 'John Paul', 'Smith'),
      given('john.paul.smith@x.com', 'John Paul', 'Smith'),
    ]);
  });

  it("reads a Spanish name's two surnames, after the given names or before them with a comma", () => {
    // A Spanish surname before the last word starts the last name (María José García had been the
    // first name); not another word (José Luis is two given names).
    expect(people('María José García López\nJuan García de la Torre\nMario Vargas Llosa\nJose Luis Martinez')).toEqual([
      given(null, 'María José', 'García López'),
      given(null, 'Juan', 'García de la Torre'),
      given(null, 'Mario', 'Vargas Llosa'),
      given(null, 'Jose Luis', 'Martinez'),
    ]);
    // An address that names the given names does not move one of them into the surnames.
    expect(people('Andrés Manuel López Obrador <amlo@x.mx>; María José García López <maria.jose@x.es>')).toEqual([
      given('amlo@x.mx', 'Andrés Manuel', 'López Obrador'),
      given('maria.jose@x.es', 'María José', 'García López'),
    ]);
    // Last name first, as Outlook writes it, is one person (it had been two: García López, and
    // María José), with or without an address; two people of a list stay two.
    expect(people('García López, María José <maria.jose@x.es>; Pérez, Juan <juan@x.es>')).toEqual([
      given('maria.jose@x.es', 'María José', 'García López'),
      given('juan@x.es', 'Juan', 'Pérez'),
    ]);
    expect(people('García López, María José; Pérez Ruiz, Juan Carlos')).toEqual([
      given(null, 'María José', 'García López'),
      given(null, 'Juan Carlos', 'Pérez Ruiz'),
    ]);
    expect(people('John Smith, Jane Doe <jd@acme.com>')).toEqual([
      given(null, 'John', 'Smith'),
      given('jd@acme.com', 'Jane', 'Doe'),
    ]);
    // Before a bare address, the surname before the comma is the name's, when it is a Spanish one or
    // the address names it (the given names had been read as first and last name); a greeting is not.
    expect(
      people(
        'García López, María José - mjgarcia@x.es\nMüller, Hans Peter hans.mueller@x.de\nRegards, Jane Doe jane@x.com',
      ),
    ).toEqual([
      given('mjgarcia@x.es', 'María José', 'García López'),
      given('hans.mueller@x.de', 'Hans Peter', 'Müller'),
      given('jane@x.com', 'Jane', 'Doe'),
    ]);
  });

  it('reads a display name past what address books add to it: degrees, titles, a tag in brackets, a company after a dash or a pipe', () => {
    expect(
      people(
        'Dr. Jane Doe, MD, PhD <jane@x.org>; Doe, Jane, Jr. <jd@x.org>; Smith, John [ACME/LON] <john@acme.com>; ' +
          'Bo Li - ACME <bo@acme.com>; Ann Lee – Sales <ann@acme.com>',
      ),
    ).toEqual([
      given('jane@x.org', 'Jane', 'Doe'),
      given('jd@x.org', 'Jane', 'Doe'),
      given('john@acme.com', 'John', 'Smith'),
      given('bo@acme.com', 'Bo', 'Li'),
      given('ann@acme.com', 'Ann', 'Lee'),
    ]);
    // A post-nominal after a full name: not `Last, First` (`Doe, JD` and `DOE SMITH, JANE` are).
    expect(
      people(
        'Prof. Jane Doe, FRS <jane@x.ac.uk>; Bo Li, MBE <bo@x.uk>; De la Cruz, JP <jp@x.ph>; DOE SMITH, JANE <j@x.com>',
      ),
    ).toEqual([
      given('jane@x.ac.uk', 'Jane', 'Doe'),
      given('bo@x.uk', 'Bo', 'Li'),
      given('jp@x.ph', 'JP', 'De la Cruz'),
      given('j@x.com', 'Jane', 'Doe Smith'),
    ]);
    // A name after the dash is the name; a company's one word before it is no one's.
    expect(people('Sales - Jane Doe <jane@acme.com>; ACME - Support <support@acme.com>')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      bare('support@acme.com'),
    ]);
    // A title before or after the first name, as German address books write a doctor's.
    expect(people('Müller, Dr. Hans <hans.mueller@x.de>; Schulz, Eva, Dr. <e@x.de>; Roth, Paul Dr. <p@x.de>')).toEqual([
      given('hans.mueller@x.de', 'Hans', 'Müller'),
      given('e@x.de', 'Eva', 'Schulz'),
      given('p@x.de', 'Paul', 'Roth'),
    ]);
    // With the doctorate's field after the title (no one had been named), and after a name written
    // first name first.
    expect(
      people(
        'Roth, Paul Dr. med. <p@x.de>; Klein, Eva Dr. rer. nat. <e@x.de>; Hans Müller Dr. med. <h@x.de>; Bo Li Prof. <b@x.de>',
      ),
    ).toEqual([
      given('p@x.de', 'Paul', 'Roth'),
      given('e@x.de', 'Eva', 'Klein'),
      given('h@x.de', 'Hans', 'Müller'),
      given('b@x.de', 'Bo', 'Li'),
    ]);
    expect(people('Dr. med. <med@x.de>\nJane med. <jm@x.de>')).toEqual([bare('med@x.de'), bare('jm@x.de')]);
    expect(people('Doe, Mrs. Jane\nSmith, Prof. Dr. John')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
    ]);
    // A company after a pipe, when the name before it is the address's; a list's item otherwise.
    expect(
      people('Jane Doe | Acme <jane@acme.com>; Doe, Bo | ACME Corp <bo.doe@acme.com>\nAnn Lee | Bob <bob@x.com>'),
    ).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('bo.doe@acme.com', 'Bo', 'Doe'),
      given(null, 'Ann', 'Lee'),
      given('bob@x.com', 'Bob', ''),
    ]);
    expect(people('Jane Doe | Acme Corp (jane@acme.com)')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
  });

  it('reads the name after a quote that closes after the address, as code and settings write one', () => {
    expect(people('const to = "Jane Doe <jane@x.com>";')).toEqual([given('jane@x.com', 'Jane', 'Doe')]);
    expect(people('reply_to = "Doe, Jane <jane@x.com>"')).toEqual([given('jane@x.com', 'Jane', 'Doe')]);
    // Quotes closed before the name are not its.
    expect(people('He said "hi" to Jane Doe <jane@x.com>')).toEqual([given('jane@x.com', 'Jane', 'Doe')]);
    expect(people('Robert "Bob" Smith <bob@x.com>')).toEqual([given('bob@x.com', 'Robert', 'Smith')]);
  });

  it("takes no table row above a signature's address as its name", () => {
    // The row's cells are another person's first and last name, not one name.
    expect(
      people(
        'Email\tFirst name\tLast name\nanna@ex.co.uk\tAnna\tde la Cruz\nSee you. Best regards,\nMary-Ann van der Berg\nAccount Manager\nx4@ex.org',
      ),
    ).toEqual([given('anna@ex.co.uk', 'Anna', 'de la Cruz'), given('x4@ex.org', 'Mary-Ann', 'van der Berg')]);
    expect(people('Jane Doe\tAcme Corp\nsee you\nx4@ex.org')).toEqual([bare('x4@ex.org')]);
  });

  it('takes the name on the line above an address in angle brackets that starts its line', () => {
    expect(people('Jane Doe\n<jane@acme.com>')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    expect(people('Jane Doe\nEmail: <jdoe@acme.com>')).toEqual([given('jdoe@acme.com', 'Jane', 'Doe')]);
  });

  it("reads a form's first and last name, on the label's line or under it", () => {
    expect(people('First name: Jane\nLast name: Doe\nEmail: jane@acme.com')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
    ]);
    // A CRM record copied field by field: each label over its value.
    expect(people('First Name\nAnna\nLast Name\nvan der Berg\nEmail\nanna@acme.com\nPhone\n+1 555 0100')).toEqual([
      given('anna@acme.com', 'Anna', 'van der Berg'),
    ]);
    expect(people('Vorname: Jürgen\nNachname: Groß\nE-Mail: jg@acme.de')).toEqual([
      given('jg@acme.de', 'Jürgen', 'Groß'),
    ]);
    expect(
      people('Förnamn: Anna\nEfternamn: Svensson\nE-post: anna@x.se\n\nSoyadı: Yılmaz\nAdı: Ayşe\nE-posta: ay@x.tr'),
    ).toEqual([given('anna@x.se', 'Anna', 'Svensson'), given('ay@x.tr', 'Ayşe', 'Yılmaz')]);
    // Spanish and Portuguese forms ask for the whole name under `Nombre` or `Nome`: without a last
    // name's field beside it, read as a name (it was the first name, "Juan Pérez"); Russian ones under
    // `ФИО`, surname first.
    expect(
      people(
        'Nombre: Juan Pérez\nCorreo electrónico: juan@x.es\n\nNome: João Silva\nE-mail: joao@x.br\n\n' +
          'Nombre: María José\nApellidos: García López\nCorreo: mj@x.es\n\nФИО: Иванов Иван Иванович\nЭл. почта: ivanov@x.ru',
      ),
    ).toEqual([
      given('juan@x.es', 'Juan', 'Pérez'),
      given('joao@x.br', 'João', 'Silva'),
      given('mj@x.es', 'María José', 'García López'),
      given('ivanov@x.ru', 'Иван Иванович', 'Иванов'),
    ]);
    // A table's header over a record is none of its fields: `Förnamn` then a tab is no label.
    expect(people('Förnamn\tEfternamn\tAdress\nE-post: jk@x.se')).toEqual([bare('jk@x.se')]);
    // The word for an address alone on its line is a label, not a person called E-post.
    expect(people('E-post\nBo Li\nE-posta\nAyşe Yılmaz')).toEqual([
      given(null, 'Bo', 'Li'),
      given(null, 'Ayşe', 'Yılmaz'),
    ]);
    // A label is not a name; a record's last name without a first name is its last name.
    expect(people('Last Name\nDoe\nEmail\njane@acme.com')).toEqual([given('jane@acme.com', '', 'Doe')]);
    // Labels in other scripts, with the full-width colon of Japanese text; a full name's label.
    expect(people('姓：佐藤\n名：花子\nメールアドレス：hanako@example.jp')).toEqual([
      given('hanako@example.jp', '花子', '佐藤'),
    ]);
    expect(
      people('氏名：鈴木 一郎\nメール：ichiro@example.jp\n\nФамилия: Иванов\nИмя: Алексей\nПочта: alexei@x.ru'),
    ).toEqual([given('ichiro@example.jp', '一郎', '鈴木'), given('alexei@x.ru', 'Алексей', 'Иванов')]);
  });

  it("reads a CRM record's fields: the name field names the address, wherever it stands in the record", () => {
    const rebecca = given('rhollis@northwind.com', 'Rebecca', 'Hollis');
    // A record's table of two columns, copied: a label, a tab, a value. No label is a person.
    expect(
      people('Name\tMs. Rebecca Hollis\nTitle\tVP Operations\nEmail\trhollis@northwind.com\nPhone\t(555) 010-2233'),
    ).toEqual([rebecca]);
    expect(people('First Name\tRebecca\nLast Name\tHollis\nEmail\trhollis@northwind.com')).toEqual([rebecca]);
    // Under its heading, the record's name.
    expect(people('Rebecca Hollis\nTitle\tVP Operations\nEmail\trhollis@northwind.com')).toEqual([rebecca]);
    // Another person's name among the fields is not theirs: the record owner's, an account's.
    expect(people('Contact Owner\nMike Ross\nName\nRebecca Hollis\nEmail\nrhollis@northwind.com')).toEqual([rebecca]);
    expect(
      people('Contact Owner\tMike Ross\nName\tRebecca Hollis\nAccount Name\tNorthwind\nEmail\trhollis@northwind.com'),
    ).toEqual([rebecca]);
    // A name field however many fields above, and one below the address.
    expect(
      people(
        'Name: Rebecca Hollis\nTitle: VP Operations\nCompany: Northwind\nMobile: 1\nPhone: 2\nFax: 3\nEmail: x@northwind.com',
      ),
    ).toEqual([given('x@northwind.com', 'Rebecca', 'Hollis')]);
    expect(people('Email\nrhollis@northwind.com\nName\nRebecca Hollis')).toEqual([rebecca]);
    // Records one after another, with or without a blank line: a label met again starts the next.
    const tom = given('tbaker@northwind.com', 'Tom', 'Baker');
    expect(
      people('Email: rhollis@northwind.com\nName: Rebecca Hollis\nEmail: tbaker@northwind.com\nName: Tom Baker'),
    ).toEqual([rebecca, tom]);
    expect(
      people('Name\tRebecca Hollis\nEmail\trhollis@northwind.com\n\nName\tTom Baker\nEmail\ttbaker@northwind.com'),
    ).toEqual([rebecca, tom]);
    // A record without a name does not take the one of the record before it.
    expect(people('Email: rhollis@northwind.com\nName: Rebecca Hollis\nEmail: tbaker@northwind.com')).toEqual([
      rebecca,
      bare('tbaker@northwind.com'),
    ]);
    // A second address field is the same person's; an address under another label is not.
    expect(
      people(
        'Name: Rebecca Hollis\nEmail: rhollis@northwind.com\nWork email: rh@northwind.com\nManager email: boss@northwind.com',
      ),
    ).toEqual([rebecca, given('rh@northwind.com', 'Rebecca', 'Hollis'), bare('boss@northwind.com')]);
  });

  it('completes a first name written alone with the surname its address gives, when the address starts with it', () => {
    expect(people('Please ask Kevin (kevin.lee@partner.com) or Olivia <olivia.martins@nordlicht.de>.')).toEqual([
      given('kevin.lee@partner.com', 'Kevin', 'Lee'),
      given('olivia.martins@nordlicht.de', 'Olivia', 'Martins'),
    ]);
    // In a row and a record; with its accents as written; with the address's particles.
    expect(people('kevin.lee@partner.com\tKevin')).toEqual([given('kevin.lee@partner.com', 'Kevin', 'Lee')]);
    expect(people('First name: José\nEmail: jose.garcia@acme.es')).toEqual([
      given('jose.garcia@acme.es', 'José', 'Garcia'),
    ]);
    expect(people('Anna <anna.van.der.berg@acme.nl>')).toEqual([
      given('anna.van.der.berg@acme.nl', 'Anna', 'van der Berg'),
    ]);
    // Not from an address that starts with another name, or with none.
    expect(people('Kev <kevin.lee@partner.com>; Lee <kevin.li@partner.com>; Info <info.desk@acme.com>')).toEqual([
      given('kevin.lee@partner.com', 'Kev', ''),
      given('kevin.li@partner.com', 'Lee', ''),
      given('info.desk@acme.com', 'Info', ''),
    ]);
  });

  it('joins a particle written with a capital to the surname after it', () => {
    expect(
      people(
        'Jean Le Pen <jlp@x.fr>; Ahmed Al Sayed <aas@x.ae>; Anna De Luca <adl@x.it>; Mary St. John <msj@x.com>; ' +
          'Jean De La Fontaine <jdlf@x.fr>; Jan Van Der Berg <jvdb@x.nl>; Dr. Le Pen <lp@x.fr>',
      ),
    ).toEqual([
      given('jlp@x.fr', 'Jean', 'Le Pen'),
      given('aas@x.ae', 'Ahmed', 'Al Sayed'),
      given('adl@x.it', 'Anna', 'De Luca'),
      given('msj@x.com', 'Mary', 'St. John'),
      given('jdlf@x.fr', 'Jean', 'De La Fontaine'),
      given('jvdb@x.nl', 'Jan', 'Van Der Berg'),
      given('lp@x.fr', '', 'Le Pen'),
    ]);
    // In a table's name cell, in a list of names, and by the full rules (a name with two spaces).
    expect(people('Email\tName\na@x.com\tMohamed El Amrani')).toEqual([given('a@x.com', 'Mohamed', 'El Amrani')]);
    expect(people('Luca Di Maggio\nMaria  Da Silva')).toEqual([
      given(null, 'Luca', 'Di Maggio'),
      given(null, 'Maria', 'Da Silva'),
    ]);
    // The first word stays the first name (Al Di Meola); `Van` before a plain word is as often the
    // Vietnamese middle name, and stays with the first name; a name in `Last, First` order is as written.
    expect(people('Al Di Meola <al@x.com>; An Van Nguyen <an@x.com>; Pen, Jean Le <p@x.fr>')).toEqual([
      given('al@x.com', 'Al', 'Di Meola'),
      given('an@x.com', 'An Van', 'Nguyen'),
      given('p@x.fr', 'Jean Le', 'Pen'),
    ]);
  });

  it('reads a record written on one line, its fields parted by commas, semicolons or pipes', () => {
    expect(
      people(
        'Name: Jane Doe, Email: jdoe@acme.com\nFirst name: Bo; Last name: Li; Email: bli@acme.com\n' +
          'Email: ann@x.io | Name: Ann Lee | Company: Acme',
      ),
    ).toEqual([
      given('jdoe@acme.com', 'Jane', 'Doe'),
      given('bli@acme.com', 'Bo', 'Li'),
      given('ann@x.io', 'Ann', 'Lee'),
    ]);
    // Another person's name field is not theirs.
    expect(people('Contact owner: Bob Roe, Email: kim@x.io')).toEqual([bare('kim@x.io')]);
    // A name without a label that starts the line, and a form's notice with its sentence before the fields.
    expect(
      people(
        'Jane Doe, Email: jdoe@acme.com, Phone: 555 0100\nBo Li | Email: bli@acme.com\n' +
          'New signup! Name: Kim Lee, Email: kim@acme.com\nSales Team, Email: sales@acme.com',
      ),
    ).toEqual([
      given('jdoe@acme.com', 'Jane', 'Doe'),
      given('bli@acme.com', 'Bo', 'Li'),
      given('kim@acme.com', 'Kim', 'Lee'),
      bare('sales@acme.com'),
    ]);
    // A field under the record that holds another address is someone else's: the record ends before it.
    expect(people('Email: ann@x.io | Name: Ann Lee\nContact owner: Bob Roe, Email: kim@x.io')).toEqual([
      given('ann@x.io', 'Ann', 'Lee'),
      bare('kim@x.io'),
    ]);
    expect(people('Email\nann@x.io\nName\nAnn Lee\nManager\nbob@x.io')).toEqual([
      given('ann@x.io', 'Ann', 'Lee'),
      bare('bob@x.io'),
    ]);
    // A name after an address, an item of its list, is the next address's only when it matches it.
    expect(people('ann@x.co, Jane Doe, Email: jdoe@acme.com')).toEqual([
      bare('ann@x.co'),
      given('jdoe@acme.com', 'Jane', 'Doe'),
    ]);
    expect(people('ann@x.co, Jane Doe, Email: kim@acme.com')).toEqual([bare('ann@x.co'), bare('kim@acme.com')]);
  });

  it("reads a name after a row's number, as a PDF's list of people is copied, when it matches the address", () => {
    expect(
      people('No. Name Email\n1 Jane Doe jane.doe@acme.com\n2 Anna van der Berg anna@x.nl\n12 Bo Li - bo@acme.com'),
    ).toEqual([
      given('jane.doe@acme.com', 'Jane', 'Doe'),
      given('anna@x.nl', 'Anna', 'van der Berg'),
      given('bo@acme.com', 'Bo', 'Li'),
    ]);
    // A street's number is no row's.
    expect(people('100 Main Street jane@acme.com')).toEqual([bare('jane@acme.com')]);
  });

  it("gives no name to the reader's own address, which Gmail names 'me'", () => {
    expect(
      people('from:\tJane Doe <jane@acme.com>\nto:\tme <kim.roe@x.com>,\nBo Li <bo@acme.com>\nsubject:\tHi'),
    ).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      guessed('kim.roe@x.com', 'Kim', 'Roe'),
      given('bo@acme.com', 'Bo', 'Li'),
    ]);
  });

  it("reads a chat's author before an address of theirs, the line's time aside", () => {
    expect(
      people(
        '[11/27/26, 10:42:05] Jane Doe: jane@acme.com\n00:12:33 Bo Li: bo.li@acme.com\n[10:44 AM] Ann Lee: ann@acme.com',
      ),
    ).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('bo.li@acme.com', 'Bo', 'Li'),
      given('ann@acme.com', 'Ann', 'Lee'),
    ]);
    // Another person's address in a message is not the author's.
    expect(people('10:42 Jane Doe: please add kim@acme.com')).toEqual([bare('kim@acme.com')]);
    // An author who gives their address in words on the line (`you can reach me at`), when it
    // matches; not another's address that shares the first name.
    expect(
      people(
        'Bo Li: you can reach me at bo@acme.com\n[10:42] Ann Lee: my address is ann.lee@acme.com\n' +
          'Kim Roe: please invite kim.park@acme.com',
      ),
    ).toEqual([
      given('bo@acme.com', 'Bo', 'Li'),
      given('ann.lee@acme.com', 'Ann', 'Lee'),
      guessed('kim.park@acme.com', 'Kim', 'Park'),
    ]);
    // The author on a line of their own over the message, with the time after (Slack) or before
    // (Teams); only when the name matches, and not one the address spells otherwise.
    expect(
      people(
        'Bo Li  10:42 AM\nyou can reach me at bo@acme.com\n[10:44 AM] Ann Lee\nann.lee@acme.com\n' +
          '[10:45 AM] Ann Lee\nplease invite ann.roe@acme.com and kim@acme.com',
      ),
    ).toEqual([
      given('bo@acme.com', 'Bo', 'Li'),
      given('ann.lee@acme.com', 'Ann', 'Lee'),
      guessed('ann.roe@acme.com', 'Ann', 'Roe'),
      bare('kim@acme.com'),
    ]);
    // Zoom's chat, as its panel copies it and as it saves it: the words around the author are
    // passed over (no one had been named); another's address is still not the author's.
    expect(
      people(
        'Jane Doe to Everyone 10:42 AM\njdoe@acme.com\n' +
          '10:43:05 From Bo Li to Everyone:\n\tmy email is bo.li@acme.com\n' +
          '10:44:10 From Ann Lee to Everyone : ann@acme.com\n' +
          '10:45:00 From Ann Lee to Me (Direct Message):\n\tkim.roe@acme.com',
      ),
    ).toEqual([
      given('jdoe@acme.com', 'Jane', 'Doe'),
      given('bo.li@acme.com', 'Bo', 'Li'),
      given('ann@acme.com', 'Ann', 'Lee'),
      guessed('kim.roe@acme.com', 'Kim', 'Roe'),
    ]);
  });

  it("lists no one for a list of users' header or a member's role", () => {
    // Microsoft 365's admin centre, its header copied with the rows.
    expect(
      people(
        'Display name\tUsername\tLicenses\nJane Doe\tjane@acme.com\tMicrosoft 365 E3\nBo Li\tbo@acme.com\tUnlicensed',
      ),
    ).toEqual([given('jane@acme.com', 'Jane', 'Doe'), given('bo@acme.com', 'Bo', 'Li')]);
    // A role beside the address is no name, in a table or a CSV row; a name in another cell still is.
    expect(people('jane@acme.com\tAdmin\nbo@acme.com\tOwner\nann@acme.com\tAdmin\tAnn Lee')).toEqual([
      bare('jane@acme.com'),
      bare('bo@acme.com'),
      given('ann@acme.com', 'Ann', 'Lee'),
    ]);
    expect(people('jane@acme.com,Editor\nbo@acme.com,Viewer')).toEqual([bare('jane@acme.com'), bare('bo@acme.com')]);
    // Nor with its punctuation (`ORGANIZER;`, which had named jane); and a row of a site's word
    // alone is no one, as a line of one is not (`Home` had been a person).
    expect(people('ORGANIZER;\tjane@acme.com')).toEqual([bare('jane@acme.com')]);
    expect(people('HOME;\t')).toEqual([]);
    // Teams' list of members, without addresses: a header of a name column and a role column among others.
    expect(
      people(
        'Name\tTitle\tLocation\tTags\tRole\nJane Doe\tSales Lead\tBerlin\t\tOwner\nBo Li\tEngineer\tLondon\t\tMember',
      ),
    ).toEqual([given(null, 'Jane', 'Doe'), given(null, 'Bo', 'Li')]);
  });

  it("lists no one for a record's field label in a table's name column", () => {
    // A contact's fields pasted under the table's rows: "Title" is no one, as "Phone" is not.
    expect(people('Name\tEmail\nPriya Shah\tpriya@club.org\nTitle\tCEO\nMobile\t+1 555 0100')).toEqual([
      given('priya@club.org', 'Priya', 'Shah'),
    ]);
  });

  it('gives no name to an address that no one reads', () => {
    // The name is its sender's, not a person's at it.
    expect(
      people(
        'Jane Doe via Google Docs <comments-noreply@docs.google.com>; Acme <NoReply@acme.com>; ' +
          'Do Not Reply <do_not_reply@x.com>; Acme Billing <NO-REPLY@ACME.COM>; Bo Li <reply@x.io>',
      ),
    ).toEqual([
      bare('comments-noreply@docs.google.com'),
      bare('NoReply@acme.com'),
      bare('do_not_reply@x.com'),
      bare('NO-REPLY@ACME.COM'),
      given('reply@x.io', 'Bo', 'Li'),
    ]);
    // Nor the service's name that writes for a person, at an address of its own.
    expect(
      people('Jane Doe via Slack <notifications@slack.com>; Jane Doe via LinkedIn <invitations@linkedin.com>'),
    ).toEqual([bare('notifications@slack.com'), bare('invitations@linkedin.com')]);
    // A name after "via" in a sentence is a person's.
    expect(people('Please reach out via Jane Doe <jane@acme.com>')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    expect(people('Sent via Jane Doe <jane@acme.com>')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    // A company after `from` or `at`, as its address's domain tells, is not the name (Acme had been
    // the first name); the name before it is, if any. After `from`, a person is theirs.
    expect(
      people(
        'Jane Doe from Acme <jane@acme.com>; Bo at Globex (bo@globex.com); Mail from Initech <news@initech.com>; ' +
          'Update from Kim Roe <kim@roe.io>',
      ),
    ).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('bo@globex.com', 'Bo', ''),
      bare('news@initech.com'),
      given('kim@roe.io', 'Kim', 'Roe'),
    ]);
  });

  it('reads the name of a mention, as chats and comments write one', () => {
    expect(
      people('@Jane Doe (jane@acme.com) and @John Smith (john@acme.com), please review. Thanks @Kim <kim@x.io>!'),
    ).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('john@acme.com', 'John', 'Smith'),
      given('kim@x.io', 'Kim', ''),
    ]);
    // Before a bare address too.
    expect(people('@Jane Doe jane@acme.com\n@Bo Li: bo@li.io')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('bo@li.io', 'Bo', 'Li'),
    ]);
    // A handle is no name.
    expect(people('ping @jdoe (jane@acme.com)')).toEqual([bare('jane@acme.com')]);
  });

  it('gives an address under a list of names none of them, unless one matches it', () => {
    // Two names over a bare address are a list, not its signature: the topmost is not its name,
    // and each is a person of that list (`namesOnTheirLines`).
    expect(people('Jane Doe\nJohn Smith\nbo@li.io')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
      bare('bo@li.io'),
    ]);
    // (Over a line that is no one's, the names are not a list of people.)
    expect(people('Latest News\nJane Doe\nJohn Smith\nBo Li\nteam@acme.com')).toEqual([bare('team@acme.com')]);
    // A heading of a list of people is no one's, and the names under it are still a list.
    expect(people('Members\nJane Doe\nJohn Smith\nteam@acme.com')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
      bare('team@acme.com'),
    ]);
    expect(people('Participants (3)\nJane Doe\nJohn Smith\nann@acme.com')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
      bare('ann@acme.com'),
    ]);
    // Google Calendar's guest list, under its count and its tally of answers.
    expect(people('3 guests\n1 yes, 2 awaiting\nJane Doe\nOrganizer\njohn@acme.com\nAnn Lee')).toEqual([
      given(null, 'Jane', 'Doe'),
      bare('john@acme.com'),
      given(null, 'Ann', 'Lee'),
    ]);
    // One that matches the address is still its name, wherever it stands among them.
    expect(people('Jane Doe\nJohn Smith\njane.doe@acme.com')).toEqual([
      given(null, 'John', 'Smith'),
      given('jane.doe@acme.com', 'Jane', 'Doe'),
    ]);
    // A signature's name over its title is, as before.
    expect(people('Jane Doe\nAccount Manager\nbo@li.io')).toEqual([given('bo@li.io', 'Jane', 'Doe')]);
  });

  it('lists the names alone on their lines of a list written a person a line, among its addresses', () => {
    // Typed or pasted: a name without its address yet is a row to complete, in its place.
    expect(people('jane@acme.com\ntom@acme.com\nPriya Patel\nBo Li\nann@acme.com')).toEqual([
      bare('jane@acme.com'),
      bare('tom@acme.com'),
      given(null, 'Priya', 'Patel'),
      given(null, 'Bo', 'Li'),
      bare('ann@acme.com'),
    ]);
    expect(people('To:\r\n  jane@acme.com\r\n\r\nPatel, Priya\r\nTom Poe, Ann Lee\r\n')).toEqual([
      bare('jane@acme.com'),
      given(null, 'Priya', 'Patel'),
      given(null, 'Tom', 'Poe'),
      given(null, 'Ann', 'Lee'),
    ]);
    // Lines that write their address as a list does: first, or last in brackets.
    expect(
      people('Jane Doe <jane@acme.com>;\nPriya Patel\nTom Poe (tom@x.io)\nann@x.io (Ann Lee), bob@x.io\nBo Li'),
    ).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given(null, 'Priya', 'Patel'),
      given('tom@x.io', 'Tom', 'Poe'),
      given('ann@x.io', 'Ann', 'Lee'),
      bare('bob@x.io'),
      given(null, 'Bo', 'Li'),
    ]);
    // An Outlook line whose last addresses no contact names (`…>; bob@x.io`) lists them too.
    expect(people('Doe, Jane <jane@acme.com>; bob@x.io, ann@x.io\nPriya Patel\nTom Poe <tom@x.io>')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      bare('bob@x.io'),
      bare('ann@x.io'),
      given(null, 'Priya', 'Patel'),
      given('tom@x.io', 'Tom', 'Poe'),
    ]);
    expect(people('Write to Jane Doe <jane@acme.com> or bob@x.io\nPriya Patel')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      bare('bob@x.io'),
    ]);
    // A name that an address has is that person.
    expect(people('Jane Doe\njane.doe@acme.com\nTom Poe\ntom@acme.com')).toEqual([
      given('jane.doe@acme.com', 'Jane', 'Doe'),
      given('tom@acme.com', 'Tom', 'Poe'),
    ]);
    // Not a text with any other line: a signature, a message, a table, an address in words.
    expect(people('Jane Doe\nHead of Sales\nbo@li.io\nPriya Patel')).toEqual([given('bo@li.io', 'Jane', 'Doe')]);
    expect(people('Thanks,\njane@acme.com\nPriya Patel')).toEqual([bare('jane@acme.com')]);
    expect(people('Please invite\njane@acme.com\nPriya Patel')).toEqual([bare('jane@acme.com')]);
    expect(people('First Name\nJane\nLast Name\nRoe\nbo@li.io')).not.toContainEqual(given(null, 'First', 'Name'));
    expect(people('Priya Patel\nWrite to jane@acme.com')).toEqual([bare('jane@acme.com')]);
  });

  it("lists the names of a message's header that Outlook resolved, beside the addresses it did not", () => {
    // The fields that name no one are passed over; each field's names are its people.
    expect(
      people(
        'From: Jane Doe\nSent: Tuesday, March 3, 2026 10:00 AM\nTo: John Smith; Ann Lee\nCc: bob@acme.com\nSubject: Kickoff',
      ),
    ).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
      given(null, 'Ann', 'Lee'),
      bare('bob@acme.com'),
    ]);
    // Under Outlook's reply header, its sender's address in square brackets (the names had been
    // dropped).
    expect(
      people(
        'From: Doe, Jane [mailto:jane@acme.com]\nSent: Monday, November 23, 2026 10:42 AM\nTo: Li, Bo; Lee, Ann\n' +
          'Cc: Roe, Kim\nSubject: Kickoff',
      ),
    ).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given(null, 'Bo', 'Li'),
      given(null, 'Ann', 'Lee'),
      given(null, 'Kim', 'Roe'),
    ]);
    // (Ann Lee is the person at ann.lee@, and the subject names no one.)
    expect(people('An: Smith, John; Ann Lee\r\nCc: bob@acme.com; ann.lee@acme.com\r\nBetreff: Jane Doe')).toEqual([
      given(null, 'John', 'Smith'),
      bare('bob@acme.com'),
      guessed('ann.lee@acme.com', 'Ann', 'Lee'),
    ]);
    // In French (a space before each colon, also a no-break one), Spanish and Dutch.
    expect(
      people(
        'De : Jane Doe <jane@acme.fr>\nEnvoyé\u00a0: mardi 24 novembre 2026 10:02\nÀ : Claire Martin <claire@acme.fr>\n' +
          'Cc : Marc Petit\nObjet : Réunion',
      ),
    ).toEqual([
      given('jane@acme.fr', 'Jane', 'Doe'),
      given('claire@acme.fr', 'Claire', 'Martin'),
      given(null, 'Marc', 'Petit'),
    ]);
    expect(
      people('De: Juan Pérez <juan@acme.es>\nEnviado el: martes, 24 de noviembre\nCC: María López\nAsunto: Reunión'),
    ).toEqual([given('juan@acme.es', 'Juan', 'Pérez'), given(null, 'María', 'López')]);
    expect(
      people(
        'Van: Jan de Vries <jan@acme.nl>\nVerzonden: dinsdag\nAan: Sanne de Boer\nCC: Pieter Bakker\nOnderwerp: Overleg',
      ),
    ).toEqual([
      given('jan@acme.nl', 'Jan', 'de Vries'),
      given(null, 'Sanne', 'de Boer'),
      given(null, 'Pieter', 'Bakker'),
    ]);
    // Swedish, Polish and Italian: a field's label beyond ASCII (`Ämne:`), and of one letter (`A:`).
    expect(people('Från: Jan <jan@acme.se>\nSkickat: tisdag\nTill: Anna Svensson\nÄmne: Möte')).toEqual([
      given('jan@acme.se', 'Jan', ''),
      given(null, 'Anna', 'Svensson'),
    ]);
    expect(
      people('Od: Jan <jan@acme.pl>\nWysłano: wtorek\nDo: Anna Kowalska\nDW: Piotr Nowak\nTemat: Spotkanie'),
    ).toEqual([given('jan@acme.pl', 'Jan', ''), given(null, 'Anna', 'Kowalska'), given(null, 'Piotr', 'Nowak')]);
    expect(
      people('Da: Mario <mario@acme.it>\nInviato: martedì\nA: Giulia Bianchi\nCc: Luca Verdi\nOggetto: Riunione'),
    ).toEqual([given('mario@acme.it', 'Mario', ''), given(null, 'Giulia', 'Bianchi'), given(null, 'Luca', 'Verdi')]);
    // A part of a field that names no one makes it no list of people.
    expect(people('To: John Smith; Sales Team\nCc: bob@acme.com')).toEqual([bare('bob@acme.com')]);
    // A field that ends with a name after the addresses it has (`…>; Kim, Min-jun`) is a list too.
    expect(
      people('From: Jane Doe\nTo: Doe, John\nCc: Lee, Bo <bo@acme.com>; Kim, Min-jun\nSubject: Re: Kickoff'),
    ).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Doe'),
      given('bo@acme.com', 'Bo', 'Lee'),
      given(null, 'Min-jun', 'Kim'),
    ]);
    expect(people('Write to Jane Doe <jane@acme.com>; she knows\nBo Li')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
    ]);
  });

  it('reads a meeting as Outlook prints it: its organizer and attendees, past its other fields', () => {
    expect(
      people(
        'Subject: Kickoff\nLocation: Room 1\nStart: Mon 11/30/2026 9:00 AM\nEnd: Mon 11/30/2026 10:00 AM\n' +
          'Recurrence: (none)\nOrganizer: Kim Roe\nRequired Attendees: Jane Doe; John Smith; bob@x.com\n' +
          'Optional Attendees: Ann Lee',
      ),
    ).toEqual([
      given(null, 'Kim', 'Roe'),
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
      bare('bob@x.com'),
      given(null, 'Ann', 'Lee'),
    ]);
    // A line of names and addresses parted by semicolons is a list however it starts; words are not.
    expect(people('Thanks Jane; write to bob@x.com\nBo Li')).toEqual([bare('bob@x.com')]);
  });

  it("reads a message's header copied with a tab after each label, as mail clients copy it, not as a table", () => {
    expect(
      people(
        'From:\tJane Doe <jane@acme.com>\nSent:\tMonday, November 23, 2026 9:14 AM\n' +
          'To:\tDoe, John <john@acme.com>; Smith, Ann <ann@acme.com>\nSubject:\tRe: Kickoff',
      ),
    ).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('john@acme.com', 'John', 'Doe'),
      given('ann@acme.com', 'Ann', 'Smith'),
    ]);
  });

  it("reads a meeting's guest list, whose words beside a name (Organizer) are no one's and make it no signature", () => {
    // Google Calendar's guests: a name over `Organizer` is not the name of the address under it.
    expect(people('Jane Doe\nOrganizer\njohn@acme.com\nAnn Lee\nann@acme.com\nBo Li\nOptional')).toEqual([
      given(null, 'Jane', 'Doe'),
      bare('john@acme.com'),
      given('ann@acme.com', 'Ann', 'Lee'),
      given(null, 'Bo', 'Li'),
    ]);
    // The word on the name's line (`Jane Doe - Organizer`) makes a list as well: the name over the
    // address is another guest's.
    expect(people('Jane Doe - Organizer\nJohn Smith\nann@acme.com')).toEqual([bare('ann@acme.com')]);
    // One that matches the address is still its name.
    expect(people('Jane Doe\nOrganizer\njane@acme.com\nJohn Smith\nOptional')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
    ]);
  });

  it("reads a meeting's participants whose role in brackets holds a comma", () => {
    // Zoom's participants panel: "(Host, me)"; and a name in `Last, First` order with its role.
    expect(people('Participants (3)\nJane Doe (Host, me)\nSmith, John (Guest)\nBo Li (Co-host, Guest)')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
      given(null, 'Bo', 'Li'),
    ]);
  });

  it("lists no one for an avatar's initials over a name, as Teams and Outlook show people", () => {
    expect(people('Participants (2)\nJD\nJane Doe (Organizer)\nBL\nBo Li')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'Bo', 'Li'),
    ]);
    // Among people with an address, a name over initials is still a name on a line of its own.
    expect(people('JD\nJane Doe\nBL\nBo Li\nbo@acme.com')).toEqual([
      given(null, 'Jane', 'Doe'),
      given('bo@acme.com', 'Bo', 'Li'),
    ]);
    // Initials that are not the next name's are a name as written.
    expect(people('Jane Doe\nJD\nBo Li')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'JD', ''),
      given(null, 'Bo', 'Li'),
    ]);
  });

  it('lists no one for a degree after a name in a list of names', () => {
    expect(people('Jane Doe, PhD\nJohn Roe, MBA, CPA\nMary Major, Jr.; Bo Li\nAnna Berg\nM.Sc.')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Roe'),
      given(null, 'Mary', 'Major'),
      given(null, 'Bo', 'Li'),
      given(null, 'Anna', 'Berg'),
    ]);
  });

  it("gives the role a table's role column names, as written, to the person with an address on that row", () => {
    const roles = (text: string) => parseRecipients(text).map((p) => [p.email, p.role]);
    expect(
      roles(
        'Email\tName\tRole\nada@x.io\tAda Lovelace\tAdministrator\nbob@x.io\tBob Stone\t \ncy@x.io\tCy Young\tViewer',
      ),
    ).toEqual([
      ['ada@x.io', 'Administrator'],
      ['bob@x.io', undefined],
      ['cy@x.io', 'Viewer'],
    ]);
    expect(roles('Full Name,Email Address,Access level\nAda Lovelace,ada@x.io,admin')).toEqual([['ada@x.io', 'admin']]);
    // The first role a person is given, whichever of their rows names them best.
    expect(roles('Email\tName\tRole\nADA@x.io\t\tMember\nada@x.io\tAda Lovelace\tAdmin')).toEqual([
      ['ADA@x.io', 'Member'],
    ]);
    // Without a header, a cell is no role.
    expect(roles('ada@x.io\tAda\tLovelace\tAdmin')).toEqual([['ada@x.io', undefined]]);
  });

  it('reads a surname written first in capitals, and degrees written with dots', () => {
    expect(people('DUPONT Jean-Pierre <jp@acme.fr>; DE LA CRUZ María <mc@acme.es>; AJ Smith <aj@acme.com>')).toEqual([
      given('jp@acme.fr', 'Jean-Pierre', 'DUPONT'),
      given('mc@acme.es', 'María', 'DE LA CRUZ'),
      given('aj@acme.com', 'AJ', 'Smith'),
    ]);
    // A name in capitals only is written as names are: its particles in lower case, initials and
    // numerals as written, a particle it was split before joined to the surname.
    expect(people('JANE DOE <jane@acme.com>; SMITH, JOHN <js@acme.com>')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('js@acme.com', 'John', 'Smith'),
    ]);
    expect(
      people(
        "ANNA VAN DER BERG <a@x.nl>; MARY-KATE O'NEIL <mk@x.ie>; RONALD MCDONALD <rm@x.com>; MARÍA DE LA CRUZ <m@x.es>; " +
          'JEAN LE PEN <j@x.fr>; AJ <aj@x.com>; J. R. TOLKIEN <jrr@x.uk>; JOHN LE <jl@x.vn>; ИВАН ПЕТРОВ <ip@x.ru>',
      ),
    ).toEqual([
      given('a@x.nl', 'Anna', 'van der Berg'),
      given('mk@x.ie', 'Mary-Kate', "O'Neil"),
      given('rm@x.com', 'Ronald', 'McDonald'),
      given('m@x.es', 'María', 'de la Cruz'),
      given('j@x.fr', 'Jean', 'Le Pen'),
      given('aj@x.com', 'AJ', ''),
      given('jrr@x.uk', 'J. R.', 'Tolkien'),
      given('jl@x.vn', 'John', 'Le'),
      given('ip@x.ru', 'Иван', 'Петров'),
    ]);
    expect(people('İBO YILDIZ <iy@x.tr>')).toEqual([given('iy@x.tr', 'İbo', 'Yildiz')]);
    expect(people('SELİN AKIN <sa@x.tr>')).toEqual([given('sa@x.tr', 'Selin', 'Akin')]);
    expect(people('Email\tFirst name\tLast name\nj@x.com\tMARIA DA\tSILVA')).toEqual([
      given('j@x.com', 'Maria', 'da Silva'),
    ]);
    // Also in a row's two name cells.
    expect(people('DUPONT\tJean\tjd@acme.fr\nAnna\tLEE\tal@acme.com')).toEqual([
      given('jd@acme.fr', 'Jean', 'DUPONT'),
      given('al@acme.com', 'Anna', 'LEE'),
    ]);
    expect(
      people('Hans Müller, M.Sc. <hm@acme.de>; Prof. Dr.-Ing. Eva Roth <er@acme.de>; Jo Li, Ph.D. <jl@x.io>'),
    ).toEqual([
      given('hm@acme.de', 'Hans', 'Müller'),
      given('er@acme.de', 'Eva', 'Roth'),
      given('jl@x.io', 'Jo', 'Li'),
    ]);
    // Several after a name without commas (the first had been kept in the name), British honours
    // and American credentials among them; an Austrian professor's title before it.
    expect(
      people('Dr Jane Doe MBE FRS <jane@x.ac.uk>; Bo Li PE <bo@x.com>; Univ.-Prof. Dr. Eva Huber <eva@x.at>'),
    ).toEqual([given('jane@x.ac.uk', 'Jane', 'Doe'), given('bo@x.com', 'Bo', 'Li'), given('eva@x.at', 'Eva', 'Huber')]);
    // The mark a German signature writes before the name of one who signs for the firm, in lower
    // case (each had named no one) or not.
    expect(
      people(
        'Mit freundlichen Grüßen\n\ni.A. Jürgen Schmidt\nVertrieb\nj.schmidt@firma.de\n\ni.V. Max Mustermann\nmm@firma.de\n\n' +
          'ppa. Anna Weber\nVertriebsleitung\naw@firma.de\n\nI.A. Eva Roth <er@firma.de>',
      ),
    ).toEqual([
      given('j.schmidt@firma.de', 'Jürgen', 'Schmidt'),
      given('mm@firma.de', 'Max', 'Mustermann'),
      given('aw@firma.de', 'Anna', 'Weber'),
      given('er@firma.de', 'Eva', 'Roth'),
    ]);
    // A German doctorate's field is its title's, in a signature too (`Dr. med.`), but only written
    // so after one: Phil and Nat are first names, and `Dr. med.` alone names no one.
    expect(
      people(
        'Dr. med. Hans Müller\nChefarzt\nhans.mueller@klinik.de\n\nProf. Dr. rer. nat. Eva Klein\neva.klein@uni.de\n\nDr. med. Roth\nroth@klinik.de\n\nDr. med.\nmed@klinik.de\n\nPhil Smith\nps@x.io\n\nDr. Nat Lee\nnl@x.io',
      ),
    ).toEqual([
      given('hans.mueller@klinik.de', 'Hans', 'Müller'),
      given('eva.klein@uni.de', 'Eva', 'Klein'),
      given('roth@klinik.de', '', 'Roth'),
      bare('med@klinik.de'),
      given('ps@x.io', 'Phil', 'Smith'),
      given('nl@x.io', 'Nat', 'Lee'),
    ]);
    // `Professor` written out before a name, as a British university's staff page does, is a
    // title; after one, or alone, or before `of`, it is a role.
    expect(
      people(
        'Professor Jane Doe\nDepartment of Physics\nEmail: jdoe@uni.ac.uk\n\nProfessor Bo Li\nbo.li@uni.ac.uk\n\n' +
          'Associate Professor\nProfessor of Chemistry\nProfessor\nchem@uni.ac.uk\n\nProfessor Smith <smith@uni.ac.uk>',
      ),
    ).toEqual([
      given('jdoe@uni.ac.uk', 'Jane', 'Doe'),
      given('bo.li@uni.ac.uk', 'Bo', 'Li'),
      bare('chem@uni.ac.uk'),
      given('smith@uni.ac.uk', '', 'Smith'),
    ]);
    expect(people('Professor Ann Lee\nProfessor')).toEqual([given(null, 'Ann', 'Lee')]);
  });

  it('takes a name after an address that starts its line, when it matches the address', () => {
    expect(people('jdoe@acme.com - Jane Doe\njsmith@acme.com: John Smith\nann@acme.com | Ann Lee')).toEqual([
      given('jdoe@acme.com', 'Jane', 'Doe'),
      given('jsmith@acme.com', 'John', 'Smith'),
      given('ann@acme.com', 'Ann', 'Lee'),
    ]);
    expect(people('support@acme.com - Office Hours\nWrite to jdoe@acme.com - Jane Doe')).toEqual([
      bare('support@acme.com'),
      bare('jdoe@acme.com'),
    ]);
    // Set off by spaces alone, and after an address in brackets, or as an RFC 5322 comment.
    expect(people('jane@acme.com Jane Doe\n<john@acme.com> John Smith\n<ann@acme.com> (Ann Lee)')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('john@acme.com', 'John', 'Smith'),
      given('ann@acme.com', 'Ann', 'Lee'),
    ]);
    // The rest of an address's line is never the next address's name above it, matching or not.
    expect(people('js@acme.com Jane Doe\njohn@acme.com\n<ann@acme.com> Jane Doe\n<li@acme.com>')).toEqual([
      bare('js@acme.com'),
      bare('john@acme.com'),
      bare('ann@acme.com'),
      bare('li@acme.com'),
    ]);
    expect(people('Write to jane@acme.com Jane Doe')).toEqual([bare('jane@acme.com')]);
  });

  it('takes the name on the line under an address alone on its line, when it matches the address', () => {
    // Address first, then the name: each its own, not the next address's name above it.
    expect(people('jane@acme.com\nJane Doe\njohn.smith@acme.com\r\nJohn Smith\r\n')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('john.smith@acme.com', 'John', 'Smith'),
    ]);
    // Not a line that does not match, nor one under an address inside a sentence.
    expect(people('jane@acme.com\nHead of Sales\n\nContact ann@acme.com\nAnn Lee')).toEqual([
      bare('jane@acme.com'),
      bare('ann@acme.com'),
    ]);
  });

  it('takes a name before a comma or a bar on the address line only when it matches the address', () => {
    expect(people('Jane Doe | jane@acme.com | +1 555')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    expect(people('Contact: Jane Doe, jane@acme.com')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    // In a list, the name before a comma is another person's: listed without an address.
    expect(people('jane@acme.com, John Smith, bob@x.io')).toEqual([
      bare('jane@acme.com'),
      given(null, 'John', 'Smith'),
      bare('bob@x.io'),
    ]);
  });

  it('takes the text of a Markdown or HTML link to the address when it reads as a name', () => {
    expect(
      people(
        '[Jane Doe](mailto:jane@acme.com), [John Smith](mailto:john@acme.com?subject=Hi) or [Email us](mailto:help@acme.com)',
      ),
    ).toEqual([given('jane@acme.com', 'Jane', 'Doe'), given('john@acme.com', 'John', 'Smith'), bare('help@acme.com')]);
    expect(
      people(
        '<a href="mailto:jane@acme.com">Jane Doe</a>, <A HREF=\'mailto:john@acme.com\' class="x">John Smith</A>\n' +
          '<a href="mailto:help@acme.com">Contact us</a>',
      ),
    ).toEqual([given('jane@acme.com', 'Jane', 'Doe'), given('john@acme.com', 'John', 'Smith'), bare('help@acme.com')]);
  });

  it('reads a line all in quotes as a person without an address, not as the name of the address under it', () => {
    // As `formatRecipients` writes someone without an address over someone without a name.
    expect(people('"Doe, Jane"\n<john@acme.com>')).toEqual([given(null, 'Jane', 'Doe'), bare('john@acme.com')]);
    expect(people('"Doe, Jane"\njohn@acme.com')).toEqual([given(null, 'Jane', 'Doe'), bare('john@acme.com')]);
    expect(people('"Jane Doe"\n"Smith, John" <john@acme.com>')).toEqual([
      given(null, 'Jane', 'Doe'),
      given('john@acme.com', 'John', 'Smith'),
    ]);
    // Quotes without a letter in them name no one, nor do those around an `@` that is no address.
    expect(people('"<"\n"!!"; "123"\n"李"')).toEqual([given(null, '李', '')]);
    expect(people('"Jane Doe x@y"; "Bo Li"')).toEqual([given(null, 'Bo', 'Li')]);
  });

  it('reads full names parted by commas before an address as a list, not as its row', () => {
    expect(people('Attendees: Jane Doe, John Smith, ann.lee@acme.com')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
      guessed('ann.lee@acme.com', 'Ann', 'Lee'),
    ]);
    expect(people('Jane Doe, John Smith, PhD, ann@acme.com, bob@x.io')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
      bare('ann@acme.com'),
      bare('bob@x.io'),
    ]);
    // A row's name, then its address and more cells; a sentence; one person's row.
    expect(people('Robert Brown, bob@x.io, New York\nJane Doe, jd2@acme.com, San Francisco')).toEqual([
      given('bob@x.io', 'Robert', 'Brown'),
      given('jd2@acme.com', 'Jane', 'Doe'),
    ]);
    expect(people('Hi Jane, see ann@acme.com')).toEqual([bare('ann@acme.com')]);
    expect(people('John Smith, ann@acme.com')).toEqual([given('ann@acme.com', 'John', 'Smith')]);
  });

  it('takes no name from a row without a header that shares no word with an address that names someone else', () => {
    expect(people('John Smith\tann.lee@acme.com\nBob Stone\tbob.stone@x.io')).toEqual([
      guessed('ann.lee@acme.com', 'Ann', 'Lee'),
      given('bob.stone@x.io', 'Bob', 'Stone'),
    ]);
    // A name that shares a word with it is the row's (a name changed by marriage), and a header says whose it is.
    expect(people('Jane Doe, jane.miller@acme.com')).toEqual([given('jane.miller@acme.com', 'Jane', 'Doe')]);
    expect(people('Email\tName\nann.lee@acme.com\tJohn Smith')).toEqual([given('ann.lee@acme.com', 'John', 'Smith')]);
  });

  it('reads a name written surname first without a comma in the order its address writes it', () => {
    expect(people('Smith John <john.smith@acme.com>; Li Wei <wei.li@acme.com>; Roe Kim (kroe@acme.com)')).toEqual([
      given('john.smith@acme.com', 'John', 'Smith'),
      given('wei.li@acme.com', 'Wei', 'Li'),
      given('kroe@acme.com', 'Kim', 'Roe'),
    ]);
    expect(people('Doe Jane\tjane.doe@acme.com')).toEqual([given('jane.doe@acme.com', 'Jane', 'Doe')]);
    // A given name's hyphen left out of the address.
    expect(people('Kim Min-jun <minjun.kim@x.kr>')).toEqual([given('minjun.kim@x.kr', 'Min-jun', 'Kim')]);
    expect(people('Full name\tEmail\nSmith John\tjohn_smith@acme.com')).toEqual([
      given('john_smith@acme.com', 'John', 'Smith'),
    ]);
    // Not where the order is written: a comma, a column for each part; nor where one word of the
    // address does not tell it.
    expect(people('Doe, Jane <doe.jane@acme.com>')).toEqual([given('doe.jane@acme.com', 'Jane', 'Doe')]);
    expect(people('First\tLast\tEmail\nSmith\tJohn\tjohn.smith@acme.com')).toEqual([
      given('john.smith@acme.com', 'Smith', 'John'),
    ]);
    expect(people('Doe Jane <jane@acme.com>')).toEqual([given('jane@acme.com', 'Doe', 'Jane')]);
    // Over its address, the name so written is no other person's (Smith John had been one too).
    expect(people('Smith John\njohn.smith@acme.com')).toEqual([given('john.smith@acme.com', 'John', 'Smith')]);
    // A name in Cyrillic letters, by the address that writes them in Latin ones (the last two had
    // been turned around), a given name written more ways than one by its first letter.
    expect(
      people(
        'Иванов Иван Иванович <ivan.ivanov@x.ru>; Щукина Юлия <yulia.shchukina@x.ru>; Хабибуллин Рустам <rkhabibullin@x.ru>',
      ),
    ).toEqual([
      given('ivan.ivanov@x.ru', 'Иван Иванович', 'Иванов'),
      given('yulia.shchukina@x.ru', 'Юлия', 'Щукина'),
      given('rkhabibullin@x.ru', 'Рустам', 'Хабибуллин'),
    ]);
    // And matches its address as a name in Latin letters does: a signature's name four lines up
    // (the address's guess, in Latin letters, had been taken instead).
    expect(people('Смирнова Анна\nМенеджер по продажам\nООО Ромашка\n+7 495 123-45-67\nanna.smirnova@x.ru')).toEqual([
      given('anna.smirnova@x.ru', 'Анна', 'Смирнова'),
    ]);
  });

  it("takes no name for an address from a site's links above it", () => {
    expect(people('Home\nAbout Us\nContact Us\njd@acme.com')).toEqual([bare('jd@acme.com')]);
    expect(people('- Home\n- About Us\n- Our Team\n- Contact: info@acme.com')).toEqual([bare('info@acme.com')]);
    expect(people('Read More\njd@acme.com\nOffice Hours: ann@acme.com')).toEqual([
      bare('jd@acme.com'),
      bare('ann@acme.com'),
    ]);
    expect(people('View Profile\njane.doe@acme.com')).toEqual([guessed('jane.doe@acme.com', 'Jane', 'Doe')]);
    // The name above a link is the person's; a link among addressed people is no one without one.
    expect(people('Jane Doe\nRead More\njane@acme.com\nJohn Smith\njohn@acme.com\nRead More')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('john@acme.com', 'John', 'Smith'),
    ]);
    expect(people('- Jane Doe\n- Learn More\n- john@acme.com')).toEqual([
      given(null, 'Jane', 'Doe'),
      bare('john@acme.com'),
    ]);
  });

  it('takes no name for an address from the place written above it', () => {
    expect(people('Berlin, Germany\njane@acme.com')).toEqual([bare('jane@acme.com')]);
    expect(people('Our office\nNew York, NY\ninfo@acme.com')).toEqual([bare('info@acme.com')]);
    expect(people('Greater London\nj.smith@acme.com')).toEqual([bare('j.smith@acme.com')]);
    expect(people('London, United Kingdom\njohn.smith@acme.com')).toEqual([
      guessed('john.smith@acme.com', 'John', 'Smith'),
    ]);
    // The name above the place is the person's, and the place no one's.
    expect(people('Jane Doe\nBerlin, Germany\njane@acme.com')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    // A place of two words beside or under a name is no one (New York had been a person, and
    // `Jane Doe, New York, NY` no one).
    expect(people('Jane Doe, New York, NY\nBo Li, San Francisco\nHong Kong')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'Bo', 'Li'),
    ]);
    expect(people('Ann Lee (ann@acme.com)\nLos Angeles')).toEqual([given('ann@acme.com', 'Ann', 'Lee')]);
    // Nor a word alone beside a full name in a list's item: a city's or a company's (London had
    // been a person); first names alone are still people.
    expect(people('Jane Doe, London\nBo Li, Acme\nAnn, Tom, Kim')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'Bo', 'Li'),
      given(null, 'Ann', ''),
      given(null, 'Tom', ''),
      given(null, 'Kim', ''),
    ]);
  });

  it("takes no name for an address from its company's name, which the address's domain spells, and the person's above it", () => {
    // The company's name had been the person's (first name Acme, last name Labs), or a person of its own.
    expect(people('Acme Labs <ecarter@acmelabs.org>')).toEqual([bare('ecarter@acmelabs.org')]);
    expect(people('AT&T <jsmith12@att.com>; Globex <bli@globex.com>')).toEqual([
      bare('jsmith12@att.com'),
      bare('bli@globex.com'),
    ]);
    expect(people('Acme Labs <emily.carter@acmelabs.org>')).toEqual([
      guessed('emily.carter@acmelabs.org', 'Emily', 'Carter'),
    ]);
    expect(people('Acme Labs, ecarter@acmelabs.org\nBo Li, bo@x.com')).toEqual([
      bare('ecarter@acmelabs.org'),
      given('bo@x.com', 'Bo', 'Li'),
    ]);
    expect(people('Acme Labs\tEmily Carter\tecarter@acmelabs.org\nGlobex\tBo Li\tbli@globex.com')).toEqual([
      given('ecarter@acmelabs.org', 'Emily', 'Carter'),
      given('bli@globex.com', 'Bo', 'Li'),
    ]);
    // A signature: the name over the company (which had been a person without an address), or
    // beside it (read as `Last, First`), or over a line of the company or the site and the address
    // (which had named no one, or the company).
    expect(people('Emily Carter\nAcme Labs\necarter@acmelabs.org')).toEqual([
      given('ecarter@acmelabs.org', 'Emily', 'Carter'),
    ]);
    expect(people('Emily Carter, Acme Labs\necarter@acmelabs.org')).toEqual([
      given('ecarter@acmelabs.org', 'Emily', 'Carter'),
    ]);
    expect(people('Emily Carter, Acme Labs <ecarter@acmelabs.org>')).toEqual([
      given('ecarter@acmelabs.org', 'Emily', 'Carter'),
    ]);
    // (A company of one word too: Jane Doe, Acme had been first name Acme, last name Jane Doe.)
    expect(people('Jane Doe, Acme <jane@acme.com>')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    // Or before it and a separator or a word that joins them, when it matches the address.
    expect(
      people(
        'Emily Carter - Acme Labs <ecarter@acmelabs.org>; Bo Li | Globex Corp <bli@globexcorp.com>; ' +
          'Kim Roe from Initech <kroe@initech.io>',
      ),
    ).toEqual([
      given('ecarter@acmelabs.org', 'Emily', 'Carter'),
      given('bli@globexcorp.com', 'Bo', 'Li'),
      given('kroe@initech.io', 'Kim', 'Roe'),
    ]);
    expect(people('Ann Lee | Acme Labs <jsmith@acmelabs.org>')).toEqual([bare('jsmith@acmelabs.org')]);
    for (const line of [
      'Acme Labs | ecarter@acmelabs.org | +1 555 123 4567',
      'www.acmelabs.org | ecarter@acmelabs.org',
    ])
      expect(people(`Dr. Emily Carter, PhD\nDirector of Research\n${line}`)).toEqual([
        given('ecarter@acmelabs.org', 'Emily', 'Carter'),
      ]);
    expect(people('Emily Carter\nAcme Labs · ecarter@acmelabs.org')).toEqual([
      given('ecarter@acmelabs.org', 'Emily', 'Carter'),
    ]);
    // Over an address that does not name her, the company's line is no second name that would
    // make a list of the two (each had been a person without an address, and the address no one's).
    expect(people('Jane Doe\nAcme Labs\nbob@acmelabs.com')).toEqual([given('bob@acmelabs.com', 'Jane', 'Doe')]);
    // Nor a company's word alone on its shared mailbox (each had been a first name), nor its site's
    // address (`Amazon.com`).
    expect(
      people(
        'Stripe <support@stripe.com>, Acme <info@acme.com>, Team Acme <team@acme.com>, Amazon.com <orders@amazon.com>',
      ),
    ).toEqual([bare('support@stripe.com'), bare('info@acme.com'), bare('team@acme.com'), bare('orders@amazon.com')]);
    // A person's own domain spells their name: an address that names them, their initials, a
    // short or a shared mailbox's keep it.
    expect(
      people(
        'Jane Doe <jane@janedoe.com>, Jane Doe <jd@janedoe.com>, Jane Doe <jad@janedoe.com>, Jane Doe <me@janedoe.com>, Jane Doe <info@janedoe.com>',
      ),
    ).toEqual([
      given('jane@janedoe.com', 'Jane', 'Doe'),
      given('jd@janedoe.com', 'Jane', 'Doe'),
      given('jad@janedoe.com', 'Jane', 'Doe'),
      given('me@janedoe.com', 'Jane', 'Doe'),
      given('info@janedoe.com', 'Jane', 'Doe'),
    ]);
  });

  it('lists the items of a bulleted or numbered list that name a person without an address, among items with one', () => {
    expect(people('Please invite:\n- Jane Doe\n- john@acme.com\n- Ann Lee <ann@acme.com>\n- Bob Stone')).toEqual([
      given(null, 'Jane', 'Doe'),
      bare('john@acme.com'),
      given('ann@acme.com', 'Ann', 'Lee'),
      given(null, 'Bob', 'Stone'),
    ]);
    expect(people('  1. Doe, Jane\r\n  2. john@acme.com\r\n\r\n  3. Bob Stone')).toEqual([
      given(null, 'Jane', 'Doe'),
      bare('john@acme.com'),
      given(null, 'Bob', 'Stone'),
    ]);
    expect(people('• Jane Doe\n• <john@acme.com>')).toEqual([given(null, 'Jane', 'Doe'), bare('john@acme.com')]);
    // An item's name over its address is that address's; a name an addressed item has is theirs.
    expect(people('- Jane Doe\n  jd@acme.com\n- Max Power\n- Jane Doe <jd@acme.com>')).toEqual([
      given('jd@acme.com', 'Jane', 'Doe'),
      given(null, 'Max', 'Power'),
    ]);
    // Not a list of offices or tasks whose item holds an address in words, nor a list apart from
    // the address, nor an item that is no person's full name.
    expect(people('Offices:\n- New York\n- San Francisco\n- Contact: john@acme.com')).toEqual([bare('john@acme.com')]);
    expect(people('1. Quarterly Review\n2. Budget Planning\n3. Send the invitations to john@acme.com')).toEqual([
      bare('john@acme.com'),
    ]);
    expect(people('- New York\n- San Francisco\n\nWrite to john@acme.com')).toEqual([bare('john@acme.com')]);
    expect(people('- Sales Team\n- Jane\n- john@acme.com')).toEqual([bare('john@acme.com')]);
    // Items of a full name and its address in round brackets or after a dash are a list of people
    // (the name alone had been dropped); an office's name and its address are not.
    expect(people('1. Jane Doe – jane@acme.com\n2. Bo Li (bo@acme.com)\n3. Ann Lee')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('bo@acme.com', 'Bo', 'Li'),
      given(null, 'Ann', 'Lee'),
    ]);
    expect(people('- New York office (ny@acme.com)\n- Ann Lee')).toEqual([bare('ny@acme.com')]);
  });

  it('lists a person written without an address among display names with addresses', () => {
    // Between two addresses in brackets, on lines or after semicolons; before the first and after
    // the last on their line.
    expect(people('Jane Doe <jane@acme.com>\nJohn Smith\nMax Mustermann <max@acme.de>')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
      given('max@acme.de', 'Max', 'Mustermann'),
    ]);
    expect(
      people('To: Anna van der Berg; Jane Doe <jane@acme.com>; John Smith; Max Mustermann <max@acme.de>; Li Wei'),
    ).toEqual([
      given(null, 'Anna', 'van der Berg'),
      given('jane@acme.com', 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
      given('max@acme.de', 'Max', 'Mustermann'),
      given(null, 'Li', 'Wei'),
    ]);
    // Not what is no person's full name (a team, a title, a greeting, a line of a message's
    // header), nor a name an address already has, nor anything past the last address's line, nor
    // what follows an address on its line without a separator (the address's own name when it
    // matches it, else no one's).
    expect(people('<jane@acme.com> Jane Doe')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    expect(people('<jane@acme.com> John Smith')).toEqual([bare('jane@acme.com')]);
    expect(
      people(
        'From: Jane Doe <jane@acme.com>, Head of Sales\nSent: Tuesday, March 3, 2026\nSales Team\nBest regards\nMarketing\n' +
          'John Smith\nTo: John Smith <john@acme.com>; Max Mustermann <max@acme.de> wrote:\nAnna Lee',
      ),
    ).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('john@acme.com', 'John', 'Smith'),
      given('max@acme.de', 'Max', 'Mustermann'),
    ]);
  });

  it('lists people written without an address among addresses without brackets, parted by semicolons', () => {
    // Outlook's To: line copied with some recipients resolved to their names alone.
    expect(people('Doe, Jane; Smith, John; bob@x.io; ann@x.io')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
      bare('bob@x.io'),
      bare('ann@x.io'),
    ]);
    expect(people('To: bob@x.io; John Smith; Jane Doe <jane@acme.com>; Ann Lee')).toEqual([
      bare('bob@x.io'),
      given(null, 'John', 'Smith'),
      given('jane@acme.com', 'Jane', 'Doe'),
      given(null, 'Ann', 'Lee'),
    ]);
    expect(people('jane@acme.com | John Smith | bob@x.io')).toEqual([
      bare('jane@acme.com'),
      given(null, 'John', 'Smith'),
      bare('bob@x.io'),
    ]);
    // Not without a semicolon or a bar after the address (prose), nor what is no person's name.
    expect(
      people('jane@acme.com is our contact; John Smith handles billing\nbob@x.io, who knows Ann Lee, li@x.io'),
    ).toEqual([bare('jane@acme.com'), bare('bob@x.io'), bare('li@x.io')]);
    expect(people('jane@acme.com; Sales Team; Best regards')).toEqual([bare('jane@acme.com')]);
  });

  it('reads an address again amid the same text as before only where its list went on to it as before', () => {
    // The second `a@b.co` stands amid the same text as the first, but only the second `p@x.io`
    // is reached by a comma list, whose names after it are then read to the line's end.
    expect(people('p@x.io, Tom Poe\na@b.co\nq@x.io, p@x.io, Tom Poe\na@b.co\n')).toEqual([
      bare('p@x.io'),
      bare('a@b.co'),
      bare('q@x.io'),
      given(null, 'Tom', 'Poe'),
    ]);
  });

  it('lists people written without an address among addresses without brackets, parted by commas', () => {
    expect(people('Jane Doe, john@acme.com, Ann Lee, bob@x.io, Tom Poe')).toEqual([
      given(null, 'Jane', 'Doe'),
      bare('john@acme.com'),
      given(null, 'Ann', 'Lee'),
      bare('bob@x.io'),
      given(null, 'Tom', 'Poe'),
    ]);
    expect(people('jane@x.io, Ann Lee, John Roe, Bob Poe <bob@x.io>')).toEqual([
      bare('jane@x.io'),
      given(null, 'Ann', 'Lee'),
      given(null, 'John', 'Roe'),
      given('bob@x.io', 'Bob', 'Poe'),
    ]);
    // A name beside an address that matches it is its name, before or after it.
    expect(people('Jane Doe, jane@acme.com, John Smith, john@acme.com')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('john@acme.com', 'John', 'Smith'),
    ]);
    expect(people('jane@acme.com, Jane Doe, john@acme.com, John Smith')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('john@acme.com', 'John', 'Smith'),
    ]);
    // After a list's label, a line is a list, not one person's row: no one takes a name beside them.
    expect(people('To: Jane Doe, john@acme.com, Ann Lee')).toEqual([
      given(null, 'Jane', 'Doe'),
      bare('john@acme.com'),
      given(null, 'Ann', 'Lee'),
    ]);
    expect(people('To: Jane Doe, jane@acme.com, Ann Lee')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given(null, 'Ann', 'Lee'),
    ]);
    expect(people('Cc: Jane Doe, john@acme.com')).toEqual([given(null, 'Jane', 'Doe'), bare('john@acme.com')]);
    expect(people('Attendees: Jane Doe, john@acme.com, Ann Lee\nOrganizer: bob@x.io')).toEqual([
      given(null, 'Jane', 'Doe'),
      bare('john@acme.com'),
      given(null, 'Ann', 'Lee'),
      bare('bob@x.io'),
    ]);
    // Commas part the names before and after a display name: the display name is the last item,
    // or the last two when the last is one word (a name written last name first), or the quoted one.
    expect(people('Ann Lee <ann@x.io>, Jane Doe, Tom Poe')).toEqual([
      given('ann@x.io', 'Ann', 'Lee'),
      given(null, 'Jane', 'Doe'),
      given(null, 'Tom', 'Poe'),
    ]);
    expect(people('Jane Doe, Tom Poe; ann@x.io')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'Tom', 'Poe'),
      bare('ann@x.io'),
    ]);
    expect(people('Jane Doe, Tom Poe, Ann Lee <x9@x.io>')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'Tom', 'Poe'),
      given('x9@x.io', 'Ann', 'Lee'),
    ]);
    expect(people('bob@x.io, Jane Doe, Ann Lee <x9@x.io>')).toEqual([
      bare('bob@x.io'),
      given(null, 'Jane', 'Doe'),
      given('x9@x.io', 'Ann', 'Lee'),
    ]);
    expect(people('Jane Doe, García Márquez, Gabriel <gg@x.io>')).toEqual([
      given(null, 'Jane', 'Doe'),
      given('gg@x.io', 'Gabriel', 'García Márquez'),
    ]);
    expect(people('Jane Doe, "Lee, Ann" <ann@x.io>')).toEqual([
      given(null, 'Jane', 'Doe'),
      given('ann@x.io', 'Ann', 'Lee'),
    ]);
    expect(people('Hi all, Doe, Jane <jane@x.io>')).toEqual([given('jane@x.io', 'Jane', 'Doe')]);
    // Outlook's list with commas for semicolons: one comma in each name.
    expect(people('Doe, Jane <jane@x.io>, Smith, John <john@x.io>')).toEqual([
      given('jane@x.io', 'Jane', 'Doe'),
      given('john@x.io', 'John', 'Smith'),
    ]);
    // A degree after a first name is no one's first name.
    expect(people('ann@x.io; Jane, PhD; bob@x.io')).toEqual([bare('ann@x.io'), bare('bob@x.io')]);
    // The last item joined by `and` (or `&`), with a comma before it or not.
    expect(people('Hi Jane,\nplease invite john@acme.com, Ann Lee and bob@x.io.')).toEqual([
      bare('john@acme.com'),
      given(null, 'Ann', 'Lee'),
      bare('bob@x.io'),
    ]);
    expect(people('Jane Doe, John Smith, and ann@acme.com')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
      bare('ann@acme.com'),
    ]);
    expect(people('ann@acme.com; Jane Doe & Tom Poe; bob@x.io')).toEqual([
      bare('ann@acme.com'),
      given(null, 'Jane', 'Doe'),
      given(null, 'Tom', 'Poe'),
      bare('bob@x.io'),
    ]);
    // The first name after the words of a sentence: no one takes the second's name.
    expect(people('Please invite Jane Doe, John Smith, ann@acme.com')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
      bare('ann@acme.com'),
    ]);
    expect(people('Thanks Jane Doe, John Smith, ann@acme.com')).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'John', 'Smith'),
      bare('ann@acme.com'),
    ]);
    expect(people('Invite Jane Doe, john@acme.com and Ann Lee')).toEqual([
      given(null, 'Jane', 'Doe'),
      bare('john@acme.com'),
      given(null, 'Ann', 'Lee'),
    ]);
    // One name before one address is no list, and "Invite" no one's name.
    expect(people('Invite Jane Doe, ann@acme.com')).toEqual([bare('ann@acme.com')]);
    expect(people('Jane Doe and ann@acme.com')).toEqual([bare('ann@acme.com')]);
    // Prose, and one person's row, list no one.
    expect(people('Email jane@acme.com, or call John Smith, bob@x.io')).toEqual([
      bare('jane@acme.com'),
      bare('bob@x.io'),
    ]);
    expect(people('jane@acme.com, John Smith handles billing, bob@x.io')).toEqual([
      bare('jane@acme.com'),
      bare('bob@x.io'),
    ]);
    expect(people('Robert Brown, bob@x.io, New York')).toEqual([given('bob@x.io', 'Robert', 'Brown')]);
    expect(people('Met bob@x.io, New York office\nand ann@x.io')).toEqual([bare('bob@x.io'), bare('ann@x.io')]);
  });

  it("reads a signature's line parted by bars as one person, its city no other one", () => {
    expect(people('Jane Doe | Head of Sales | <jane@acme.com> | San Francisco')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
    ]);
    expect(people('Jane Doe <jane@acme.com> | Acme Corp | New York')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    expect(people('Call 555-0100 | john.smith@acme.com | Acme Corp | New York')).toEqual([
      guessed('john.smith@acme.com', 'John', 'Smith'),
    ]);
  });

  it('reads a name without an address before a display name in a list as another person, when the address says so', () => {
    // `Last, First` would make one person of the two, last name "John Smith": the address names
    // the words after the comma (one of them, or their initials) and none before it.
    expect(people('John Smith, Jane Doe <jd@acme.com>')).toEqual([
      given(null, 'John', 'Smith'),
      given('jd@acme.com', 'Jane', 'Doe'),
    ]);
    expect(people('To: John Smith, Jane Doe <jane.doe@acme.com>, Max Mustermann <max@acme.de>')).toEqual([
      given(null, 'John', 'Smith'),
      given('jane.doe@acme.com', 'Jane', 'Doe'),
      given('max@acme.de', 'Max', 'Mustermann'),
    ]);
    expect(people('John Smith, Jane Doe (jd@acme.com)\nJohn Smith, Jane Doe [mailto:jd@acme.com]')).toEqual([
      given(null, 'John', 'Smith'),
      given('jd@acme.com', 'Jane', 'Doe'),
    ]);
    // One person: the address names the part before the comma (accents aside), or no part alone,
    // or a side is one word or holds a particle, or the name is quoted.
    expect(people('García Márquez, Gabriel José <gabriel.garcia@acme.es>')).toEqual([
      given('gabriel.garcia@acme.es', 'Gabriel José', 'García Márquez'),
    ]);
    expect(people('García Márquez, Gabriel José <ggm@acme.es>')).toEqual([
      given('ggm@acme.es', 'Gabriel José', 'García Márquez'),
    ]);
    expect(people('De la Cruz, Juan Pablo <jp@acme.mx>')).toEqual([given('jp@acme.mx', 'Juan Pablo', 'De la Cruz')]);
    expect(people('Doe, Jane Ann <jad@acme.com>')).toEqual([given('jad@acme.com', 'Jane Ann', 'Doe')]);
    expect(people('"John Smith, Jane Doe" <jd@acme.com>')).toEqual([given('jd@acme.com', 'Jane Doe', 'John Smith')]);
  });

  it('takes the name before "at" in prose when it matches the address', () => {
    expect(people('Contact Jane Doe at jane@acme.com or John Smith at john.smith@acme.com.')).toEqual([
      given('jane@acme.com', 'Jane', 'Doe'),
      given('john.smith@acme.com', 'John', 'Smith'),
    ]);
    expect(people('Please reach our CFO, Jane Doe, at doe@acme.com with questions.')).toEqual([
      given('doe@acme.com', 'Jane', 'Doe'),
    ]);
    expect(people('You can write to Anna van der Berg at anna@acme.nl, or Jane Q. Doe via jane@acme.com.')).toEqual([
      given('anna@acme.nl', 'Anna', 'van der Berg'),
      given('jane@acme.com', 'Jane Q.', 'Doe'),
    ]);
    expect(people('Sie erreichen Hans Müller unter hans@acme.de.')).toEqual([given('hans@acme.de', 'Hans', 'Müller')]);
    // Not a verb that starts the sentence, nor the sentence before; not a name that is not the address's.
    expect(people('We met at ACME. Call Jane Doe at jane@acme.com')).toEqual([given('jane@acme.com', 'Jane', 'Doe')]);
    expect(people('Questions? Ask Jane at jane@acme.com. Contact Jane Doe at bob@acme.com')).toEqual([
      bare('jane@acme.com'),
      bare('bob@acme.com'),
    ]);
    expect(people('For sales, email the team at sales@acme.com.')).toEqual([bare('sales@acme.com')]);
  });

  it('reads a line of a megabyte of names joined by "and" as no list, without running out of stack', () => {
    // (Each name was read a call deeper than the one after it: it threw a RangeError.)
    expect(people(`${'Jane Doe and '.repeat(80_000)}Bo Li`)).toEqual([]);
    expect(people(`${'Jane Doe, Bo Li and '.repeat(50_000)}Kim Roe`)).toEqual([]);
    // Lines of their own are read as ever.
    expect(people('Jane Doe and Bo Li\n'.repeat(50_000))).toEqual([
      given(null, 'Jane', 'Doe'),
      given(null, 'Bo', 'Li'),
    ]);
  });

  it('takes the name that ends a sentence before a dash or a colon when it matches the address', () => {
    expect(people('Contact Raj Patel - raj@contoso.com')).toEqual([given('raj@contoso.com', 'Raj', 'Patel')]);
    expect(people('Please add Raj Patel – raj@contoso.com to the board.')).toEqual([
      given('raj@contoso.com', 'Raj', 'Patel'),
    ]);
    expect(people('Please add Raj Patel: raj@contoso.com')).toEqual([given('raj@contoso.com', 'Raj', 'Patel')]);
    expect(people('Contact Raj Patel: raj@contoso.com')).toEqual([given('raj@contoso.com', 'Raj', 'Patel')]);
    // Not a name that is not the address's, nor words that end no sentence with a name.
    expect(people('Contact Raj Patel - bob@contoso.com')).toEqual([bare('bob@contoso.com')]);
    expect(people('I told Raj Patel about it: raj@contoso.com')).toEqual([bare('raj@contoso.com')]);
    expect(people('Meeting notes - raj@contoso.com')).toEqual([bare('raj@contoso.com')]);
  });
});

describe('headerColumn', () => {
  // Each is turned down by its first three characters before it is lowered (`HEADER_STARTS`): the
  // header's names in any case, with its spaces doubled, tabs, or a space beyond ASCII, and those
  // before an address's column.
  it.each([
    ['Email', 'email'],
    [' E-MAIL ', 'email'],
    ['Work  Email', 'email'],
    ['GUEST e-mail', 'email'],
    ['E-mail 2 Address', 'email'],
    ['E-mail 1 - Value', 'email'],
    ['Email (primary)', 'email'],
    ['Ad  Soyad', 'full'],
    ['ad\tsoyad', 'full'],
    ['Full\u00a0Name', 'full'],
    ['FIRST_NAME', 'first'],
    ['Nom', 'last'],
    ['Prénom', 'first'],
    ['Фамилия', 'last'],
    ['\u00a0ЭЛ. ПОЧТА', 'email'],
    ['名', 'first'],
    ['Role', 'role'],
  ])('%j names the column %s', (cell, column) => {
    expect(headerColumn(cell)).toBe(column);
  });

  it.each([
    'Jane Doe',
    'Account Manager',
    'Emanuel',
    'Maia',
    'Work',
    'Home email address book',
    'x',
    '',
    'Нело Канело',
  ])('%j names no column', (cell) => {
    expect(headerColumn(cell)).toBeUndefined();
  });
});

describe('decodeCharacterReferences', () => {
  it.each([
    ['&lt;a&gt; &quot;b&quot; &apos;c&apos; &amp;amp; &LT;', '<a> "b" \'c\' &amp; <'],
    ['&eacute;&Ccedil;&scaron;&aogon;&odblac;&Idot;&szlig;&oslash;&lstrok;', 'éÇšąőİßøł'],
    ['&#64;&#x40;&#X40;&#128512;', '@@@😀'],
    // Stands for no character: left as written.
    ['&#0; &#xD800; &#1114112; &qacute; &bogus; &; & lt;', '&#0; &#xD800; &#1114112; &qacute; &bogus; &; & lt;'],
  ])('%j', (text, decoded) => {
    expect(decodeCharacterReferences(text)).toBe(decoded);
  });

  it('gives back the same string when there is nothing to decode', () => {
    const text = 'Jane Doe <jane@acme.com>';
    expect(decodeCharacterReferences(text)).toBe(text);
  });
});
