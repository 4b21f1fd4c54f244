import { isValidEmail } from '../apexscore/email';
import { foldCase, isAscii, validDomain, wideEmailVerdict } from './address-rules';
import { foldedStep, foldsAlone, HASH_START, hashAddress, HashSlots, hashStep, joinHashes, lower } from './hashing';
import { Recall } from './recall';
import type { SplitName } from './names';
import type { Recipient } from './types';

/**
 * The distinct addresses of one text, each with a number, compared without regard to case. Pages
 * and threads repeat their addresses: a repeat written in ASCII is recognised from the text and a
 * hash taken while reading it, without making a string or hashing one again in a `Map`, which is
 * most of the cost of reading an address list.
 */
export class AddressBook {
  /** Each address as first written, by id. */
  readonly emails: string[] = [];
  private readonly table = new HashSlots();
  /**
   * Addresses outside ASCII with a unit that `toLowerCase` folds by its place (see `foldsAlone`),
   * by `toLowerCase()`: an id, or -1 for one the rules turned down.
   */
  private readonly others = new Map<string, number>();
  /** Addresses outside ASCII the rules turned down, the others kept like the accepted ones. */
  private readonly refusals = new HashSlots();
  private readonly refused: string[] = [];
  /**
   * Obfuscated addresses decoded in this text, by how they are written, whether their at-sign is
   * `@` or bracketed: an id, or -1 for none.
   */
  readonly decoded = [new Recall<number>(), new Recall<number>()];

  /** The id of the ASCII address text[start, end) whose hash is `hash`, added as written there when new. */
  idOfRange(text: string, start: number, end: number, hash: number): number {
    this.table.seek(hash);
    for (let id = this.table.next(); id >= 0; id = this.table.next()) {
      if (sameAddress(this.emails[id] ?? '', text, start, end)) return id;
    }
    this.emails.push(text.slice(start, end));
    return this.table.add();
  }

  /** The id of an address however it was found (decoded, in brackets, or outside ASCII), added when new. */
  idOf(email: string): number {
    const at = email.lastIndexOf('@');
    return isAscii(email, 0, email.length) ? this.idOfAscii(email, at) : this.idOfWide(email, false, at);
  }

  /**
   * The id of an address with letters outside ASCII, found in prose: the slow rules for such
   * addresses (`acceptsOther`) are asked once for each distinct address, in any case, and -1
   * returned for one they turn down.
   */
  idOfChecked(email: string, at = email.lastIndexOf('@')): number {
    return this.idOfWide(email, true, at);
  }

  /**
   * An address outside ASCII, found in the table by a hash of its units folded one by one, as
   * an ASCII one is (or by `toLowerCase` when a unit folds by its place); when new, added if it
   * passes the rules (`check`) or is known to. Its last `@` is at `at`.
   */
  private idOfWide(email: string, check: boolean, at: number): number {
    const hash = hashAddress(email, 0, at, email.length);
    if (hash < 0) {
      const key = email.toLowerCase();
      const known = this.others.get(key);
      if (known !== undefined && (known >= 0 || check)) return known;
      if (check && !this.acceptsOther(email, at)) {
        this.others.set(key, -1);
        return -1;
      }
      this.emails.push(email);
      const id = this.table.skip();
      this.others.set(key, id);
      return id;
    }
    this.table.seek(hash);
    for (let id = this.table.next(); id >= 0; id = this.table.next()) {
      const known = this.emails[id] ?? '';
      // An ASCII address and one outside it are kept apart (the Kelvin sign folds to a `k`).
      if (sameLowered(known, email) && !isAscii(known, 0, known.length)) return id;
    }
    if (check) {
      this.refusals.seek(hash);
      for (let id = this.refusals.next(); id >= 0; id = this.refusals.next()) {
        if (sameLowered(this.refused[id] ?? '', email)) return -1;
      }
      if (!this.acceptsOther(email, at)) {
        this.refused.push(email);
        this.refusals.add();
        return -1;
      }
    }
    this.emails.push(email);
    return this.table.add();
  }

  /**
   * The rules an address outside ASCII found in prose must pass: its domain's, and the API
   * client's (read by character codes, but where only the rules can tell).
   */
  private acceptsOther(email: string, at: number): boolean {
    return wideEmailVerdict(email, at) ?? (validDomain(email.slice(at + 1)) && isValidEmail(email));
  }

  /**
   * The id of an address known to be all ASCII, added when new. (A caller that knows where its
   * last `@` is says so: the engine finds it backwards only by a call into its runtime.)
   */
  idOfAscii(email: string, at = email.lastIndexOf('@')): number {
    return this.idOfRange(email, 0, email.length, hashAddress(email, 0, at, email.length));
  }

  /**
   * The id of the ASCII address `local@domain`, given as its two parts (as an obfuscated address
   * is decoded), hashed as `hashAddress` hashes it; the address is joined only when it is new.
   * (Read from a joined string, it would be read through the two parts it is made of.)
   */
  idOfAsciiParts(local: string, domain: string): number {
    let localHash = HASH_START;
    for (let i = local.length - 1; i >= 0; i--) localHash = hashStep(localHash, local.charCodeAt(i));
    let domainHash = HASH_START;
    for (let i = 0; i < domain.length; i++) domainHash = hashStep(domainHash, domain.charCodeAt(i));
    this.table.seek(joinHashes(localHash, domainHash));
    for (let id = this.table.next(); id >= 0; id = this.table.next()) {
      if (sameParts(this.emails[id] ?? '', local, domain)) return id;
    }
    this.emails.push(`${local}@${domain}`);
    return this.table.add();
  }
}

/** Whether two texts are alike in lower case, unit by unit as `toLowerCase` lowers each (İ as `i` and its dot). */
function sameLowered(a: string, b: string): boolean {
  // Of the same length and without an İ, unit for unit (what a hash table's candidate mostly is).
  if (a.length === b.length) {
    let i = 0;
    for (; i < a.length; i++) {
      const p = a.charCodeAt(i);
      const q = b.charCodeAt(i);
      if (p === 0x130 || q === 0x130) break;
      if (p !== q && foldCase(p) !== foldCase(q)) return false;
    }
    if (i === a.length) return true;
  }
  const x = new LoweredUnits(a);
  const y = new LoweredUnits(b);
  for (;;) {
    const unit = x.next();
    if (unit !== y.next()) return false;
    if (unit < 0) return true;
  }
}

/** The units of a text lowered one by one, İ as `i` and then its combining dot; -1 past the end. */
class LoweredUnits {
  private index = 0;
  /** The dot of an İ, still to give. */
  private dot = false;

  constructor(private readonly text: string) {}

  next(): number {
    if (this.dot) {
      this.dot = false;
      return 0x307;
    }
    if (this.index >= this.text.length) return -1;
    const code = this.text.charCodeAt(this.index++);
    this.dot = code === 0x130;
    return this.dot ? 105 : foldCase(code);
  }
}

/**
 * The people of a names-only list, each once however their name is cased: recognised by a hash of
 * the lowercased name taken from its two parts, without a key string for each (a list of 50,000
 * names makes none). Names with letters outside ASCII are kept by a lowercased key instead.
 */
export class NameBook {
  readonly people: Recipient[] = [];
  private readonly table = new HashSlots();
  private readonly others = new Map<string, number>();

  /** Names keyed by `toLowerCase`, already looked at, by identity: a list's repeats are read into one object. */
  private readonly seen = new Set<SplitName>();

  /** Lists the person of this name, unless someone of that name is listed already. */
  add(name: SplitName): void {
    const { firstName, lastName } = name;
    // `${firstName} ${lastName}` hashed in one look, its units lowered one by one; outside ASCII,
    // unless one of them lowers by its place in a text (see `foldsAlone`).
    let hash = HASH_START;
    let ascii = true;
    let plain = true;
    const length = firstName.length + 1 + lastName.length;
    for (let k = 0; k < length && plain; k++) {
      const code =
        k < firstName.length
          ? firstName.charCodeAt(k)
          : k === firstName.length
            ? 32
            : lastName.charCodeAt(k - firstName.length - 1);
      if (code >= 128) {
        ascii = false;
        plain = foldsAlone(code);
      }
      hash = foldedStep(hash, code, false);
    }
    if (!plain) {
      if (this.seen.has(name)) return;
      this.seen.add(name);
      const key = `${firstName} ${lastName}`.toLowerCase();
      if (this.others.has(key)) return;
      this.others.set(key, this.table.skip());
    } else {
      this.table.seek(hash & 0x3fffffff);
      for (let id = this.table.next(); id >= 0; id = this.table.next()) {
        const known = this.people[id];
        if (!known) continue;
        // ASCII names compare part by part, among themselves; others as `${firstName} ${lastName}`
        // in lower case, among themselves (the Kelvin sign is a `k` only to the latter).
        if (
          ascii
            ? sameName(known.firstName, firstName) && sameName(known.lastName, lastName)
            : (known.firstName === firstName && known.lastName === lastName) ||
              (!asciiName(known) && sameFolded(known, name))
        )
          return;
      }
      this.table.add();
    }
    this.people.push({ email: null, firstName, lastName, nameSource: 'given' });
  }
}

/** Whether `${a.firstName} ${a.lastName}` and the same of `b` are alike, unit by unit in lower case. */
function sameFolded(a: SplitName, b: SplitName): boolean {
  return sameLowered(`${a.firstName} ${a.lastName}`, `${b.firstName} ${b.lastName}`);
}

function asciiName(name: SplitName): boolean {
  return isAscii(name.firstName, 0, name.firstName.length) && isAscii(name.lastName, 0, name.lastName.length);
}

function sameName(known: string, name: string): boolean {
  return sameAddress(known, name, 0, name.length);
}

/** Whether `known` is `local@domain`, ignoring ASCII case. */
function sameParts(known: string, local: string, domain: string): boolean {
  return (
    known.length === local.length + 1 + domain.length &&
    known.charCodeAt(local.length) === 64 &&
    sameAddress(local, known, 0, local.length) &&
    sameAddress(domain, known, local.length + 1, known.length)
  );
}

function sameAddress(known: string, text: string, start: number, end: number): boolean {
  if (known.length !== end - start) return false;
  for (let i = 0; i < known.length; i++) {
    if (lower(known.charCodeAt(i)) !== lower(text.charCodeAt(start + i))) return false;
  }
  return true;
}
