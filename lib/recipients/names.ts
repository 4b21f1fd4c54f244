import {
  codeAt,
  foldCase,
  foldLetter,
  holdsFrom,
  isAsciiLetter,
  isCapital,
  isCaselessLetter,
  isDigit,
  isLetterOrMark,
  isSmallLetterOrMark,
  isTrimCode,
  startsNameWord,
} from './address-rules';
import { inFamilyFirstScript, inHangul, isFamilyFirstCode } from '../full-name';
import { cjkFamilyLength } from './cjk-families';
import { HASH_START, hashStep } from './hashing';
import { atIndex, isLocalSeparator, isNoReply, localEnd } from './local-part';
import { recipient } from './person';
import type { NameSource, Recipient } from './types';

/** The longest text read as one name: `looksLikeName` takes no more, and its quick paths read no more. */
export const MAX_NAME = 80;

/** Lowercase words that belong to the last name that follows them (Anna van der Berg). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'los',
  'las',
  'della',
  'degli',
  'di',
  'da',
  'dos',
  'das',
  'do',
  'du',
  'la',
  'le',
  'lo',
  'ter',
  'ten',
  'zu',
  'zum',
  'zur',
  'bin',
  'binti',
  'binte',
  'bint',
  'ibn',
  'al',
  'el',
  'st.',
  "d'",
]);
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'herr',
  'frau',
  'mme',
  'mlle',
  'm',
  'rev',
  'dr.-ing',
  'dipl.-ing',
  'dipl.-kfm',
  'univ.-prof',
  'mag',
  'dott',
  'dott.ssa',
  'ing',
  'avv',
  // Spanish, Italian, Dutch and Scandinavian forms of address: Sr. Juan Pérez, Sig.ra Rossi,
  // Dhr. de Vries.
  'sr',
  'sra',
  'srta',
  'sig.ra',
  // Spanish ones of degree and respect, as Latin American offices write them: Lic. Juan Pérez,
  // Dra. Ana Ruiz, Ing. (above), Arq., Mtro., Dña. María García.
  'dra',
  'lic',
  'lcdo',
  'lcda',
  'arq',
  'mtro',
  'mtra',
  'dña',
  'doña',
  'dhr',
  'mevr',
  'hr',
  'fr',
  // What a German signature writes before the name of one who signs for the firm: `i.A. Jürgen
  // Schmidt` (on its behalf), `i.V.` (standing in), `ppa.` (with its power of attorney).
  'i.a',
  'i.v',
  'ppa',
  // Written out in full before a name, as British universities do (`Professor Jane Doe`); a role
  // of its own elsewhere (`Jane Doe, Professor`, `Associate Professor`).
  'professor',
]);
/**
 * Titles that are also names or words (`Ing`, `Fr`, `Sr` after a name): titles only with their dot
 * (`Ing. Pavel Novák`).
 */
const DOTTED_TITLES = new Set(['ing', 'fr', 'hr', 'sr']);
/** What may follow a name (after a comma or not): generations, degrees, honours. */
const SUFFIXES = new Set([
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'phd',
  'md',
  'esq',
  'mba',
  'cpa',
  'cfa',
  'mbe',
  'obe',
  'cbe',
  'kbe',
  'dds',
  'dvm',
  'rn',
  'msc',
  'bsc',
  // British honours and fellowships, and the credentials American signatures write after a name.
  'dbe',
  'frs',
  'freng',
  'fba',
  'qc',
  'kc',
  'mp',
  'pmp',
  'pe',
  'cfp',
  'mph',
]);
/** The greetings written before a name ("Hi Jane", "Dear Jane"), in lower case. */
const GREETINGS = ['hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'greetings', 'hallo', 'bonjour', 'hola', 'ciao'];

/**
 * Words that label an address rather than name a person, and the greetings and sign-offs around
 * names ("Thanks, Jane" is not Jane Thanks; "Hi Jane" is not a name).
 */
const LABELS = new Set([
  'email',
  'e-mail',
  'mail',
  // The Nordic and Turkish words for it (`E-post`, `E-posta`), which read as a name's.
  'e-post',
  'epost',
  'e-posta',
  'contact',
  'to',
  'cc',
  'bcc',
  'from',
  'reply-to',
  'sender',
  'address',
  'at',
  'via',
  'and',
  'or',
  'tel',
  'phone',
  'mobile',
  'fax',
  'title',
  'web',
  'website',
  // A table's headers beside its name column, as an admin centre's list of users copies
  // ("Display name", "Username", "Licenses").
  'username',
  'licenses',
  'status',
  'company',
  'department',
  'role',
  // A site's links: "About Us", "Contact Us", "Our Team".
  'us',
  'our',
  // Words that ask for the names after them, capitalised as a sentence starts ("Invite Jane Doe").
  'please',
  'invite',
  'write',
  'message',
  'ask',
  'call',
  'ping',
  ...GREETINGS,
  'regards',
  'cheers',
  'sincerely',
  'danke',
  'merci',
  'gracias',
  'saludos',
  'grazie',
]);

/**
 * Words that start a sentence before a name and are never its first word: the greetings, and
 * "Also", "Please"... ("Hi Kim Roe <kim@…>", "Hello, Kim Roe <kim@…>").
 */
const LEADING_WORDS = new Set([
  ...GREETINGS,
  'also',
  'please',
  'then',
  'and',
  'attn',
  'welcome',
  'congratulations',
  // An introduction: "Introducing Jane Doe (CEO, jane@…)". (Not "Meet": Meet is a name, Meet Patel.)
  'introducing',
]);

/** The first two letters of each of `words` that starts with two ASCII letters, as a table of the 26 × 26 pairs. */
export function letterPairs(words: Iterable<string>): Uint8Array {
  const pairs = new Uint8Array(26 * 26);
  for (const word of words) {
    const first = word.charCodeAt(0) - 97;
    const second = word.charCodeAt(1) - 97;
    if (first >= 0 && first < 26 && second >= 0 && second < 26) pairs[first * 26 + second] = 1;
  }
  return pairs;
}

/**
 * Whether text[from] starts, in any case, with the first two letters of one of the words whose
 * `letterPairs` these are: told before anything is copied, where most texts asked start otherwise.
 */
export function startsLikeOneOf(pairs: Uint8Array, text: string, from: number): boolean {
  const first = (text.charCodeAt(from) | 32) - 97;
  const second = (text.charCodeAt(from + 1) | 32) - 97;
  return first >= 0 && first < 26 && second >= 0 && second < 26 && pairs[first * 26 + second] === 1;
}

const LEADING_STARTS = letterPairs(LEADING_WORDS);

/**
 * `text` without a greeting or a sentence's first word (`LEADING_WORDS`, with the comma or the
 * `!` after it) before what follows it; the same string otherwise.
 */
export function withoutLeadingWord(text: string): string {
  // The first two letters first: every display name is asked, and few start like these words.
  if (!startsLikeOneOf(LEADING_STARTS, text, 0)) return text;
  const space = text.indexOf(' ');
  if (space < 0) return text;
  let end = space;
  while (end > 0 && (text.charCodeAt(end - 1) === 44 || text.charCodeAt(end - 1) === 33)) end--;
  if (!LEADING_WORDS.has(text.slice(0, end).toLowerCase())) return text;
  return text.slice(space + 1).trimStart();
}

/** Words of places (see `ROLES`): countries, in English and as they write themselves, and what names a region. */
const PLACES = [
  'area',
  'region',
  'metropolitan',
  'metroplex',
  'greater',
  'county',
  'province',
  'prefecture',
  'city',
  'ny',
  'nyc',
  'usa',
  'uk',
  'uae',
  'united',
  'states',
  'kingdom',
  'emirates',
  'republic',
  'zealand',
  'africa',
  'arabia',
  'germany',
  'deutschland',
  'france',
  'spain',
  'españa',
  'italy',
  'italia',
  'netherlands',
  'nederland',
  'belgium',
  'belgique',
  'belgië',
  'switzerland',
  'schweiz',
  'suisse',
  'austria',
  'österreich',
  'sweden',
  'sverige',
  'norway',
  'norge',
  'denmark',
  'danmark',
  'finland',
  'suomi',
  'iceland',
  'luxembourg',
  'poland',
  'polska',
  'portugal',
  'greece',
  'czechia',
  'hungary',
  'romania',
  'bulgaria',
  'croatia',
  'serbia',
  'slovakia',
  'slovenia',
  'estonia',
  'latvia',
  'lithuania',
  'ukraine',
  'russia',
  'türkiye',
  'canada',
  'mexico',
  'méxico',
  'brazil',
  'brasil',
  'argentina',
  'colombia',
  'australia',
  'japan',
  'china',
  'singapore',
  'malaysia',
  'indonesia',
  'philippines',
  'thailand',
  'vietnam',
  'korea',
  'taiwan',
  'pakistan',
  'bangladesh',
  'nigeria',
  'egypt',
  'morocco',
  'qatar',
];

/**
 * Words of job titles, teams and companies, which stand beside names and are no part of them
 * ("Head of Sales Jane Doe", "Jane Doe, CEO", "Account Executive" or "Acme Inc." under a
 * signature's name, "Acme Support"), in any case. Words that are also usual surnames (Head, Lead,
 * Partner, Coach, Dean, Mayor, Nurse) are not here.
 */
const ROLES = new Set([
  'ceo',
  'cto',
  'cfo',
  'coo',
  'cmo',
  'cio',
  'ciso',
  'cpo',
  'vp',
  'svp',
  'evp',
  'president',
  'founder',
  'cofounder',
  'co-founder',
  'director',
  'manager',
  'officer',
  'executive',
  'engineer',
  'developer',
  'designer',
  'analyst',
  'consultant',
  'coordinator',
  'assistant',
  'associate',
  'specialist',
  'administrator',
  'secretary',
  'treasurer',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'vice-chair',
  'member',
  'trustee',
  'councillor',
  'councilor',
  'commissioner',
  'registrar',
  'counsel',
  'attorney',
  'lawyer',
  'paralegal',
  'recruiter',
  'representative',
  'supervisor',
  'intern',
  'accountant',
  'architect',
  'scientist',
  'researcher',
  'strategist',
  'advisor',
  'adviser',
  'professor',
  'lecturer',
  'sales',
  'marketing',
  'engineering',
  'finance',
  'operations',
  'support',
  'helpdesk',
  // The words of a department's name (`Human Resources`, `Investor Relations`, `Customer Success`,
  // `Business Development`, `Accounts Payable`, `Information Technology`).
  'resources',
  'relations',
  'customer',
  'success',
  'service',
  'business',
  'development',
  'accounts',
  'accounting',
  'payable',
  'receivable',
  'payroll',
  'billing',
  'procurement',
  'purchasing',
  'logistics',
  'compliance',
  'legal',
  'affairs',
  'communications',
  'corporate',
  'acquisition',
  'recruiting',
  'recruitment',
  'partnerships',
  'management',
  'technology',
  'facilities',
  'security',
  'research',
  'product',
  'admissions',
  // And of a service's mail (`Acme Newsletter`, `Google Calendar`, `Acme Payments`).
  'newsletter',
  'newsletters',
  'notification',
  'notifications',
  'alerts',
  'updates',
  'digest',
  'calendar',
  'payments',
  'orders',
  'shipping',
  'receipts',
  'invoices',
  'subscriptions',
  'rewards',
  'careers',
  // And of a household's (`The Doe Family <does@…>`).
  'family',
  'team',
  'department',
  'staff',
  'office',
  'offices',
  'headquarters',
  'directeur',
  'directrice',
  'directora',
  'gerente',
  // Job titles in the languages of the signatures the parser reads ("Geschäftsführer" under a
  // name, "Hans Müller, Geschäftsführer", "Jefa de Ventas", which read as a name of its own).
  'geschäftsführer',
  'geschäftsführerin',
  'geschäftsleitung',
  'vertrieb',
  'vertriebsleiter',
  'vertriebsleiterin',
  'projektleiter',
  'projektleiterin',
  'abteilungsleiter',
  'abteilungsleiterin',
  'rechtsanwalt',
  'rechtsanwältin',
  'steuerberater',
  'steuerberaterin',
  'berater',
  'beraterin',
  'referent',
  'referentin',
  'sachbearbeiter',
  'sachbearbeiterin',
  'prokurist',
  'prokuristin',
  'inhaber',
  'inhaberin',
  'vorstand',
  'ingenieur',
  'ingenieurin',
  'chefarzt',
  'chefärztin',
  'oberarzt',
  'oberärztin',
  'ärztin',
  'zahnarzt',
  'zahnärztin',
  'jefe',
  'jefa',
  'ventas',
  'comercial',
  'responsable',
  'coordinador',
  'coordinadora',
  'asesor',
  'asesora',
  'abogado',
  'abogada',
  'ingeniero',
  'ingeniera',
  'presidente',
  'presidenta',
  'commerciale',
  'chargé',
  'chargée',
  'gérant',
  'gérante',
  'avocat',
  'avocate',
  'ingénieur',
  'ingénieure',
  'président',
  'présidente',
  'associé',
  'associée',
  'conseiller',
  'conseillère',
  'direttore',
  'direttrice',
  'responsabile',
  'avvocato',
  'ingegnere',
  'accountmanager',
  'adviseur',
  'eigenaar',
  'medewerker',
  'advocaat',
  'verkoop',
  'inc',
  'inc.',
  'ltd',
  'ltd.',
  'llc',
  'gmbh',
  'corp',
  'corp.',
  'corporation',
  'plc',
  'company',
  'limited',
  'group',
  'holdings',
  'university',
  'institute',
  'foundation',
  'association',
  'agency',
  'solutions',
  'services',
  'technologies',
  'consulting',
  // Places, which stand under a name on staff pages and in profiles ("Berlin, Germany", "Greater
  // London", "San Francisco Bay Area", "New York, NY"), read as a name ("Germany Berlin") or
  // taken for an address's. Countries that are also usual names are not here (Jordan, Georgia,
  // Chad, Israel, Kenya, India, Ireland, England, Scotland, Wales).
  ...PLACES,
]);

/** The longest word of `ROLES`: a longer one is not looked up. */
const MAX_ROLE = Math.max(...Array.from(ROLES, (role) => role.length));

/** Whether a word is a job title's, a team's or a company's (`ROLES`), in any case. */
export function isRole(word: string): boolean {
  return word.length <= MAX_ROLE && ROLES.has(word.toLowerCase());
}

/**
 * Whether any of the words of a text, between spaces, is one of `ROLES`. Each word's hash is taken
 * as it is read: an ASCII word whose hash is none the rules look up (`isLookedUp`) is no role, and
 * only others are copied and lowered. (A split of each text, and each word lowered, cost a
 * signature's lines a tenth of their reading.)
 */
export function hasRole(text: string): boolean {
  for (let end = lookedUpWordEnd(text, 0); end >= 0; end = lookedUpWordEnd(text, end + 1))
    if (isRole(text.slice(lookedUpWordStart, end))) return true;
  return false;
}

/** Where the word `lookedUpWordEnd` last found starts. */
let lookedUpWordStart = 0;

/**
 * Where the next word of a text from `from` on, between spaces, that may be one the rules look up
 * ends (its start in `lookedUpWordStart`), or -1: each word's hash taken as it is read, an ASCII
 * word only when its hash is one of theirs (`isLookedUp`), any other always (it may lower into
 * one).
 */
function lookedUpWordEnd(text: string, from: number): number {
  let hash = HASH_START;
  let ascii = true;
  let start = from;
  for (let i = from; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (code !== 32) {
      hash = hashStep(hash, code);
      if (code >= 128) ascii = false;
      continue;
    }
    if (i > start && (!ascii || isLookedUp(hash))) {
      lookedUpWordStart = start;
      return i;
    }
    hash = HASH_START;
    ascii = true;
    start = i + 1;
  }
  return -1;
}

/**
 * The items of a site's navigation and footer, which alone name no one ("Home | About |
 * Careers", a `mailto:` link reading "Press"). Beside another word they may be a name's (Steve
 * Jobs, "Jobs, Steve").
 */
const SITE_WORDS = [
  'home',
  'about',
  'blog',
  'news',
  'newsroom',
  'press',
  'careers',
  'jobs',
  'events',
  'services',
  'products',
  'solutions',
  'features',
  'pricing',
  'partners',
  'customers',
  'clients',
  'investors',
  'resources',
  'docs',
  'documentation',
  'downloads',
  'community',
  'forum',
  'faq',
  'faqs',
  'shop',
  'store',
  'cart',
  'login',
  'logout',
  'register',
  'subscribe',
  'search',
  'menu',
  'sitemap',
  'legal',
  'privacy',
  'terms',
  'cookies',
  'accessibility',
  'imprint',
  'impressum',
  'datenschutz',
  'kontakt',
  'startseite',
  'overview',
  'dashboard',
  'settings',
  'account',
  'profile',
  // A social site's buttons under each person ("Connect" on LinkedIn).
  'connect',
  'follow',
  'following',
  'followers',
  'unfollow',
  'share',
  'like',
  'comment',
  'reply',
  'repost',
  'save',
  'more',
  // The heading over a list of people ("Speakers" over their names and titles).
  'speakers',
  'attendees',
  'participants',
  'guests',
  'members',
  'panelists',
  'presenters',
  'hosts',
  'organizers',
  'organisers',
  'moderators',
  'invitees',
  'recipients',
  'people',
  'team',
  'staff',
  'faculty',
  'board',
  'committee',
  'leadership',
  'contacts',
  'sponsors',
  'volunteers',
  'instructors',
  'students',
  'employees',
];
/**
 * The words a meeting's or a workspace's list of people shows on a line of their own, beside the
 * names (Teams' "Organizer", Google Calendar's "Awaiting response", a member list's "Admin").
 */
const ROSTER_WORDS = [
  'organizer',
  'organiser',
  'host',
  'co-host',
  'presenter',
  'attendee',
  'participant',
  'guest',
  'external',
  'required',
  'optional',
  'accepted',
  'declined',
  'tentative',
  'maybe',
  'invited',
  'pending',
  'member',
  'owner',
  'admin',
  'viewer',
  'editor',
  'moderator',
  'panelist',
  'speaker',
];
/**
 * The social sites a staff page links under each person ("LinkedIn", "GitHub"), as they write
 * their names. (Not XING: Xing is a name.)
 */
const SOCIAL_SITES = ['LinkedIn', 'Twitter', 'Facebook', 'Instagram', 'GitHub', 'GitLab', 'YouTube', 'TikTok'];
const SITE_WORD_FORMS = new Set([
  ...writtenForms([...SITE_WORDS, ...ROSTER_WORDS, ...SOCIAL_SITES.map((site) => site.toLowerCase())]),
  ...SOCIAL_SITES,
]);
const ROSTER_WORD_FORMS = writtenForms(ROSTER_WORDS);
/** The longest of `ROSTER_WORDS`: a longer line is none. */
export const MAX_ROSTER_WORD = Math.max(...ROSTER_WORDS.map((word) => word.length));

/** The first units of `ROSTER_WORD_FORMS`, and their longest: most lines are told none by them before they are hashed. */
const ROSTER_FIRSTS = new Set(Array.from(ROSTER_WORD_FORMS, (form) => form.charCodeAt(0)));
const MAX_ROSTER_FORM = Math.max(...Array.from(ROSTER_WORD_FORMS, (form) => form.length));

/** Whether a line is one of a meeting's or a workspace's words beside a name (`Organizer`, `Optional`), alone. */
export function isRosterWord(line: string): boolean {
  return line.length <= MAX_ROSTER_FORM && ROSTER_FIRSTS.has(line.charCodeAt(0)) && ROSTER_WORD_FORMS.has(line);
}

/**
 * A site's links and buttons of two words, which read like a name ("Read More", "View Profile",
 * "Sign In" under each person of a staff page; "Office Hours" over an address): an action and
 * what it acts on, or a few pairs of their own, and places of two words ("New York"). Each word
 * alone may be a name's (Thomas More, Jane Read), so only the pair is looked up, in lower case.
 */
const LINK_ACTIONS = [
  'read',
  'learn',
  'see',
  'view',
  'show',
  'hide',
  'sign',
  'log',
  'get',
  'find',
  'book',
  'apply',
  'download',
  'watch',
  'request',
  'start',
  'join',
  'follow',
  'share',
  'send',
  'explore',
  'discover',
  'visit',
  'load',
  'click',
  'meet',
  'open',
  'close',
  'edit',
  'print',
  'schedule',
  'expand',
  'collapse',
];
const LINK_OBJECTS = [
  'more',
  'less',
  'all',
  'profile',
  'profiles',
  'bio',
  'biography',
  'details',
  'in',
  'up',
  'out',
  'now',
  'here',
  'online',
  'video',
  'demo',
  'story',
  'page',
  'post',
  'article',
  'directions',
  'map',
  'team',
  'started',
  'website',
  'site',
  'linkedin',
  'cv',
  'resume',
  'publications',
  'calendar',
  'event',
  'events',
  'news',
  'people',
  'everyone',
  'today',
  'appointment',
  'meeting',
  'call',
];
const LINK_PHRASES = new Set([
  ...LINK_ACTIONS.flatMap((action) => LINK_OBJECTS.map((object) => `${action} ${object}`)),
  'office hours',
  'opening hours',
  'business hours',
  'privacy policy',
  'cookie policy',
  'cookie settings',
  'all rights',
  'rights reserved',
  'site map',
  'press releases',
  'press release',
  'job openings',
  'open positions',
  'customer service',
  'customer care',
  'latest news',
  'case studies',
  'quick links',
  'useful links',
  'related links',
  'social media',
  // Places of two words, which a list writes beside or under a name (`Jane Doe, New York`).
  'new york',
  'new delhi',
  'new jersey',
  'new orleans',
  'new mexico',
  'new hampshire',
  'los angeles',
  'las vegas',
  'san francisco',
  'san diego',
  'san jose',
  'san antonio',
  'santa clara',
  'santa monica',
  'santa barbara',
  'palo alto',
  'mountain view',
  'el paso',
  'fort worth',
  'long beach',
  'long island',
  'silicon valley',
  'north carolina',
  'south carolina',
  'north dakota',
  'south dakota',
  'west virginia',
  'rhode island',
  'puerto rico',
  'costa rica',
  'sri lanka',
  'hong kong',
  'tel aviv',
  'kuala lumpur',
  'cape town',
  'abu dhabi',
  'buenos aires',
  'sao paulo',
]);
const LINK_STARTS = letterPairs(LINK_PHRASES);
const MAX_LINK_PHRASE = Math.max(...Array.from(LINK_PHRASES, (phrase) => phrase.length));

/**
 * The slots (`hashSlots`) of the first words of `LINK_PHRASES`, and of their second words:
 * `plainNameSpace` tells most names from a link by the hashes of their two words, which it has
 * made already.
 */
const LINK_FIRST_SLOTS = hashSlots(
  Array.from(LINK_PHRASES, (phrase) => wordHash(phrase.slice(0, phrase.indexOf(' ')))),
);
const LINK_SECOND_SLOTS = hashSlots(
  Array.from(LINK_PHRASES, (phrase) => wordHash(phrase.slice(phrase.indexOf(' ') + 1))),
);

/**
 * Whether text[from, to) is one of a site's links or places of two words (`LINK_PHRASES`), in any
 * case: told by its first two letters before anything is copied.
 */
export function isLinkPhrase(text: string, from = 0, to = text.length): boolean {
  return (
    to - from <= MAX_LINK_PHRASE &&
    startsLikeOneOf(LINK_STARTS, text, from) &&
    LINK_PHRASES.has(text.slice(from, to).toLowerCase())
  );
}

/**
 * Whether the words of a `SIMPLE_NAME` pass the rules: none is a role, nor a label (when
 * `labels`), and they are not a site's link (`isLinkPhrase`). (Its words start with a capital:
 * none is a particle written in lower case.)
 */
function simpleWordsPass(name: string, labels: boolean): boolean {
  // Only a word whose hash is one the rules look up is copied and lowered (`lookedUpWordEnd`): a
  // pattern of all those words tried at every word took most of the time a name was read in.
  for (let end = lookedUpWordEnd(name, 0); end >= 0; end = lookedUpWordEnd(name, end + 1)) {
    const lower = name.slice(lookedUpWordStart, end).toLowerCase();
    // A role that is a title before a name (`Professor Jane Doe`): the full rules tell them apart.
    if (ROLES.has(lower) || (labels && LABELS.has(lower))) return startsLikeTitle(name) && fullNameRules(name, labels);
  }
  // (A possessive before another word names what follows it: "Jane's Team".)
  return !name.includes("'s ") && !isLinkPhrase(name);
}

/** Whether a text starts with a title and a space (`Professor `), in any case. */
function startsLikeTitle(text: string): boolean {
  const space = text.indexOf(' ');
  return space > 0 && isTitle(text.slice(0, space));
}

/** Whether a name is one word of a site's navigation or of a list of people's, and nothing more ("Home", "Organizer"). */
export function isSiteWord(name: SplitName): boolean {
  return name.lastName === '' && SITE_WORD_FORMS.has(name.firstName);
}

/** Local parts of shared mailboxes, for which a guessed name would be wrong. */
const ROLE_ACCOUNTS = new Set([
  'info',
  'support',
  'help',
  'helpdesk',
  'hello',
  'hi',
  'contact',
  'contacts',
  'admin',
  'administrator',
  'office',
  'sales',
  'marketing',
  'press',
  'media',
  'news',
  'newsletter',
  'team',
  'billing',
  'accounts',
  'accounting',
  'finance',
  'invoices',
  'hr',
  'jobs',
  'careers',
  'recruiting',
  'legal',
  'privacy',
  'security',
  'abuse',
  'postmaster',
  'hostmaster',
  'webmaster',
  'noreply',
  'no-reply',
  'no_reply',
  'donotreply',
  'do-not-reply',
  'do_not_reply',
  'notifications',
  'notification',
  'alerts',
  'mailer-daemon',
  'service',
  'services',
  'customerservice',
  'customer-service',
  'customer.service',
  'customer_service',
  'customercare',
  'customer.care',
  'customer-care',
  'customer_care',
  'customersupport',
  'customer.support',
  'customer_support',
  'feedback',
  'enquiries',
  'inquiries',
  'enquiry',
  'inquiry',
  'orders',
  'shop',
  'store',
  'team',
  'it',
  'ops',
  'dev',
  'devops',
  'root',
  'system',
  'bookings',
  'booking',
  'reception',
  'general',
  'mail',
  'email',
  'investors',
  'ir',
  'partners',
  'community',
  'events',
]);

export interface SplitName {
  firstName: string;
  lastName: string;
}

const WHITESPACE = /\s+/;

function words(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(WHITESPACE);
}

/** Whether a word is a particle of a last name ("van", "de"), as written in lower case. */
export function isParticleWord(word: string): boolean {
  return PARTICLES.has(word);
}

/**
 * Whether a name is a suffix or a degree alone (`PhD`, `Jr.`, `MBA`), as a list leaves one when
 * it is split at its commas or lines ("Jane Doe, PhD"): no one's name.
 */
export function isDegreeAlone(name: SplitName): boolean {
  // (Told by its first letter first: a list's lines of one word are mostly names.)
  return name.lastName === '' && SUFFIX_STARTS.has(name.firstName.charCodeAt(0) | 32) && isSuffix(name.firstName);
}

/** The first letters of `SUFFIXES`, in lower case. */
const SUFFIX_STARTS = new Set([...SUFFIXES].map((suffix) => suffix.charCodeAt(0)));

/** Whether a word is a suffix or a degree written after a name (`Jr.`, `PhD`, `M.Sc.`), in any case. */
export function isSuffix(word: string): boolean {
  // The longest is four letters, written with dots or not (M.Sc., Ph.D., M.B.A.).
  if (word.length > 8) return false;
  return SUFFIXES.has(word.replaceAll('.', '').toLowerCase());
}

export function isTitle(word: string): boolean {
  const lower = word.toLowerCase();
  const bare = lower.replace(/\.$/, '');
  return TITLES.has(bare) && (bare !== lower || !DOTTED_TITLES.has(bare));
}

/**
 * Whether text is a title and then a first and a last name (`Prof. Jane Doe`): a full name, which
 * no comma after it turns around (`Prof. Jane Doe, FRS` is not Last, First; `Dr. Doe, Jane` is).
 */
export function isTitledFullName(text: string): boolean {
  const parts = words(text);
  const titled = leadingTitles(parts);
  return titled > 0 && parts.length - titled >= 2;
}

/**
 * A first name without the titles written around it (`Dr. Hans`, `Hans Dr. med.`, as address books
 * write `Müller, Dr. Hans`): as it is when it has no other word.
 */
function withoutTitles(name: string): string {
  if (!name.includes(' ')) return name;
  const parts = words(name);
  const start = leadingTitles(parts);
  let end = parts.length;
  while (end - start > 1 && isTitleWord(parts[end - 1] ?? '')) end--;
  return start === 0 && end === parts.length ? name : parts.slice(start, end).join(' ');
}

/**
 * How many of a name's words are the titles it starts with (`Prof. Dr. rer. nat.` of `Prof. Dr.
 * rer. nat. Eva Klein`): a doctorate's field only after a title, and never the last word.
 */
function leadingTitles(parts: string[]): number {
  let titled = 0;
  while (
    titled < parts.length - 1 &&
    (isTitle(parts[titled] ?? '') || (titled > 0 && DOCTORATES.has(parts[titled] ?? '')))
  )
    titled++;
  return titled;
}

/**
 * The fields of a German doctorate, written in lower case with a dot after `Dr.` (`Dr. med.`,
 * `Dr. rer. nat.`, `Prof. Dr. phil.`): part of the title. Only so written: `Phil` and `Nat` are
 * first names.
 */
const DOCTORATES = new Set([
  'med.',
  'dent.',
  'vet.',
  'rer.',
  'nat.',
  'pol.',
  'oec.',
  'phil.',
  'jur.',
  'theol.',
  'techn.',
  'sc.',
  'habil.',
  'h.c.',
]);

/**
 * Whether the last word of a name of three or more is written after the name, not part of it: a
 * suffix or a degree (`Jr.`, `PhD`), or a title with a dot (`Dr.`, `Prof.`) or a doctorate's field
 * (`med.`), as German address books write them after it.
 */
function isAfterName(word: string): boolean {
  return isSuffix(word) || (word.endsWith('.') && isTitleWord(word));
}

/** Whether a word is a title, or the field of a doctorate written after one (`DOCTORATES`). */
function isTitleWord(word: string): boolean {
  return DOCTORATES.has(word) || isTitle(word);
}

/**
 * Whether the part before a last name is a title and nothing else ("Mr Smith", "Dr. Doe"): no
 * first name. Not `M`, which is as often an initial as the French title.
 */
function onlyTitle(part: string): boolean {
  // Most first names are told apart by their first letter, without a look-up.
  if (part.length < 2 || part.length > 10 || !TITLE_STARTS.has(part.charCodeAt(0) | 32)) return false;
  return part !== 'M.' && TITLE_FORMS.has(part);
}

/** A list's words as they are written: in lower case, capitalized and in capitals. */
function writtenForms(words: Iterable<string>): Set<string> {
  const forms = new Set<string>();
  for (const word of words) {
    forms.add(word);
    forms.add(word.charAt(0).toUpperCase() + word.slice(1));
    forms.add(word.toUpperCase());
  }
  return forms;
}

/** Titles as written, with a dot and without (`Mr`, `Mr.`, `DR.`): a name's word is looked up without a copy. */
const TITLE_FORMS = writtenForms(
  [...TITLES].flatMap((title) => (DOTTED_TITLES.has(title) ? [`${title}.`] : [title, `${title}.`])),
);
const TITLE_STARTS = new Set([...TITLES].map((title) => title.charCodeAt(0)));

function isAnd(word: string): boolean {
  return word === 'and' || word === '&' || word === 'und' || word === 'et';
}

/** Removes RFC 5322 comments, `(like this)`, outside quotes. */
export function stripComments(text: string): string {
  if (!text.includes('(')) return text;
  let out = '';
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
    else if (depth === 0) out += char;
  }
  return out;
}

/**
 * A nickname in quotes between two words of a name, with the space before it: `Robert "Bob"
 * Smith`, `Anna ‘Annie’ van der Berg`. (Its words are bounded: each place is tried in a bounded
 * number of steps.)
 */
const NICKNAME = /(?<=\S) ["'‘“][^\n"'‘’“”]{1,40}["'’”](?= \S)/g;

/**
 * A name without the nickname written in quotes inside it: `Robert "Bob" Smith` is Robert Smith,
 * as `Robert (Bob) Smith` is (its comment stripped). Other quotes are left as they are.
 */
export function withoutNickname(name: string): string {
  return name.includes('"') || name.includes("'") || name.includes('‘') || name.includes('“')
    ? name.replace(NICKNAME, '')
    : name;
}

/** Unquotes an RFC 5322 quoted string (`"Doe, Jane"`, with `\"` escapes); other text is kept. */
export function unquote(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length < 2 || !trimmed.startsWith('"') || !trimmed.endsWith('"')) return trimmed;
  // Copied a run at a time: each backslash with a character after it is dropped, and that
  // character kept as it is.
  let out = '';
  let run = 1;
  for (let i = 1; i < trimmed.length - 1; i++) {
    if (trimmed.charCodeAt(i) === 92 && i + 1 < trimmed.length - 1) {
      out += trimmed.slice(run, i);
      run = ++i;
    }
  }
  return out + trimmed.slice(run, trimmed.length - 1);
}

const STRAY = " '`:;,|-–—•·*";

/** White space other than single spaces between words. */
export const MESSY_SPACE = /\s\s|[^\S ]/;

/**
 * Collapses white space and trims stray punctuation around a name, a list's number before it
 * ("2. "), and the symbols a display name wears after it (`Jane Doe 🚀`, `Jane Doe ✨`).
 */
export function cleanName(text: string): string {
  let name = text.trim();
  if (MESSY_SPACE.test(name)) name = words(name).join(' ');
  let start = 0;
  let end = name.length;
  while (start < end && isStray(name.charCodeAt(start))) start++;
  start = afterListNumber(name, start);
  while (start < end && isStray(name.charCodeAt(start))) start++;
  while (end > start && isStray(name.charCodeAt(end - 1))) end--;
  if (end > start && mayEndInSymbol(name.charCodeAt(end - 1))) end = nameEnd(name, start, end);
  return name.slice(start, end);
}

/**
 * Where a name in text[from, to) ends: before the symbols after it (`symbolBefore`), and the stray
 * punctuation and white space between them.
 */
function nameEnd(text: string, from: number, to: number): number {
  let end = to;
  for (;;) {
    while (end > from && isStrayOrSpace(text.charCodeAt(end - 1))) end--;
    const symbol = symbolBefore(text, from, end);
    if (symbol === end) return end;
    end = symbol;
  }
}

/**
 * Whether a UTF-16 unit may end a symbol (`SYMBOL`): one of the blocks of punctuation, arrows,
 * stars and dingbats (U+2000 to U+2BFF), the second half of a character beyond the first plane
 * (where emoji are), or the selector that shows one as an emoji (U+FE0F). Told by its code alone:
 * the names of scripts without case (李, 山田) are not looked up.
 */
function mayEndInSymbol(code: number): boolean {
  return (code >= 0x2000 && code <= 0x2bff) || (code >= 0xdc00 && code <= 0xdfff) || code === 0xfe0f;
}

/** A symbol, as names are not written: emoji (with their skin tones), flags, stars. */
const SYMBOL = /^[\p{So}\p{Sk}\p{Extended_Pictographic}]$/u;

/**
 * Where the symbol that ends text[from, to) starts (`SYMBOL` beyond ASCII, or what joins emoji
 * and picks their look: U+200D, U+20E3, U+FE0F); `to` when none does.
 */
function symbolBefore(text: string, from: number, to: number): number {
  const code = text.charCodeAt(to - 1);
  if (to <= from || !mayEndInSymbol(code)) return to;
  if (code === 0x200d || code === 0x20e3 || code === 0xfe0f) return to - 1;
  const start =
    to - 2 >= from && code >= 0xdc00 && code <= 0xdfff && isHighSurrogate(text.charCodeAt(to - 2)) ? to - 2 : to - 1;
  return SYMBOL.test(text.slice(start, to)) ? start : to;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Where text goes on after a list's number at `start` (one to three digits, `.` or `)`, a space),
 * or a team sheet's shirt number (`#10 `), else `start`.
 */
export function afterListNumber(text: string, start: number): number {
  const digits = codeAt(text, start) === 35 ? start + 1 : start;
  let i = digits;
  while (i < text.length && i - digits < 3 && isDigit(text.charCodeAt(i))) i++;
  if (i === digits) return start;
  // Read by `codeAt`: a text may end here, and a read past it costs the optimized code.
  const mark = codeAt(text, i);
  if (digits > start) return mark === 32 ? i + 1 : start;
  return (mark === 46 || mark === 41) && codeAt(text, i + 1) === 32 ? i + 2 : start;
}

/** `splitName` of a `SIMPLE_NAME`: no commas, quotes, particles or odd spaces, only titles to drop. */
function splitSimple(name: string): SplitName {
  let space = name.lastIndexOf(' ');
  if (space < 0) return oneWord(name);
  if (isFamilyFirstCode(name.charCodeAt(0))) {
    const parts = name.split(' ');
    if (parts.every((part) => inFamilyFirstScript(part))) return familyFirst(parts);
  }
  // "Nguyễn Văn An": a Vietnamese family name, written with its accents, first; "Иванов Иван
  // Иванович", a Russian surname before the given name and the patronymic.
  let family = vietnameseFamilyEnd(name);
  if (family < 0) family = patronymicFamilyEnd(name);
  if (family > 0) return { firstName: name.slice(family + 1), lastName: name.slice(0, family) };
  // "DUPONT Jean-Pierre": the surname first, in capitals (a quick look at the second letter first).
  if (isCapital(name.charCodeAt(1))) {
    const surname = capitalsFirst(name);
    if (surname > 0) return { firstName: name.slice(surname + 1), lastName: name.slice(0, surname) };
  }
  // "Jane Doe PhD" is Jane Doe, and so are "Jane Doe MBE FRS" and "Jane Doe Dr." (`isAfterName`).
  while (name.lastIndexOf(' ', space - 1) > 0 && isAfterName(name.slice(space + 1))) {
    name = name.slice(0, space);
    space = name.lastIndexOf(' ');
  }
  space = surnameStart(name, space);
  let first = name.slice(0, space);
  // "Dr. Jane Doe" is Jane Doe; "Mr Smith" keeps its only other word as the last name.
  for (let gap = first.indexOf(' '); gap >= 0 && isTitle(first.slice(0, gap)); gap = first.indexOf(' ')) {
    first = first.slice(gap + 1);
  }
  return { firstName: onlyTitle(first) ? '' : first, lastName: name.slice(space + 1) };
}

/**
 * The Vietnamese family names that most people have, as written with their accents: a name that
 * starts with one is written family name first (`Nguyễn Văn An`, `Trần Thị Mai`). Without the
 * accents (`Nguyen`, `Le`; `Phan` has none) they are as often written last, in a Western order
 * (`An Nguyen`): an address then tells (`inAddressOrder`).
 */
const VIETNAMESE_FAMILY_WORDS = new Set([
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Đoàn',
  'Trương',
  'Lương',
  'Phan',
]);
const VIETNAMESE_FAMILY_MAX = Math.max(...Array.from(VIETNAMESE_FAMILY_WORDS, (family) => family.length));

/**
 * Where the first word of a name of three words or more ends when it is one of
 * `VIETNAMESE_FAMILY_WORDS`, or one of them written without its accents before `Thi` or `Van`, the
 * middle names that follow a family name (`Le Thi Hong`, `Tran Van Nam`); else -1. (Not of two:
 * `Lê Minh` is as often Minh's given name first, and an address does not tell, `do.hung@` being
 * written either way. Nor `An Van Nguyen`, written given name first.)
 */
function vietnameseFamilyEnd(name: string): number {
  const space = name.indexOf(' ');
  if (space < 2 || space > VIETNAMESE_FAMILY_MAX) return -1;
  const next = name.indexOf(' ', space + 1);
  if (next < 0) return -1;
  if (holdsFrom(name, 0xc0, space)) return VIETNAMESE_FAMILY_WORDS.has(name.slice(0, space)) ? space : -1;
  const middle = next - space === 4 ? name.slice(space + 1, next) : '';
  return (middle === 'Thi' || middle === 'Van') && VIETNAMESE_FAMILIES.has(name.slice(0, space).toLowerCase())
    ? space
    : -1;
}

/**
 * Where the surname ends in a Russian (or other East Slavic) name written in Cyrillic as official
 * lists write it, surname, given name, patronymic (`Иванов Иван Иванович`): three words, the last a
 * patronymic (`-ович`, `-евич`, `-ич`, `-овна`, `-евна`, `-ична`) and the middle one not (`Роман
 * Аркадьевич Абрамович` is written given name first); else -1. The first name is then the given
 * name and the patronymic.
 */
function patronymicFamilyEnd(name: string): number {
  if (!isCyrillic(name.charCodeAt(0))) return -1;
  const space = name.indexOf(' ');
  const second = name.indexOf(' ', space + 1);
  if (space < 0 || second < 0 || name.indexOf(' ', second + 1) >= 0) return -1;
  return isPatronymic(name, second + 1, name.length) && !isPatronymic(name, space + 1, second) ? space : -1;
}

/** Whether text[from, to) ends as a patronymic does, in Cyrillic: `-ич`, `-вна`, `-чна`. */
function isPatronymic(text: string, from: number, to: number): boolean {
  if (to - from < 5) return false;
  const end = text.slice(to - 3, to).toLowerCase();
  return end.endsWith('ич') || end === 'вна' || end === 'чна';
}

/**
 * The most common Spanish surnames that do not end in `-ez` (those that do, López, Pérez, Martínez,
 * are told by that ending), without their accents. Spanish names write two surnames, the father's
 * and then the mother's (`Gabriel García Márquez`, `María José García López`): one of them before a
 * name's last word starts its last name. Left out are those as often a given name (Martín, Alonso,
 * Cruz, León, Santiago, Vicente, Gil, Luna) and Portuguese ones, whose last word alone is the
 * surname a form asks for (`Ana Santos Silva`).
 */
const SPANISH_SURNAMES = new Set(
  [
    'garcia diaz ruiz munoz moreno romero navarro torres ramos serrano blanco molina morales ortega',
    'delgado castro ortiz rubio marin sanz iglesias medina garrido cortes castillo lozano guerrero cano',
    'prieto calvo gallego vidal herrera pena flores cabrera campos vega fuentes carrasco caballero reyes',
    'nieto aguilar herrero montero hidalgo ferrer duran mora vargas arias carmona crespo soto velasco',
    'moya soler parra bravo gallardo rojas mendoza rivera salazar aguirre cardenas contreras espinoza',
    'guzman rios sandoval acosta figueroa paredes pineda zamora quintero bustamante cisneros escobar',
    'villanueva avila maldonado ibarra zapata pacheco cervantes cuevas cordero montoya orozco trujillo',
    'carrillo ochoa estrada beltran arroyo solis rosales sosa vallejo salinas barrera osorio camacho',
    'mejia ponce tapia fajardo murillo palacios robles villalobos ayala padilla guerra toledo',
  ].flatMap((words) => words.split(' ')),
);
const SPANISH_SURNAME_MAX = Math.max(...Array.from(SPANISH_SURNAMES, (surname) => surname.length));

/**
 * Whether text[from, to) is a Spanish surname, written with a capital: one of `SPANISH_SURNAMES`,
 * or a word of four letters or more that ends in `-ez` (the patronymics: López, Fernández).
 */
export function isSpanishSurname(text: string, from: number, to: number): boolean {
  if (to - from < 3 || !isCapital(text.charCodeAt(from))) return false;
  if (to - from >= 4 && foldLetter(text.charCodeAt(to - 2)) === 101 && foldLetter(text.charCodeAt(to - 1)) === 122)
    return true;
  return to - from <= SPANISH_SURNAME_MAX && SPANISH_SURNAMES.has(foldedWord(text.slice(from, to)));
}

/**
 * Where the last name of a `SIMPLE_NAME` starts, its last word being after `space`: before the
 * particles written with a capital that end the first words (`Jean Le Pen`, `Ahmed Al Sayed`,
 * `Anna De Luca`, `Jan Van Der Berg`), the first word always left to the first name.
 */
function surnameStart(name: string, space: number): number {
  const gaelic = gaelicSurnameStart(name, space);
  if (gaelic > 0) return gaelic;
  for (let particles = false; ; particles = true) {
    const before = name.lastIndexOf(' ', space - 1);
    if (before < 0) return space;
    // "María José García López": a Spanish surname before the last (`isSpanishSurname`) starts it.
    if (!isCapitalParticle(name, before + 1, space, particles))
      return before > 0 && isSpanishSurname(name, before + 1, space) ? before : space;
    space = before;
  }
}

/**
 * The particles Irish and Scottish surnames start with, always with a capital and as a word of their
 * own (`Siobhán Ní Bhriain`, `Seán Ó Briain`, `Aoife Nic Giolla`, `Iain Mac an Tòisich`).
 */
const GAELIC_PARTICLES = new Set(['Ó', 'Ní', 'Nic', 'Uí', 'Mac', 'Mhic']);
const GAELIC_MAX = 4;

/**
 * Where the surname of a name of words between single spaces starts when a word after the first and
 * before the space at `end` is a Gaelic particle (`Aoife Nic Giolla Phádraig`): at the space before
 * the first such word; else -1.
 */
function gaelicSurnameStart(name: string, end: number): number {
  for (let space = name.indexOf(' '); space >= 0 && space < end;) {
    const next = name.indexOf(' ', space + 1);
    const wordEnd = next < 0 ? name.length : next;
    if (wordEnd - space - 1 <= GAELIC_MAX && GAELIC_PARTICLES.has(name.slice(space + 1, wordEnd))) return space;
    space = next;
  }
  return -1;
}

/**
 * Whether text[from, to) is a particle of a last name written with a capital (`Le`, `Al`, `De`,
 * `Della`, `St.`), as names before their surname write them as often as in lower case. `Van` only
 * before another particle (`Van Der Berg`): before a plain word it is as often the Vietnamese middle
 * name (`An Van Nguyen`). A word in capitals only is left to `casedName`.
 */
function isCapitalParticle(text: string, from: number, to: number, beforeParticle: boolean): boolean {
  if (to - from < 2 || to - from > PARTICLE_MAX || !isCapital(text.charCodeAt(from))) return false;
  const second = text.charCodeAt(from + 1);
  if (second < 97 || second > 122) return false;
  const lower = text.slice(from, to).toLowerCase();
  return PARTICLES.has(lower) && (beforeParticle || lower !== 'van');
}

/**
 * A name in Chinese, Japanese or Korean, in words: the family name is written first (山田 太郎 is
 * Taro Yamada). One written without spaces (山田太郎) is left whole: where it splits is not
 * written.
 */
function familyFirst(parts: string[]): SplitName {
  // An honorific after the name (山田 太郎 様, 王 先生) is no part of it: a word of its own left out,
  // or the end of the last word cut off (山田 太郎様).
  const last = parts.length - 1;
  const given = parts.slice(1, HONORIFICS.includes(parts[last] ?? '') ? last : undefined);
  if (given.length > 0 && given.length === last) given[last - 1] = withoutHonorific(given[last - 1] ?? '');
  return { firstName: given.join(' '), lastName: parts[0] ?? '' };
}

/** The honorifics Japanese, Chinese and Korean write after a name, with a space or without (`様`, `さん`, `先生`, `님`). */
const HONORIFICS = ['様', 'さま', 'さん', '殿', '先生', '氏', '女士', '小姐', '님', '씨'];
const HONORIFIC_ENDS = new Set(HONORIFICS.map((honorific) => honorific.charCodeAt(honorific.length - 1)));

/** A word of a name without the honorific it ends with (`太郎様`, `김민수님`); the word when it is the honorific alone. */
function withoutHonorific(word: string): string {
  // (Told at once by the last character for most words.)
  if (!HONORIFIC_ENDS.has(word.charCodeAt(word.length - 1))) return word;
  for (const honorific of HONORIFICS) {
    if (word.length > honorific.length && word.endsWith(honorific)) return word.slice(0, -honorific.length);
  }
  return word;
}

/**
 * Whether a word is a Chinese, Japanese or Korean full name written without a space: in their
 * scripts, after a family name it is known to start with (`张伟`, `山田太郎`).
 */
export function isCjkFullName(word: string): boolean {
  return isFamilyFirstCode(word.charCodeAt(0)) && inFamilyFirstScript(word) && cjkFamilyLength(word) > 0;
}

/**
 * A name of one word: a first name (`Madonna`), but a Chinese, Japanese or Korean one is split
 * after a family name it starts with (`cjkFamilyLength`), and a Korean name of two or three
 * syllables is a family name of one and a given name (`김민수` is Kim / Minsu), as nearly all are.
 * Another longer one is left whole.
 */
function oneWord(word: string): SplitName {
  if (!isFamilyFirstCode(word.charCodeAt(0))) return { firstName: word, lastName: '' };
  const name = withoutHonorific(word);
  // A Chinese, Japanese or Korean name written without a space, after a family name it is known to
  // start with: `张伟` is Wei of the Zhang family, `山田太郎` Taro Yamada, `남궁민수` Minsu Namgoong.
  const family = inFamilyFirstScript(name) ? cjkFamilyLength(name) : 0;
  if (family > 0) return { firstName: name.slice(family), lastName: name.slice(0, family) };
  if (name.length >= 2 && name.length <= 3 && inHangul(name))
    return { firstName: name.slice(1), lastName: name.slice(0, 1) };
  return { firstName: name, lastName: '' };
}

/**
 * Where the surname ends in a name written with it first, in capitals, as French and other
 * administrative lists do ("DUPONT Jean-Pierre", "DE LA CRUZ María"): the end of the words in
 * capitals it starts with, when one of them has three letters or more (not initials: "AJ Smith")
 * and a word in lower case follows; else 0.
 */
function capitalsFirst(name: string): number {
  let end = 0;
  let long = false;
  for (let start = 0; start < name.length;) {
    let stop = name.indexOf(' ', start);
    if (stop < 0) stop = name.length;
    if (!inCapitals(name, start, stop)) return long && end > 0 && hasLowerCase(name, start, stop) ? end : 0;
    long ||= stop - start >= 3;
    end = stop;
    start = stop + 1;
  }
  return 0;
}

/**
 * Two one-word names as first and last name, in the order written; swapped when the first is a
 * surname in capitals (`DUPONT`, `Jean`).
 */
export function inNameOrder(first: string, second: string): SplitName {
  // As `capitalsFirst` reads them, the second letter looked at first.
  const swap =
    first.length >= 3 &&
    isCapital(first.charCodeAt(1)) &&
    inCapitals(first, 0, first.length) &&
    hasLowerCase(second, 0, second.length);
  return swap ? { firstName: second, lastName: first } : { firstName: first, lastName: second };
}

/** Whether text[from, to) is a word of letters in capitals, with hyphens or apostrophes between. */
function inCapitals(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!isCapital(code) && code !== 45 && code !== 39) return false;
  }
  return to > from;
}

function hasLowerCase(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLowerCase(text.charCodeAt(i))) return true;
  return false;
}

/** A letter in lower case: a letter that is not a capital and has a capital (not of a script without case). */
function isLowerCase(code: number): boolean {
  return isLetterOrMark(code) && !isCapital(code) && !isCaselessLetter(code);
}

/**
 * Whether a text can be a name at all, read by character codes before any rule: it holds a
 * capital (or a letter of a script without case), none of the signs no name holds (digits,
 * brackets, `@`, `=`...), and words that may be a name's (`wordsMayBeNames`). Most items of a
 * list of junk are turned down here without a look-up. It turns down nothing the rules would take.
 * Reads text[from, to), so a list's items are judged before they are copied.
 */
export function mayBeName(text: string, from = 0, to = text.length): boolean {
  if (to - from > 120) return false;
  // In quotes, `\"` and `\\` are escapes (`unquote` drops the backslash); elsewhere neither a quote
  // nor a backslash stands in a name.
  let first = from;
  let last = to - 1;
  // Trimmed as the rules trim (`trim`: the byte-order mark and every Unicode space too).
  while (first < last && isTrimCode(text.charCodeAt(first))) first++;
  while (last > first && isTrimCode(text.charCodeAt(last))) last--;
  const quoted = last > first && text.charCodeAt(first) === 34 && text.charCodeAt(last) === 34;
  // Where the words read start: past a list's number or a shirt number (below).
  let begin = from;
  let letter = false;
  let comma = false;
  // A word that does not start with a capital (or a letter without case), or a sign that stands
  // only around a name: the words are then read.
  let suspect = false;
  let wordStart = true;
  for (let i = begin; i < to; i++) {
    const code = text.charCodeAt(i);
    const sign = code < 128 ? (ASCII_SIGNS[code] ?? 0) : 0;
    if (startsNameWord(code)) letter = true;
    else if (code === 34 || code === 92) {
      if (!quoted) return false;
    } else if ((sign & NO_NAME) !== 0) {
      // A list's number or a shirt number before the name (`1. `, `#10 `), which the rules trim
      // off with the stray punctuation before it (`cleanName`), is passed over.
      const numbered = letter || begin > from ? i : afterLeadingNumber(text, quoted ? first + 1 : first, i);
      if (numbered === i) return false;
      i = numbered - 1;
      begin = numbered;
      wordStart = true;
      continue;
    } else if (code === 44) comma = true;
    else if ((sign & AROUND_NAME) !== 0 || (wordStart && (sign & SPACE) === 0)) suspect = true;
    else if (code >= 128 && isStray(code)) suspect = true;
    wordStart = (sign & SPACE) !== 0;
  }
  // The rules read a quoted text, or one with a comma, in words of their own: left to them.
  return letter && (!suspect || quoted || comma || wordsMayBeNames(text, begin, to));
}

/**
 * Where text goes on after the list's number or shirt number at `at` (`afterListNumber`), when only
 * stray punctuation stands between `start` and it; else `at`.
 */
function afterLeadingNumber(text: string, start: number, at: number): number {
  for (let i = start; i < at; i++) if (!isStray(text.charCodeAt(i))) return at;
  return afterListNumber(text, at);
}

/**
 * Whether the words of a text (without quotes or commas) may be a name's, read as the rules
 * below read them (split at white space, after `cleanName` has trimmed stray punctuation off the
 * text's ends) but by character codes: no word holds a sign that stands only around a name (`:`,
 * `|`, a dash...), and each word starts with a capital or a letter of a script without case, or
 * is a particle in lower case ("van der"). The usual junk of a list ("see the page", "Note: call")
 * is turned down here.
 */
function wordsMayBeNames(text: string, from: number, to: number): boolean {
  let start = from;
  let end = to;
  while (start < end && isStrayOrSpace(text.charCodeAt(start))) start++;
  while (end > start && isStrayOrSpace(text.charCodeAt(end - 1))) end--;
  if (end > start && mayEndInSymbol(text.charCodeAt(end - 1))) end = nameEnd(text, start, end);
  for (let i = start; i < end;) {
    while (i < end && isTrimCode(text.charCodeAt(i))) i++;
    const wordStart = i;
    for (; i < end; i++) {
      const code = text.charCodeAt(i);
      if (isTrimCode(code)) break;
      if (code !== 39 && code !== 45 && isStrayOrSpace(code)) return false;
    }
    // A name's word starts with a capital or a letter without case; a particle, in lower case.
    const first = text.charCodeAt(wordStart);
    if (
      first >= 97 && first <= 122
        ? !isParticle(text, wordStart, i) &&
          !(text.charCodeAt(i - 1) === 46 && DOCTORATES.has(text.slice(wordStart, i)))
        : !startsNameWord(first)
    )
      return false;
  }
  return true;
}

const PARTICLE_MAX = Math.max(...Array.from(PARTICLES, (particle) => particle.length));

/** Whether a name starts with a particle in lower case and goes on: a surname (`de la Cruz`, `van der Berg`). */
export function isParticledSurname(name: string): boolean {
  const space = name.indexOf(' ');
  const first = name.charCodeAt(0);
  return space > 0 && first >= 97 && first <= 122 && isParticle(name, 0, space);
}

/** Whether text[from, to) is a particle, in any case. */
function isParticle(text: string, from: number, to: number): boolean {
  return to - from <= PARTICLE_MAX && to - from > 1 && PARTICLES.has(text.slice(from, to).toLowerCase());
}

/**
 * Whether any word of text[from, to), between white space and commas, is a particle in any case
 * (`van`, `De`): read in place, only a word as short as a particle copied.
 */
export function holdsParticleWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to;) {
    while (i < to && isWordBreak(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && !isWordBreak(text.charCodeAt(i))) i++;
    if (i > start && i - start <= PARTICLE_MAX && PARTICLES.has(text.slice(start, i).toLowerCase())) return true;
  }
  return false;
}

/** What parts the words of a list's item: white space and commas. */
function isWordBreak(code: number): boolean {
  return code === 44 || isTrimCode(code);
}

/** White space, or a character of `STRAY` (what `cleanName` trims around a name). */
function isStrayOrSpace(code: number): boolean {
  return isStray(code) || isTrimCode(code);
}

/** A character of `STRAY`. */
function isStray(code: number): boolean {
  return code < STRAY_CODES.length && STRAY_CODES[code] === 1;
}

/** The characters of `STRAY`, by code (a table as long as the last of them). */
const STRAY_CODES = new Uint8Array(Math.max(...Array.from(STRAY, (char) => char.charCodeAt(0))) + 1);
for (const char of STRAY) STRAY_CODES[char.charCodeAt(0)] = 1;

/** What each ASCII character is to `mayBeName`: bits of the three below. */
const ASCII_SIGNS = new Uint8Array(128);
/** A sign no name holds. */
const NO_NAME = 1;
/** A sign that stands only around a name (trimmed by `cleanName`), never inside one of its words. */
const AROUND_NAME = 2;
const SPACE = 4;
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  ASCII_SIGNS[code] =
    ('0123456789@<>/=_#$%^&+~()[]{}!?'.includes(char) ? NO_NAME : 0) |
    ('`:;|*'.includes(char) ? AROUND_NAME : 0) |
    (isTrimCode(code) ? SPACE : 0);
}

/**
 * The name a text reads as (`looksLikeName`), split (`splitName`); null when it is not one. For
 * the usual name, one look at it does both.
 */
export function nameOf(text: string): SplitName | null {
  if (text.length > 120) return null;
  if (text.length <= MAX_NAME && SIMPLE_NAME.test(text)) {
    return simpleWordsPass(text, true) ? splitSimple(text) : null;
  }
  if (text.length <= MAX_NAME && simpleWideName(text)) return wideWordsPass(text, true) ? splitSimple(text) : null;
  if (!fullNameRules(text, true)) return null;
  const split = splitName(text);
  return split.firstName || split.lastName ? split : null;
}

/**
 * The words the rules look up in a usual name (`simpleWordsPass`, `wideWordsPass`, `onlyTitle`),
 * as `hashStep` hashes them from `HASH_START`: roles, labels and titles. A word whose hash is
 * here is left to the rules (`plainName`), a word of another that hashes alike included. Asked
 * through `LOOKED_UP_SLOTS` first: a set of numbers costs more to ask than the rest of the look.
 */
export const LOOKED_UP_WORDS: readonly string[] = [...ROLES, ...LABELS, ...TITLES];
const LOOKED_UP = new Set(LOOKED_UP_WORDS.map(wordHash));
/** The slots of `LOOKED_UP`: most words are told apart by them alone. */
const LOOKED_UP_SLOTS = hashSlots(LOOKED_UP);
/**
 * The capitals beyond Latin-1 that lower into it (`foldCase`): `Ÿ`, the capital sharp s, the Kelvin
 * sign (a `K`) and the Ångström sign (an `Å`). `plainWordEnd` leaves a word that starts with the
 * Kelvin sign to the rules, and looks up no word that starts with another (none of the words it
 * looks up starts with `ÿ`, `ß` or `å`: its test holds them to that).
 */
export const LOWERS_INTO_LATIN_1 = [0x178, 0x1e9e, 0x212a, 0x212b];

/**
 * One past the largest code of a letter of a word the rules look up (one of Latin-1, today): a word
 * with a letter past it, lowered, is none of theirs, and is not hashed to be looked up.
 */
export const LOOKED_UP_LIMIT = 1 + Math.max(...Array.from(LOOKED_UP_WORDS, (word) => Math.max(...wordCodes(word))));

function wordCodes(word: string): number[] {
  return Array.from(word, (char) => char.charCodeAt(0));
}

/** The hash of a word in lower case, as `plainWordEnd` makes it (`hashStep` from `HASH_START`). */
function wordHash(word: string): number {
  let hash = HASH_START;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/** 1 at `hash & 4095` for each of the hashes: a word whose slot is 0 is none of theirs. */
function hashSlots(hashes: Iterable<number>): Uint8Array {
  const slots = new Uint8Array(4096);
  for (const hash of hashes) slots[hash & 4095] = 1;
  return slots;
}

/** Whether the hash of an ASCII word is that of a word the rules look up (`LOOKED_UP`). */
function isLookedUp(hash: number): boolean {
  return LOOKED_UP_SLOTS[hash & 4095] === 1 && LOOKED_UP.has(hash);
}

/** The hash of the word `plainWordEnd` last read (of its ASCII letters), for `plainNameSpace`. */
let plainWordHash = 0;

/**
 * Where the plain word at text[from] ends: at `stop` (a code) or at `to`, the word being a capital
 * and then letters in lower case (or marks, or letters without case), two units at least, and not
 * a word the rules look up (`LOOKED_UP`); -1 when no such word stands there.
 */
function plainWordEnd(text: string, from: number, to: number, stop: number): number {
  let code = from < to ? text.charCodeAt(from) : -1;
  // A capital (not the Kelvin sign, a `K` that lowers into ASCII; the others that lower into
  // Latin-1 from beyond it, `LOWERS_INTO_LATIN_1`, lower into no first letter of a looked-up word).
  if (code < 128 ? code < 65 || code > 90 : code === 0x212a || !isCapital(code)) return -1;
  // The word's hash in lower case (its capital lowered by the hash's own step, as `foldCase` lowers
  // one of Latin-1: the rest is in lower case), as `wordHash` takes a looked-up word's, those beyond
  // ASCII too (`Geschäftsführer`, `Président`); and whether it may be one: every letter of theirs is
  // of Latin-1 (`LOOKED_UP_LIMIT`, written here as a number: a word in Cyrillic letters is none).
  let lookable = code < 0x100;
  let hash = hashStep(HASH_START, code);
  let i = from + 1;
  for (; i < to; i++) {
    code = text.charCodeAt(i);
    if (code === stop) break;
    if (code < 128) {
      if (code < 97 || code > 122) return -1;
      hash = hashStep(hash, code);
    } else {
      // (Half of a character beyond the first plane is left to the rules.)
      if ((code >= 0xd800 && code <= 0xdfff) || !isSmallLetterOrMark(code)) return -1;
      if (code >= 0x100) lookable = false;
      else hash = hashStep(hash, code);
    }
  }
  plainWordHash = hash;
  return i - from < 2 || (lookable && isLookedUp(hash)) ? -1 : i;
}

/**
 * Where the space of the usual name text[from, to) stands: two plain words (`plainWordEnd`) with
 * one space between them, not a site's link (`isLinkPhrase`); else -1. Such a name is what
 * `mayBeName` lets by, and what `nameOf` takes and splits at its space, word for word.
 */
function plainNameSpace(text: string, from: number, to: number): number {
  if (to - from > MAX_NAME) return -1;
  const space = plainWordEnd(text, from, to, 32);
  if (space < 0 || space === to) return -1;
  const first = plainWordHash;
  if (plainWordEnd(text, space + 1, to, 32) !== to) return -1;
  const mayBeLink = LINK_FIRST_SLOTS[first & 4095] === 1 && LINK_SECOND_SLOTS[plainWordHash & 4095] === 1;
  return mayBeLink && isLinkPhrase(text, from, to) ? -1 : space;
}

/**
 * Where the comma of the usual name written last name first, text[from, to), stands, as Outlook
 * writes it (`Doe, Jane`): two plain words (`plainWordEnd`) with a comma and a space between
 * them; else -1. Such a name is what `splitName` reads as last name, first name.
 */
function plainLastFirstComma(text: string, from: number, to: number): number {
  if (to - from > MAX_NAME) return -1;
  const comma = plainWordEnd(text, from, to, 44);
  if (comma < 0 || comma === to || text.charCodeAt(comma + 1) !== 32) return -1;
  return plainWordEnd(text, comma + 2, to, 44) === to ? comma : -1;
}

/**
 * The usual name in a list, text[from, to), told and split in one look (`plainNameSpace`): without
 * the copy, the checks and the split of each. Null for any other text, which the caller then
 * reads the full way (it may still be a name).
 */
export function plainName(text: string, from: number, to: number): SplitName | null {
  const space = plainNameSpace(text, from, to);
  return space < 0 ? null : { firstName: text.slice(from, space), lastName: text.slice(space + 1, to) };
}

/** `Doe, Jane` of two plain words (`plainLastFirstComma`), split in one look; null for any other text. */
export function plainLastFirst(text: string, from: number, to: number): SplitName | null {
  const comma = plainLastFirstComma(text, from, to);
  return comma < 0 ? null : { firstName: text.slice(comma + 2, to), lastName: text.slice(from, comma) };
}

/** Whether text[from, to) is the usual name, either way round (`Jane Doe`, `Doe, Jane`): nothing is made to tell. */
export function isPlainName(text: string, from: number, to: number): boolean {
  return plainNameSpace(text, from, to) >= 0 || plainLastFirstComma(text, from, to) >= 0;
}

/**
 * Whether a text is one plain word (`plainWordEnd`: `Kanelo`, a row's cell) or the usual name
 * (`isPlainName`): what `looksLikeName` takes in one look, nothing copied.
 */
export function isPlainWords(text: string): boolean {
  if (text.length > MAX_NAME) return false;
  const end = plainWordEnd(text, 0, text.length, 32);
  return (
    end === text.length ||
    (end > 0 ? plainNameSpace(text, 0, text.length) : plainLastFirstComma(text, 0, text.length)) >= 0
  );
}

/**
 * Splits a display name into first and last name: `Last, First` order, particles kept with the
 * last name (Anna van der Berg → Anna / van der Berg), titles dropped, any script. The usual name,
 * either way round (`Jane Doe`, `Doe, Jane`), in one look; any other by `splitNameFully`.
 */
export function splitName(raw: string): SplitName {
  return plainName(raw, 0, raw.length) ?? plainLastFirst(raw, 0, raw.length) ?? splitNameFully(raw);
}

/**
 * A name written last name first, its first name `first`, its last `last`: the particles that end
 * the first name start the last, as Dutch address books write them after it (`Vries, Jan de` is
 * Jan de Vries, `Beethoven, Ludwig van`).
 */
function withTrailingParticles(first: string, last: string): SplitName {
  let end = first.length;
  for (let space = first.lastIndexOf(' '); space > 0; space = first.lastIndexOf(' ', space - 1)) {
    if (!PARTICLES.has(first.slice(space + 1, end))) break;
    end = space;
  }
  if (end === first.length) return { firstName: first, lastName: last };
  return { firstName: first.slice(0, end), lastName: `${first.slice(end + 1)} ${last}` };
}

/** `splitName` by its rules alone. Exported for the property test that holds the quick reading to it. */
export function splitNameFully(raw: string): SplitName {
  if (raw.length <= MAX_NAME && isSimpleName(raw)) return splitSimple(raw);
  // `Doe, Jane` of two usual names (the Outlook way), read without the full rules.
  const outlookComma = raw.indexOf(',');
  if (outlookComma > 0 && raw.length <= 82) {
    const before = raw.slice(0, outlookComma);
    const after = raw.slice(outlookComma + 1).trim();
    if (!before.includes(' ') && isSimpleName(before) && isSimpleName(after) && !isRole(before)) {
      return { firstName: withoutTitles(after), lastName: before };
    }
  }
  // Commas are looked for before stray punctuation is trimmed: `", Jane"` is a first name alone.
  // Without a nickname in quotes: `"Robert \"Bob\" Smith"` is Robert Smith.
  const text = withoutNickname(words(unquote(raw)).join(' '));
  if (cleanName(text) === '') return { firstName: '', lastName: '' };
  const comma = text.indexOf(',');
  if (comma >= 0) {
    const before = cleanName(text.slice(0, comma));
    let after = cleanName(text.slice(comma + 1));
    // "Smith, John, VP Sales", "Doe, Jane, PhD", "Doe, Jane, Acme": what follows the first name
    // (a title, a degree, a company) is left out of it.
    const second = after.indexOf(',');
    if (second > 0 && !before.includes(' ')) after = cleanName(after.slice(0, second));
    // "Müller, Dr. Hans", as German address books write a doctor: the title is not the first name's.
    after = withoutTitles(after);
    // "Our CEO, Jane Doe" is Jane Doe; "John Smith, Jr." and "Jane Doe, Head of Sales" are not
    // "Last, First".
    if (hasRole(before) && !hasRole(after)) return splitName(after);
    const suffix = before.includes(' ') && (isSuffix(after) || hasRole(after));
    if (!suffix) return withTrailingParticles(after, before);
    return splitName(before);
  }
  const parts = words(cleanName(text));
  // "Dr. Jane Doe" is Jane Doe; "Mr Smith" keeps its only other word as the last name; "Jane Doe
  // PhD" is Jane Doe.
  // "Mr. and Mrs. Smith": both titles.
  while (parts.length > 2 && (isTitleWord(parts[0] ?? '') || (isAnd(parts[0] ?? '') && isTitle(parts[1] ?? '')))) {
    parts.shift();
  }
  // Nor is a title written after the name, with a dot (`Paul Roth Dr. med.`, `Jane Doe Prof.`).
  while (parts.length > 2 && isAfterName(parts[parts.length - 1] ?? '')) parts.pop();
  if (parts.length === 1) return oneWord(cleanName(parts[0] ?? ''));
  if (parts.length === 2 && (onlyTitle(parts[0] ?? '') || DOCTORATES.has(parts[0] ?? '')))
    return { firstName: '', lastName: cleanName(parts[1] ?? '') };
  if (parts.every((part) => inFamilyFirstScript(part))) return familyFirst(parts);
  let lastStart = parts.length - 1;
  // "Seán Ó Briain", "Aoife Nic Giolla Phádraig": the surname starts at its Gaelic particle.
  const gaelic = parts.findIndex((part, index) => index > 0 && index < lastStart && GAELIC_PARTICLES.has(part));
  if (gaelic > 0) lastStart = gaelic;
  // "Anna van der Berg" is not Anna van, nor "Jean Le Pen" Jean Le.
  while (lastStart > 1) {
    const word = parts[lastStart - 1] ?? '';
    if (!PARTICLES.has(word) && !isCapitalParticle(word, 0, word.length, lastStart < parts.length - 1)) break;
    lastStart--;
  }
  // "Juan García de la Torre": a Spanish surname before the last starts it.
  const before = parts[lastStart - 1] ?? '';
  if (lastStart > 1 && isSpanishSurname(before, 0, before.length)) lastStart--;
  return {
    firstName: cleanName(parts.slice(0, lastStart).join(' ')),
    lastName: cleanName(parts.slice(lastStart).join(' ')),
  };
}

const NOT_IN_NAMES = /[\d@<>/\\=_#$%^&*+~|]/;
// A foreign name in katakana parts its words with a middle dot (ジョン・スミス). It is kept whole:
// written with a space, a name in katakana may as well be a Japanese one, family name first, and
// what is split could not be shown back in its own order.
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lo}[\p{L}\p{M}]*(?:[\u30FB\uFF65]\p{Lo}[\p{L}\p{M}]*)*)$/u;
/**
 * The usual written name, read without the full rules: one to five capitalized ASCII words with
 * single spaces between them, nothing around them that `cleanName` would trim.
 */
const SIMPLE_NAME = /^[A-Z](?:[A-Za-z'.-]*[A-Za-z.])?(?: [A-Z](?:[A-Za-z'.-]*[A-Za-z.])?){0,4}$/;
/**
 * Whether a text is the usual written name in any script (José García, Алексей Иванов, 山田 太郎):
 * one to five words with single spaces between them, each a capital followed by letters, marks
 * and `'’.-` and ending with a letter, a mark or a dot, or a letter of a script without case
 * followed by letters and marks (a `NAME_WORD` with nothing `cleanName` would trim). The rules then
 * only ask about its ASCII words (`wideWordsPass`), and it splits as a `SIMPLE_NAME` does. Read by
 * character codes; a character beyond the first plane is left to the rules.
 */
function simpleWideName(text: string): boolean {
  let words = 0;
  for (let i = 0; i < text.length;) {
    if (++words > 5) return false;
    const start = i;
    const capital = isCapital(text.charCodeAt(i));
    if (!capital && !isCaselessLetter(text.charCodeAt(i))) return false;
    for (i++; i < text.length && text.charCodeAt(i) !== 32; i++) {
      const code = text.charCodeAt(i);
      if (!isLetterOrMark(code) && !(capital && (code === 39 || code === 0x2019 || code === 46 || code === 45)))
        return false;
    }
    const last = text.charCodeAt(i - 1);
    if (i - start > 1 && !isLetterOrMark(last) && last !== 46) return false;
    // One space, and a word after it.
    if (i < text.length && ++i === text.length) return false;
  }
  return words > 0;
}

/** A `SIMPLE_NAME` or a `simpleWideName`. */
function isSimpleName(text: string): boolean {
  return SIMPLE_NAME.test(text) || simpleWideName(text);
}

/**
 * Whether the words of a `simpleWideName` pass the rules: none is a role, nor a label (when
 * `labels`). A word is looked up when its hash, each unit lowered (`mayBeLookedUp`), is one of theirs:
 * roles are written beyond ASCII too (`Geschäftsführer`), and the Kelvin sign lowers into ASCII (to
 * a `k`: "THAN\u212AS" is "thanks"). (Its words start with a capital or a letter without case: none
 * is a particle written in lower case.)
 */
function wideWordsPass(name: string, labels: boolean): boolean {
  for (let start = 0; start <= name.length;) {
    let end = name.indexOf(' ', start);
    if (end < 0) end = name.length;
    if (mayBeLookedUp(name, start, end)) {
      const lower = name.slice(start, end).toLowerCase();
      if (ROLES.has(lower) || (labels && LABELS.has(lower))) return false;
    }
    // A possessive before another word (LinkedIn's "Jane’s Profile").
    if (end < name.length && isPossessive(name, start, end)) return false;
    start = end + 1;
  }
  return true;
}

/**
 * Whether the word text[start, end) may be one the rules look up (`isLookedUp`): each unit lowered
 * (`foldCase`) is one of their letters (`LOOKED_UP_LIMIT`), and its hash so lowered, as `wordHash`
 * takes theirs, is one of theirs.
 */
function mayBeLookedUp(text: string, start: number, end: number): boolean {
  let hash = HASH_START;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const folded = code < 128 ? code : foldCase(code);
    if (folded >= LOOKED_UP_LIMIT) return false;
    hash = hashStep(hash, folded);
  }
  return isLookedUp(hash);
}

/**
 * Whether text reads as a person's name: one to five words, each capitalized (or a particle, or
 * in a script without case), no digits, no label word ("Email", "To"). Used for text that is
 * not marked as a name (a bare address's neighbours, table cells, lines).
 */
export function looksLikeName(text: string, options: { labels?: boolean } = {}): boolean {
  if (text.length > 120) return false;
  // One plain word, or the usual name of two either way round, is told in one look, nothing
  // copied (`isPlainWords`: the rules below take every such name, labels or not).
  if (isPlainWords(text)) return true;
  if (!mayBeName(text)) {
    // A name with a nickname in quotes (`Robert "Bob" Smith`) is the name without it.
    const unnicked = withoutNickname(text);
    return unnicked !== text && looksLikeName(unnicked, options);
  }
  if (text.length <= MAX_NAME && SIMPLE_NAME.test(text)) {
    return simpleWordsPass(text, options.labels !== false);
  }
  if (text.length <= MAX_NAME && simpleWideName(text)) return wideWordsPass(text, options.labels !== false);
  return fullNameRules(text, options.labels !== false);
}

/**
 * Every rule of `looksLikeName`, for a text that is not a `SIMPLE_NAME` (`mayBeName` is only a
 * quick refusal before them: it turns down nothing these rules would take). Exported for the
 * property test that holds the quick paths to it.
 */
export function fullNameRules(text: string, labels: boolean): boolean {
  const clean = cleanName(unquote(text));
  if (clean === '' || clean.length > MAX_NAME || NOT_IN_NAMES.test(clean) || isLinkPhrase(clean)) return false;
  const parts = words(clean.replace(',', ' '));
  // (Five words at most, past the titles: `Prof. Dr. rer. nat. Eva Klein`. `Dr. med.` names no one.)
  const titled = leadingTitles(parts);
  if (parts.length === 0 || parts.length - titled > 5) return false;
  // Each word once: a name's word (or a particle), and not a label. Particles alone in lower case
  // ("de", "van der") are words of a sentence, not a name; a capitalised one may be a surname of
  // its own (Le, Do, Du, Da).
  let particles = 0;
  // The fields of a doctorate after a title that follows the name (`Roth, Paul Dr. med.`, as German
  // address books write it): the title's, no word of the name.
  let fields = 0;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] ?? '';
    const lower = part.toLowerCase();
    // A doctorate's field among the titles is the title's (`Dr. med.`).
    if (index < titled && DOCTORATES.has(part)) continue;
    if (index > titled && part.endsWith('.') && DOCTORATES.has(part) && isTitleWord(parts[index - 1] ?? '')) {
      fields++;
      continue;
    }
    if ((labels && LABELS.has(lower)) || (ROLES.has(lower) && index >= titled)) return false;
    if (index < parts.length - 1 && isPossessive(part, 0, part.length)) return false;
    if (part === lower && PARTICLES.has(lower)) particles++;
    else if (!NAME_WORD.test(part)) return false;
  }
  return particles + fields < parts.length - titled;
}

const LOWER_WORD = /^\p{Ll}[\p{L}\p{M}'’-]*$/u;
/** Whether the word text[start, end) is in the possessive ("Jane's", "Jane’s"): it names what follows it, not a person. */
function isPossessive(text: string, start: number, end: number): boolean {
  if (end - start < 2 || text.charCodeAt(end - 1) !== 115) return false;
  const apostrophe = text.charCodeAt(end - 2);
  return apostrophe === 39 || apostrophe === 0x2019;
}

/** A word that ends a sentence rather than abbreviates a name ("page." but not "Dr.", "J.", "St."). */
const SENTENCE_END = /^\p{L}{3,}\.$/u;
/** The AM or PM of a time ("at 10:00 AM Jane Doe <...> wrote:"), which is not a first name. */
const MERIDIEM = /^[ap]\.?m\.?$/i;
const DIGIT = /\d/;

function isNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (NAME_WORD.test(word) || PARTICLES.has(lower)) && !LABELS.has(lower) && !ROLES.has(lower);
}

/**
 * The name in text written right before an address: all of it when it reads as a name (or as a
 * name written in lower case, "jane doe"), else the name words that end it ("Please welcome
 * Jane Doe" → "Jane Doe", "...on our site. Jane Doe" → "Jane Doe"), else nothing.
 */
export function writtenName(text: string): string {
  if (text === '') return '';
  if (looksLikeName(text, { labels: false })) return text;
  const parts = words(text);
  const plain = parts.filter((part) => !PARTICLES.has(part));
  // Not a word that joins or labels ("and <js@...>", "email me <...>").
  if (plain.length > 0 && plain.length <= 2 && parts.every((part) => LOWER_WORD.test(part) && !LABELS.has(part))) {
    return text;
  }
  let first = parts.length;
  while (first > 0 && parts.length - first < 5) {
    const word = parts[first - 1] ?? '';
    if (!isNameWord(word) || (first < parts.length && SENTENCE_END.test(word) && !isTitle(word))) {
      // A mention, as chats and comments write one ("@Jane Doe"), starts the name.
      if (word.charCodeAt(0) === 64 && NAME_WORD.test(word.slice(1))) parts[--first] = word.slice(1);
      break;
    }
    first--;
  }
  // "Jane Doe via Slack": a service of one word that writes for a person (Slack, LinkedIn, Jira
  // do), whose address it is; neither name is its. ("Sent via Jane Doe" names her.)
  if (
    first > 1 &&
    first === parts.length - 1 &&
    (parts[first - 1] ?? '').toLowerCase() === 'via' &&
    isNameWord(parts[first - 2] ?? '')
  )
    return '';
  // A particle belongs to the last name after it, never first: "at van Gogh" is not a name start.
  while (first < parts.length && PARTICLES.has(parts[first] ?? '')) first++;
  if (first > 0 && MERIDIEM.test(parts[first] ?? '') && DIGIT.test(parts[first - 1] ?? '')) first++;
  return cleanName(parts.slice(first).join(' '));
}

/**
 * A word of an address with its first letter in capitals, and each part of a compound name's
 * (`mary-kate` → Mary-Kate, `o'neil` → O'Neil). Not by the browser's locale: it says nothing of
 * the name's language (a Turkish browser would write `isabel.garcia@` as İsabel).
 */
function capitalize(word: string): string {
  const head = capitalFirst(word, 0);
  return word.includes('-') || word.includes("'") ? capitalizeParts(head) : head;
}

/** `word` with its letter at `index` in capitals. */
function capitalFirst(word: string, index: number): string {
  const code = word.charCodeAt(index);
  if (code >= 97 && code <= 122) return word.slice(0, index) + String.fromCharCode(code - 32) + word.slice(index + 1);
  return word.slice(0, index) + word.charAt(index).toUpperCase() + word.slice(index + 1);
}

/**
 * The letter after each hyphen in capitals, and the one after an apostrophe that follows a single
 * letter (O'Neil, D'Angelo; not Dell'acqua's, which names write either way).
 */
function capitalizeParts(word: string): string {
  let out = word;
  for (let i = 1; i < out.length - 1; i++) {
    const code = out.charCodeAt(i);
    if (code === 45 || (code === 39 && i === 1)) out = capitalFirst(out, i + 1);
  }
  return out;
}

/** The length of the longest of `ROLE_ACCOUNTS`. */
const MAX_ROLE_ACCOUNT = Math.max(...Array.from(ROLE_ACCOUNTS, (role) => role.length));

/** Role accounts written `like.this`, which the usual shape of a guess must still turn down. */
const DOTTED_ROLES = new Set([...ROLE_ACCOUNTS].filter((role) => role.includes('.')));

const GUESS_PART = /^\p{L}(?:[\p{L}\p{M}'-]*\p{L})?$/u;

/** What `guessShape` finds of a local part. */
const CANNOT = 0;
const ASCII_SHAPE = 1;
const NEEDS_FULL_CHECK = 2;
/** ASCII_SHAPE of the usual kind: `first.last`, in lower case (no `_`, no other dot). */
const FIRST_DOT_LAST = 3;

/**
 * The shape of the local part email[0, end), read by character codes: CANNOT be guessed from (a
 * digit or other sign, a part of one letter, more than four parts or fewer than two), the right
 * ASCII_SHAPE (two to four parts of letters, `'` and `-`, each starting and ending with a letter),
 * or outside ASCII, which NEEDS_FULL_CHECK. Most addresses on a page are settled here without
 * making a string.
 */
function guessShape(email: string, end: number): number {
  let parts = 0;
  let partStart = 0;
  // A letter outside ASCII: the full check decides, unless a digit or a sign rules it out first.
  let wide = false;
  let capitals = false;
  let separators = 0;
  for (let i = 0; i <= end; i++) {
    const code = i < end ? email.charCodeAt(i) : 46;
    if (code >= 65 && code <= 90) capitals = true;
    if (code === 46 || code === 95) {
      if (i < end && (code === 95 || ++separators > 1)) separators = 2;
      const length = i - partStart;
      if (length === 1) return CANNOT;
      if (length > 1) {
        if (++parts > 4) return CANNOT;
        if (!wide && (!isAsciiLetter(email.charCodeAt(partStart)) || !isAsciiLetter(email.charCodeAt(i - 1))))
          return CANNOT;
      }
      partStart = i + 1;
    } else if (code < 128 && !isAsciiLetter(code) && code !== 39 && code !== 45) return CANNOT;
    else if (code >= 128) wide = true;
  }
  if (parts < 2) return CANNOT;
  if (wide) return NEEDS_FULL_CHECK;
  return separators === 1 && !capitals ? FIRST_DOT_LAST : ASCII_SHAPE;
}

/**
 * Where the local part email[0, end) ends without the number that tells namesakes apart
 * (`jane.doe2@`, `john_smith_99@`) and the separator before it: `end` without one.
 */
function withoutNumberEnd(email: string, end: number): number {
  let i = end;
  while (i > 0 && isDigit(email.charCodeAt(i - 1))) i--;
  if (i === end) return end;
  return isLocalSeparator(email.charCodeAt(i - 1)) ? i - 1 : i;
}

/**
 * What an organisation adds to the address of someone from outside it (`john.smith.ext@`,
 * `ext.john.smith@`, `jane.doe-contractor@`): no part of their name.
 */
const ADDRESS_TAGS = new Set([
  'ext',
  'extern',
  'external',
  'contractor',
  'contr',
  'consultant',
  'vendor',
  'guest',
  'temp',
]);

/** A local part's last part without the tag an organisation adds to it after a hyphen (`doe-ext`). */
function withoutTag(part: string): string {
  const hyphen = part.lastIndexOf('-');
  return hyphen > 0 && ADDRESS_TAGS.has(part.slice(hyphen + 1)) ? part.slice(0, hyphen) : part;
}

/**
 * The parts of a local part without the tags an organisation adds to them (`ADDRESS_TAGS`): the
 * parts themselves without one.
 */
function withoutTags(parts: string[]): string[] {
  if (parts.length > 0) parts[parts.length - 1] = withoutTag(parts[parts.length - 1] ?? '');
  if (parts.length > 2 && ADDRESS_TAGS.has(parts[parts.length - 1] ?? '')) parts.pop();
  if (parts.length > 2 && ADDRESS_TAGS.has(parts[0] ?? '')) parts.shift();
  return parts;
}

/**
 * A name guessed from an address (`jane.doe@` → Jane / Doe, `john_smith@` → John / Smith), past
 * a number at its end (`jane.doe2@`) and the tags of an outsider's address (`john.smith.ext@`).
 * Never for shared mailboxes (`info@`, `no-reply@`), single words, initials or other digits.
 */
export function guessName(email: string): (SplitName & { nameSource: NameSource }) | null {
  const end = withoutNumberEnd(email, localEnd(email));
  const shape = end <= 0 ? CANNOT : guessShape(email, end);
  if (shape === CANNOT) return null;
  // The usual address, first.last@: two parts as they are, unless it is a role account's, or its
  // first part is one (`info.desk@`).
  if (shape === FIRST_DOT_LAST) {
    const dot = email.indexOf('.');
    const first = email.slice(0, dot);
    if (startsMailbox(email, first) || (DOTTED_ROLES.size > 0 && DOTTED_ROLES.has(email.slice(0, end)))) return null;
    const last = email.slice(dot + 1, end);
    return { firstName: capitalize(first), lastName: capitalize(withoutTag(last)), nameSource: 'guessed' };
  }
  const local = email.slice(0, end).toLowerCase();
  if (ROLE_ACCOUNTS.has(local)) return null;
  const dot = local.indexOf('.');
  // The usual shape, first.last, made without arrays.
  if (shape === ASCII_SHAPE && dot > 0 && local.indexOf('.', dot + 1) < 0 && !local.includes('_')) {
    const first = local.slice(0, dot);
    if (startsMailbox(email, first)) return null;
    return { firstName: capitalize(first), lastName: capitalize(local.slice(dot + 1)), nameSource: 'guessed' };
  }
  const parts = withoutTags((local.includes('_') ? local.split(/[._]/) : local.split('.')).filter(Boolean));
  if (shape === NEEDS_FULL_CHECK) {
    if (parts.length < 2 || parts.length > 4) return null;
    if (parts.some((part) => part.length < 2 || !GUESS_PART.test(part))) return null;
  }
  if (startsMailbox(email, parts[0] ?? '')) return null;
  let lastStart = parts.length - 1;
  while (lastStart > 1 && PARTICLES.has(parts[lastStart - 1] ?? '')) lastStart--;
  const first = parts.slice(0, lastStart).map(capitalize).join(' ');
  const last = parts
    .slice(lastStart)
    .map((part, index) => (index < parts.length - lastStart - 1 ? part : capitalize(part)))
    .join(' ');
  return { firstName: first, lastName: last, nameSource: 'guessed' };
}

/**
 * Whether the first word of an address's local part starts a mailbox's name, not a person's: a
 * role account's (`info.desk@`), or the company's that the domain's first label is, in any case
 * (`uber.us@uber.com`, `acme.sales@acme.com`). (A family's domain is the last name's:
 * `jane.smith@smith.com`.)
 */
function startsMailbox(email: string, word: string): boolean {
  return ROLE_ACCOUNTS.has(word) || isDomainLabel(email, word);
}

/** Whether `word` is the first label of the address's domain, in any case. */
function isDomainLabel(email: string, word: string): boolean {
  const domain = atIndex(email) + 1;
  const end = domain + word.length;
  if (word === '' || end >= email.length || email.charCodeAt(end) !== 46) return false;
  for (let i = 0; i < word.length; i++)
    if (foldCase(email.charCodeAt(domain + i)) !== foldCase(word.charCodeAt(i))) return false;
  return true;
}

/**
 * A person with their name finished, once all that names them is read: none for a shared mailbox
 * named for what it is (`namesMailbox`), or one that only repeats its address's user name; written
 * in capitals only or in lower case only, as names are written (`casedName`); a first name written
 * alone, completed from the address (`surnameFrom`). Each is for a written name only, and most need
 * none: each is told cheaply first, from the fields read once here, and a new person made only for
 * a name that changes.
 */
export function finishedName(person: Recipient): Recipient {
  const { email, firstName, lastName, nameSource } = person;
  if (nameSource !== 'given') return person;
  if (email !== null && ((mayBeRoleAccount(email) && namesMailbox(email, firstName, lastName)) || isNoReply(email))) {
    return recipient(email, '', '', 'none', person.role);
  }
  let first = firstName;
  let last = lastName;
  const word = last === '' ? first : last;
  if (word !== '' && isCapital(word.charCodeAt(word.length - 1)) && inCapitalsOnly(first, last)) {
    [first, last] = casedName(first, last, false);
  } else if (word !== '' && isLowerCase(word.charCodeAt(0)) && inLowerCaseOnly(first, last)) {
    // A display name that only repeats its address's user name (`jdoe <jdoe@…>`, as a mail client
    // writes one where none was set) names no one: nor is a name guessed from one word.
    if (email !== null && last === '' && first === email.slice(0, localEnd(email))) {
      return recipient(email, '', '', 'none', person.role);
    }
    [first, last] = casedName(first, last, true);
  }
  if (email !== null && last === '' && first !== '') last = surnameFrom(email, first);
  return first === firstName && last === lastName ? person : recipient(email, first, last, nameSource, person.role);
}

/**
 * Whether a name of two words, read as `first` and `last`, was written surname first without a
 * comma (`Smith John`, as some directories and East Asian names write it), told by an address that
 * writes it first name first: `john.smith@`, `john_smith@`, `johnsmith@`, `jsmith@`. (Not `jane@`
 * under `Doe Jane`: one word of it does not tell the order.)
 */
function surnameFirst(email: string, first: string, last: string): boolean {
  // A name in Cyrillic letters, by its letters as an address writes them (`Иванов Иван`,
  // `ivan.ivanov@`, `iivanov@`); or, as a given name is written in Latin letters more ways than one
  // (`Юлия`: `yulia`, `yuliya`, `iuliia`), by its first letter before the family name
  // (`yulia.shchukina@`).
  if (isCyrillic(last.charCodeAt(0)) && isCyrillic(first.charCodeAt(0))) {
    // (Told at once for most names: the address starts otherwise than the given name's letter.)
    const initial = LATIN_OF_CYRILLIC[last.charCodeAt(0) - 0x400] ?? '';
    if (initial === '' || (initial.charCodeAt(0) | 32) !== (email.charCodeAt(0) | 32)) return false;
    // (Nor where it ends otherwise than the family name: `nelo0@` beside `Канело Нело`.)
    const end = localEnd(email);
    const final = LATIN_OF_CYRILLIC[first.charCodeAt(first.length - 1) - 0x400] ?? '';
    if (final !== '' && (final.charCodeAt(final.length - 1) | 32) !== (email.charCodeAt(end - 1) | 32)) return false;
    if (first.includes(' ') || last.includes(' ')) return false;
    const family = inLatinLetters(first).toLowerCase();
    const given = inLatinLetters(last).toLowerCase();
    if (family === given) return false;
    const local = email.slice(0, end).toLowerCase();
    let rest = local.startsWith(given) ? given.length : 1;
    if (isLocalSeparator(local.charCodeAt(rest))) rest++;
    if (local.length - rest === family.length && local.endsWith(family)) return true;
    const cut = local.length - family.length - 1;
    return cut > 0 && isLocalSeparator(local.charCodeAt(cut)) && local.endsWith(family);
  }
  // Told at once for most names: the address starts otherwise than the name's second word.
  if (last === '' || foldLetter(email.charCodeAt(0)) !== foldLetter(last.charCodeAt(0))) return false;
  if (first === '' || first.includes(' ') || last.includes(' ')) return false;
  const local = email.slice(0, localEnd(email)).toLowerCase();
  // (Without its accents, as an address writes it: `Kovács János`, `janos.kovacs@`.)
  const given = foldedWord(last);
  const family = foldedWord(first);
  if (given === family) return false;
  // (A given name's hyphen is often left out of its address: `Min-jun`, `minjun.kim@`.)
  for (const start of [given, given.replaceAll('-', ''), given.charAt(0)]) {
    if (!local.startsWith(start)) continue;
    let rest = start.length;
    if (isLocalSeparator(local.charCodeAt(rest))) rest++;
    if (local.slice(rest) === family) return true;
  }
  // Or with the letters it writes as two so written (`Müller Jürgen`, `juergen.mueller@`).
  const spelledGiven = spelledAsTwo(last).toLowerCase();
  const spelledFamily = spelledAsTwo(first).toLowerCase();
  if (spelledGiven === last.toLowerCase() && spelledFamily === first.toLowerCase()) return false;
  return local === `${spelledGiven}.${spelledFamily}` || local === `${spelledGiven}_${spelledFamily}`;
}

/**
 * A name of a written `first` and `last` as its address orders it: turned around when written
 * surname first (`surnameFirst`), its surname started earlier where the address says
 * (`surnameStartIn`); null when the address says nothing of it.
 */
export function inAddressOrder(email: string, first: string, last: string): SplitName | null {
  if (surnameFirst(email, first, last)) return { firstName: last, lastName: first };
  return vietnameseOrder(email, first, last) ?? surnameStartIn(email, first, last);
}

/** Whether a code unit is a letter of the Cyrillic alphabet (Russian, Ukrainian, Bulgarian, Serbian). */
export function isCyrillic(code: number): boolean {
  return code >= 0x400 && code <= 0x4ff;
}

/**
 * A text's Cyrillic letters as an address writes them in Latin ones (`Иван Щукин` → `Ivan Shchukin`),
 * the common way: `й` as `y`, `х` as `kh`, `ц` as `ts`, `ю` as `yu`, the signs left out. Other
 * characters as they are; a capital as a capital.
 */
export function inLatinLetters(text: string): string {
  let latin = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    latin += isCyrillic(code) ? (LATIN_OF_CYRILLIC[code - 0x400] ?? '') : text.charAt(i);
  }
  return latin;
}

const CYRILLIC_IN_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
};

/**
 * `CYRILLIC_IN_LATIN` by code from U+0400, capitals too (`Щ` → `Shch`): each letter looked up at
 * once (one made into a string and lowered, then looked up by name, made a megabyte of display
 * names in Cyrillic four times slower). Letters it does not hold are left out.
 */
const LATIN_OF_CYRILLIC: string[] = Array.from({ length: 0x100 }, () => '');
for (const [lower, latin] of Object.entries(CYRILLIC_IN_LATIN)) {
  LATIN_OF_CYRILLIC[lower.charCodeAt(0) - 0x400] = latin;
  LATIN_OF_CYRILLIC[lower.toUpperCase().charCodeAt(0) - 0x400] = latin.charAt(0).toUpperCase() + latin.slice(1);
}
/** How many Latin letters each Cyrillic one is written with (`LATIN_OF_CYRILLIC`): `ж` two, `ь` none. */
const LATIN_SIZES = Uint8Array.from(LATIN_OF_CYRILLIC, (latin) => latin.length);

/** How many letters a unit is written with in Latin letters (`inLatinLetters`): one but for a Cyrillic letter. */
export function latinSize(code: number): number {
  return isCyrillic(code) ? (LATIN_SIZES[code - 0x400] ?? 0) : 1;
}

/** The letters an address writes as two, as German and Scandinavian addresses do. */
const SPELLED_AS_TWO: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', œ: 'oe', å: 'aa' };
const TWO_LETTERS = /[äåæöüßœ]/gi;

/**
 * A text with the letters an address writes as two so written (`Jürgen Groß` → `Juergen Gross`);
 * the text itself when it has none. (Looked for first: `search` leaves the pattern's `lastIndex`
 * as it was.)
 */
export function spelledAsTwo(text: string): string {
  if (text.search(TWO_LETTERS) < 0) return text;
  // (The last one kept: a name is matched with its address several times over, and signatures
  // repeat it: a megabyte of `Jürgen Schmidt` over a title and an address took 63 ms, now 49.)
  if (text !== lastSpelled) {
    lastSpelled = text;
    lastSpelledAsTwo = text.replace(TWO_LETTERS, (letter) => SPELLED_AS_TWO[letter.toLowerCase()] ?? letter);
  }
  return lastSpelledAsTwo;
}

let lastSpelled = '';
let lastSpelledAsTwo = '';

/** A text in lower case, each letter without its accent (`foldLetter`): `Nguyễn` → `nguyen`. */
export function foldedWord(text: string): string {
  let plain = '';
  for (let i = 0; i < text.length; i++) plain += String.fromCharCode(foldLetter(text.charCodeAt(i)));
  return plain;
}

/**
 * The same family names as an address writes them, without accents (`nguyen`), which a Vietnamese
 * name writes first: `Nguyễn Văn An` is An, of the Nguyễn family.
 */
const VIETNAMESE_FAMILIES = new Set(Array.from(VIETNAMESE_FAMILY_WORDS, (family) => foldedWord(family)));

/**
 * A Vietnamese name of three words or more, family name first (`Nguyễn Văn An`), as an address that
 * writes its given name and then its family name says (`an.nguyen@`, `an_nguyen@`, `annguyen@`):
 * the words after the family name are the first name (Văn An), the family name the last. Else null.
 */
function vietnameseOrder(email: string, first: string, last: string): SplitName | null {
  const space = first.indexOf(' ');
  if (last === '' || space <= 0 || last.includes(' ')) return null;
  const family = foldedWord(first.slice(0, space));
  if (!VIETNAMESE_FAMILIES.has(family)) return null;
  const local = email.slice(0, localEnd(email)).toLowerCase();
  const given = foldedWord(last);
  if (!local.startsWith(given)) return null;
  const rest = isLocalSeparator(local.charCodeAt(given.length)) ? given.length + 1 : given.length;
  return local.slice(rest) === family
    ? { firstName: `${first.slice(space + 1)} ${last}`, lastName: first.slice(0, space) }
    : null;
}

/**
 * Where a name's surname starts, told by an address of two parts that names its first word (or its
 * initial) and then a later word of what was read as the first name: `María García López
 * <maria.garcia@…>` is María / García López (two surnames, as Spanish and Portuguese names write
 * them), not María García / López. The name split so, or null where the address says nothing of it
 * (an address of the last word, or of three parts: `john.paul.smith@` may name a middle name), or
 * where the last name already has two words (`María José García López <maria.jose@…>`: the address
 * names her two given names).
 */
function surnameStartIn(email: string, first: string, last: string): SplitName | null {
  if (last === '' || !first.includes(' ') || last.includes(' ')) return null;
  const local = email.slice(0, localEnd(email));
  const mark = local.search(/[._-]/);
  if (mark <= 0 || /[._-]/.test(local.slice(mark + 1))) return null;
  const given = local.slice(0, mark);
  const family = local.slice(mark + 1);
  const words = first.split(' ');
  const at = words.findIndex((word, index) => index > 0 && sameWord(word, family));
  if (at < 1) return null;
  // The first name as the address writes it: its first word, that word's initial, or all its
  // words run together or as initials (`mariajose.garcia@`, `mj.garcia@` for María José).
  const givens = words.slice(0, at);
  const head = givens[0] ?? '';
  const named =
    sameWord(given, head) ||
    (given.length === 1 && sameWord(given, head.charAt(0))) ||
    sameWord(given, givens.join('')) ||
    sameWord(given, givens.map((word) => word.charAt(0)).join(''));
  if (!named) return null;
  return { firstName: words.slice(0, at).join(' '), lastName: `${words.slice(at).join(' ')} ${last}` };
}

/**
 * Whether a name only says what the shared mailbox it is written to is: `Front Office` over
 * `office@…`, `Help Desk` over `helpdesk@…` (a word of the name in its local part). A person's
 * name written to one (`Jane Roe <info@…>`) does not.
 */
function namesMailbox(email: string, firstName: string, lastName: string): boolean {
  const local = email.slice(0, localEnd(email)).toLowerCase();
  if (!ROLE_ACCOUNTS.has(local)) return false;
  const words = `${firstName} ${lastName}`.toLowerCase().split(' ');
  return words.some((word) => word.length >= 3 && local.includes(word));
}

/** Whether an address is a shared mailbox's (`info@`, `support@`, `no-reply@`): `guessName` guesses no name for one. */
export function isSharedMailbox(email: string): boolean {
  return (
    (mayBeRoleAccount(email) && ROLE_ACCOUNTS.has(email.slice(0, localEnd(email)).toLowerCase())) || isNoReply(email)
  );
}

/**
 * Whether a name's letters, together, are the first label of the address's domain, hyphens aside,
 * or the whole domain (`Amazon.com`): the name of the company or the site the address is at (`Acme
 * Labs`, `AT&T`, `acme-labs.org`, `att.com`), or a person's own domain (`janedoe.com`). Told letter
 * by letter: most names differ at the first.
 */
export function spellsDomain(name: string, email: string): boolean {
  const at = atIndex(email);
  let j = at + 1;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (DOMAIN_SPELLING_MARKS[code] === 1) continue;
    const mark = email.charCodeAt(j);
    if (mark === 45 || (mark === 46 && j > at + 1)) j++;
    if (j >= email.length || foldLetter(code) !== foldLetter(email.charCodeAt(j))) return false;
    j++;
  }
  return j > at + 1 && (email.charCodeAt(j) === 46 || j === email.length);
}

/**
 * A name as a domain would spell it, for a look-up among domains' first labels (`domainLabel`):
 * its characters but `DOMAIN_SPELLING_MARKS`, each as `foldLetter` gives it (`AT&T` → `att`, `Café
 * Royal` → `caferoyal`), as `spellsDomain` compares them.
 */
export function domainSpelling(name: string): string {
  let spelled = '';
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (DOMAIN_SPELLING_MARKS[code] !== 1) spelled += String.fromCharCode(foldLetter(code));
  }
  return spelled;
}

/**
 * The first label of an address's domain as `domainSpelling` writes a name that spells it
 * (`acme-labs.org` → `acmelabs`).
 */
export function domainLabel(email: string): string {
  const at = atIndex(email);
  const dot = email.indexOf('.', at + 1);
  return domainSpelling(email.slice(at + 1, dot < 0 ? email.length : dot));
}

/** What a company's name writes between its letters that its domain leaves out: spaces, `&`, `'`, `-`, `.`. */
const DOMAIN_SPELLING_MARKS = new Uint8Array(128);
for (const mark of " &'-.") DOMAIN_SPELLING_MARKS[mark.charCodeAt(0)] = 1;

/**
 * Whether an address's local part may be one of `ROLE_ACCOUNTS`, told without a copy: no longer
 * than the longest, and letters, hyphens and underscores only (`no-reply`; not `jane.doe`, `press1`).
 */
function mayBeRoleAccount(email: string): boolean {
  for (let i = 0; i <= MAX_ROLE_ACCOUNT && i < email.length; i++) {
    const code = email.charCodeAt(i);
    if (code === 64 || code === 43) return i > 0;
    const letter = code | 32;
    if ((letter < 97 || letter > 122) && code !== 45 && code !== 95) return false;
  }
  return false;
}

/**
 * The surname the address gives a first name written alone, when the address starts with that
 * first name: `Kevin <kevin.lee@…>` is Kevin Lee, as `kevin.lee@…` alone is; else ''.
 */
function surnameFrom(email: string, firstName: string): string {
  // The address must go on after the first name with a dot or an underscore, as a guess splits it
  // (told before guessing: most do not).
  const after = email.charCodeAt(firstName.length);
  if ((after !== 46 && after !== 95) || firstName.includes(' ')) return '';
  const guess = guessName(email);
  return guess?.lastName && sameWord(guess.firstName, firstName) ? guess.lastName : '';
}

/**
 * A name written in capitals only (`JANE DOE`, `SMITH, JOHN`, as registrations and exports write
 * them), or in lower case only (`jane doe`, as a display name or a CRM's field is typed in haste:
 * `fromLower`), as a letter to the person writes it: `Jane Doe`, `Anna van der Berg`, `Mary-Kate
 * O'Neil`, `McDonald`. Initials (`AJ`, `J.`) and numerals (`III`) stay, in capitals. (A name with
 * a word in the other case, `DUPONT Jean`, is written as it is meant: `inCapitalsOnly` and
 * `inLowerCaseOnly` tell.)
 */
function casedName(firstName: string, lastName: string, fromLower: boolean): [string, string] {
  const first = casedWords(firstName, lastName !== '', fromLower);
  // The particles a first name ends with are the surname's (`ANNA VAN DER` `BERG`, split before
  // they were known in capitals).
  // So are the words from a Gaelic particle on (`SEÁN Ó` `BRIAIN`).
  let cut = first.length;
  const gaelic = gaelicSurnameStart(first, cut);
  if (gaelic > 0) cut = gaelic;
  for (let space = first.lastIndexOf(' ', cut - 1); space > 0; space = first.lastIndexOf(' ', cut - 1)) {
    if (!PARTICLES.has(first.slice(space + 1, cut).toLowerCase())) break;
    cut = space;
  }
  const moved = first.slice(cut).trim();
  const last = casedWords(lastName, false, fromLower);
  return [first.slice(0, cut), moved ? `${moved} ${last}` : last];
}

/** Whether a name's parts hold letters in lower case and none in capitals, and a word of three letters or more. */
function inLowerCaseOnly(first: string, last: string): boolean {
  return !hasCapital(first) && !hasCapital(last) && (/\p{Ll}{3}/u.test(first) || /\p{Ll}{3}/u.test(last));
}

function hasCapital(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isCapital(text.charCodeAt(i))) return true;
  return false;
}

/** Whether a name's parts hold letters in capitals and none in lower case, and a word of three letters or more. */
function inCapitalsOnly(first: string, last: string): boolean {
  if (hasLowerCase(first, 0, first.length) || hasLowerCase(last, 0, last.length)) return false;
  const name = `${first} ${last}`;
  return name !== name.toLowerCase() && name === name.toUpperCase() && /\p{Lu}{3}/u.test(name);
}

/**
 * The particles written in lower case when a name in capitals is written out: not those that
 * surnames write with a capital as often (`Le Pen`, `Al Sayed`); `la` only after `de` (`de la Cruz`).
 */
const LOWER_PARTICLES = new Set(
  [...PARTICLES].filter((particle) => !['le', 'lo', 'la', 'el', 'al', 'bin', 'ibn'].includes(particle)),
);

function isLowerParticle(word: string, before: string | undefined): boolean {
  return LOWER_PARTICLES.has(word) || (word === 'la' && (before === 'DE' || before === 'de'));
}

/** Initials written as a word: two consonants (`JJ`, `TJ`); `LI`, `JO`, `LE`, `NÍ` are names. */
const INITIALS = /^[B-DF-HJ-NP-TV-XZ]{2}$/;

/**
 * The words of a name in capitals (or in lower case: `fromLower`), each written as names are.
 * `followed`: a surname comes after the last word, which may then be one of its particles.
 */
function casedWords(name: string, followed: boolean, fromLower: boolean): string {
  const parts = name.split(' ');
  return parts
    .map((word, index) => {
      // Initials and numerals in capitals, as written in them. (In lower case, two letters are a
      // name as often: `ng`, `li`.)
      const initials = fromLower ? /^[ivx]{2,}$/.test(word) : INITIALS.test(word) || /^[IVX]{2,}$/.test(word);
      if (word.length < 2 || word.includes('.') || initials) return word.toUpperCase();
      const lower = word.toLowerCase();
      // A particle before the surname it belongs to: `van der Berg`.
      if ((followed || index < parts.length - 1) && isLowerParticle(lower, parts[index - 1])) return lower;
      // (The first letter in capitals, and `İ` in lower case as `i`: `toLowerCase` makes it two
      // characters, `i` and a dot.)
      const cased = capitalizeParts(capitalFirst(word.charAt(0), 0) + word.slice(1).replaceAll('İ', 'i').toLowerCase());
      return cased.startsWith('Mc') && cased.length > 3 ? capitalFirst(cased, 2) : cased;
    })
    .join(' ');
}

/** Whether two words are the same in any case, their accents aside (`José`, `jose`). */
function sameWord(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return plain(a) === plain(b);
}

/** A person known only by an address: the name guessed from it, or none. */
export function guessedPerson(email: string): Recipient {
  const guess = guessName(email);
  if (!guess) return { email, firstName: '', lastName: '', nameSource: 'none' };
  return { email, firstName: guess.firstName, lastName: guess.lastName, nameSource: 'guessed' };
}
