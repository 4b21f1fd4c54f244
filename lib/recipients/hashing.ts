import { foldCase } from './address-rules';

/**
 * Hashing of addresses and names while they are read, and the open-addressing table the books and
 * caches keep them in.
 */

const NOT_IN_SLOTS = -1;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** ASCII lowercase of one character code; other codes as they are. */
export function lower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * One step of FNV-1a over character codes folded by setting the bit that lowercases an ASCII
 * capital: both cases of a letter hash alike, without a branch. (It folds a few signs together,
 * `@` and `` ` `` say; the compare after the hash tells them apart.)
 */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ (code | 32), FNV_PRIME);
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

/**
 * The hash of text[start, end) with its `@` at `at`, computed the way `findAddresses` computes it
 * while reading; outside ASCII, of its units lowered one by one (`foldedStep`). -1 when one of
 * them does not fold alone (`foldsAlone`): such a text is kept by `toLowerCase` instead.
 */
export function hashAddress(text: string, start: number, at: number, end: number): number {
  let local = HASH_START;
  for (let i = at - 1; i >= start; i--) {
    const code = text.charCodeAt(i);
    if (code >= 128 && !foldsAlone(code)) return -1;
    local = foldedStep(local, code, true);
  }
  let domain = HASH_START;
  for (let i = at + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 && !foldsAlone(code)) return -1;
    domain = foldedStep(domain, code, false);
  }
  return joinHashes(local, domain);
}

/**
 * One step of a hash over a text in lower case, for a unit as `toLowerCase` lowers it alone: İ
 * as `i` and its combining dot, in the order the text is read (`leftwards` or not).
 */
export function foldedStep(hash: number, code: number, leftwards: boolean): number {
  if (code < 128) return hashStep(hash, code);
  if (code === 0x130) return leftwards ? hashStep(hashStep(hash, 0x307), 105) : hashStep(hashStep(hash, 105), 0x307);
  return hashStep(hash, foldCase(code));
}

/**
 * Whether a code unit outside ASCII is in lower case what `foldedStep` and `sameLowered` make
 * it wherever it stands, so that `toLowerCase` of a text of such units is the units lowered one
 * by one (İ as `i` and its dot): not a sigma (final or not by its place), and not half of a
 * character beyond the first plane. A text with one of these is keyed by `toLowerCase`; none of
 * them is the lower case of a unit of another kind, so such texts and the others never match.
 */
export function foldsAlone(code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return code !== 0x3a3 && code !== 0x3c2 && code !== 0x3c3;
}

/**
 * Open addressing over small-integer hashes, for the books below: id + 1 per slot, 0 for an empty
 * one, kept at most half full so a probe ends soon. A look-up is `seek(hash)`, then `next()` until
 * it gives -1; `add()` then puts the next id where the look-up ended. No function is made per
 * look-up, and nothing but the ids is stored.
 */
export class HashSlots {
  private slots = new Int32Array(16);
  /** The hash of each id; -1 for ids kept outside the table. */
  private readonly hashes: number[] = [];
  private cursor = 0;
  private hash = 0;

  seek(hash: number): void {
    this.hash = hash;
    this.cursor = hash & (this.slots.length - 1);
  }

  /** The next id stored under the sought hash, or -1 when there is none left. */
  next(): number {
    const mask = this.slots.length - 1;
    for (;;) {
      const entry = this.slots[this.cursor] ?? 0;
      if (entry === 0) return -1;
      this.cursor = (this.cursor + 1) & mask;
      if (this.hashes[entry - 1] === this.hash) return entry - 1;
    }
  }

  /** A new id under the sought hash, in the empty slot the look-up ended at. */
  add(): number {
    const id = this.hashes.length;
    this.hashes.push(this.hash);
    this.slots[this.cursor] = id + 1;
    if (this.hashes.length * 2 > this.slots.length) this.grow();
    return id;
  }

  /** A new id for an entry kept outside the table (found another way): ids stay one per entry. */
  skip(): number {
    this.hashes.push(NOT_IN_SLOTS);
    return this.hashes.length - 1;
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
