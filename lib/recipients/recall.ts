import { HASH_START, HashSlots, hashStep } from './hashing';

/** Entries a cache holds at most: a text of all-different names costs no more memory than this. */
const LIMIT = 20_000;
/** Lookups before a cache judges whether it pays. */
const TRIAL = 256;

/** Whether a cache with these counts still pays: within its trial, or one hit in four at least. */
function pays(hits: number, misses: number): boolean {
  return misses <= TRIAL || hits * 4 >= misses;
}

/**
 * A cache of what was read in one text, for the things lists and threads repeat (the same
 * people, the same header row). It keeps itself only while it pays: in a list where everything
 * differs, every look-up and insertion would be pure cost, so after a trial with fewer than one
 * hit in four it stops looking and storing.
 */
export class Recall<T> {
  private readonly map = new Map<string, T>();
  private hits = 0;
  private misses = 0;

  /** Whether the cache is still looked in: a caller may make no key for it when it is not. */
  get active(): boolean {
    return pays(this.hits, this.misses);
  }

  get(key: string): T | undefined {
    if (!pays(this.hits, this.misses)) {
      this.misses++;
      return undefined;
    }
    const value = this.map.get(key);
    if (value === undefined) this.misses++;
    else this.hits++;
    return value;
  }

  /** Keeps `value` for `key` (while the cache pays) and returns it. */
  keep(key: string, value: T): T {
    if (!pays(this.hits, this.misses)) return value;
    if (this.map.size >= LIMIT) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}

/**
 * A `Recall` keyed by a stretch of the text, text[from, to), looked up without copying it out:
 * the hash is taken from its character codes and a kept key compared in place. For the short
 * items of a list, a string for each look-up (hashed again by a `Map`) costs more than the answer
 * saved; only a new key is copied, to keep.
 */
export class RangeRecall<T> {
  private table = new HashSlots();
  private keys: string[] = [];
  private values: T[] = [];
  private hits = 0;
  private misses = 0;
  /** The stretch `get` last missed: the table is left where it is added. */
  private missedText = '';
  private missedFrom = -1;
  private missedTo = -1;

  /** Whether the cache is still looked in: once it is not, each value asked for is made anew. */
  get active(): boolean {
    return pays(this.hits, this.misses);
  }

  /** The value kept for text[from, to), or undefined. */
  get(text: string, from: number, to: number): T | undefined {
    if (!pays(this.hits, this.misses)) {
      this.misses++;
      return undefined;
    }
    const id = this.find(text, from, to);
    if (id >= 0) {
      this.hits++;
      return this.values[id];
    }
    this.misses++;
    this.missedText = text;
    this.missedFrom = from;
    this.missedTo = to;
    return undefined;
  }

  /** Keeps `value` for text[from, to) (while the cache pays), and returns it. */
  keep(text: string, from: number, to: number, value: T): T {
    if (!pays(this.hits, this.misses)) return value;
    if (this.keys.length >= LIMIT) {
      this.table = new HashSlots();
      this.keys = [];
      this.values = [];
      this.missedFrom = -1;
    }
    // Right after `get` missed it, the table is already where it goes.
    const missed = from === this.missedFrom && to === this.missedTo && text === this.missedText;
    this.missedFrom = -1;
    if (!missed && this.find(text, from, to) >= 0) return value;
    this.table.add();
    this.keys.push(text.slice(from, to));
    this.values.push(value);
    return value;
  }

  /** The id of the key text[from, to), or -1, the table then left at the empty slot after its hash's. */
  private find(text: string, from: number, to: number): number {
    let hash = HASH_START;
    for (let i = from; i < to; i++) hash = hashStep(hash, text.charCodeAt(i));
    this.table.seek(hash & 0x3fffffff);
    for (let id = this.table.next(); id >= 0; id = this.table.next()) {
      if (sameRange(this.keys[id] ?? '', text, from, to)) return id;
    }
    return -1;
  }
}

/** Whether `key` is text[from, to), exactly. */
export function sameRange(key: string, text: string, from: number, to: number): boolean {
  if (key.length !== to - from) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}

/** Whether text[from, to) and text[otherFrom, otherTo) are the same. */
export function sameSpans(text: string, from: number, to: number, otherFrom: number, otherTo: number): boolean {
  if (to - from !== otherTo - otherFrom) return false;
  for (let i = 0; i < to - from; i++) if (text.charCodeAt(from + i) !== text.charCodeAt(otherFrom + i)) return false;
  return true;
}
