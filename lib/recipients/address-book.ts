const NOT_IN_SLOTS = -1;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** ASCII lowercase of one character code; other codes as they are. */
export function lower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** One step of FNV-1a over lowercased character codes. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ lower(code), FNV_PRIME);
}

/**
 * Where every hash starts: FNV's offset mixed with a number drawn when the parser loads, so that
 * a page cannot be written to make its addresses collide (and the book slow) on purpose.
 */
export const HASH_START = (FNV_OFFSET ^ Math.floor(Math.random() * 0x7fffffff)) | 0;

/**
 * The hash of an address from the hashes of its two sides: the local part read from the `@`
 * leftwards, the domain rightwards, as `findAddresses` reads them. 30 bits: a small integer in V8
 * on every platform, never a boxed number.
 */
export function joinHashes(local: number, domain: number): number {
  return (Math.imul(local, 0x9e3779b1) ^ domain) & 0x3fffffff;
}

/** The hash of text[start, end) with its `@` at `at`, computed the way `findAddresses` computes it while reading. */
export function hashAddress(text: string, start: number, at: number, end: number): number {
  let local = HASH_START;
  for (let i = at - 1; i >= start; i--) local = hashStep(local, text.charCodeAt(i));
  let domain = HASH_START;
  for (let i = at + 1; i < end; i++) domain = hashStep(domain, text.charCodeAt(i));
  return joinHashes(local, domain);
}

/**
 * The distinct addresses of one text, each with a number, compared without regard to case. Pages
 * and threads repeat their addresses: a repeat written in ASCII is recognised from the text and a
 * hash taken while reading it, without making a string or hashing one again in a `Map`, which is
 * most of the cost of reading an address list.
 */
export class AddressBook {
  /** Each address as first written, by id. */
  readonly emails: string[] = [];
  /** Open addressing: id + 1 per slot, 0 for an empty one. Kept at most half full. */
  private slots = new Int32Array(16);
  /** `joinHashes` of each address; `NOT_IN_SLOTS` for those kept in `others`. */
  private readonly hashes: number[] = [];
  /** Addresses with letters outside ASCII, by `toLowerCase()`. */
  private readonly others = new Map<string, number>();

  /** The id of the ASCII address text[start, end) whose hash is `hash`, added as written there when new. */
  idOfRange(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return this.add(text.slice(start, end), hash, slot);
      const id = entry - 1;
      if (this.hashes[id] === hash && sameAddress(this.emails[id] ?? '', text, start, end)) return id;
    }
  }

  /** The id of an address however it was found (decoded, in brackets, or outside ASCII), added when new. */
  idOf(email: string): number {
    for (let i = 0; i < email.length; i++) {
      if (email.charCodeAt(i) > 127) {
        const key = email.toLowerCase();
        let id = this.others.get(key);
        if (id === undefined) {
          id = this.emails.length;
          this.emails.push(email);
          this.hashes.push(NOT_IN_SLOTS);
          this.others.set(key, id);
        }
        return id;
      }
    }
    return this.idOfAscii(email);
  }

  /** The id of an address outside ASCII already in the book, else -1. */
  known(email: string): number {
    return this.others.size === 0 ? -1 : (this.others.get(email.toLowerCase()) ?? -1);
  }

  /** The id of an address known to be all ASCII, added when new. */
  idOfAscii(email: string): number {
    return this.idOfRange(email, 0, email.length, hashAddress(email, 0, email.lastIndexOf('@'), email.length));
  }

  private add(email: string, hash: number, slot: number): number {
    const id = this.emails.length;
    this.emails.push(email);
    this.hashes.push(hash);
    this.slots[slot] = id + 1;
    if (this.emails.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    this.hashes.forEach((hash, id) => {
      if (hash === NOT_IN_SLOTS) return;
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    });
    this.slots = slots;
  }
}

function sameAddress(known: string, text: string, start: number, end: number): boolean {
  if (known.length !== end - start) return false;
  for (let i = 0; i < known.length; i++) {
    if (lower(known.charCodeAt(i)) !== lower(text.charCodeAt(start + i))) return false;
  }
  return true;
}
