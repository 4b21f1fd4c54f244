/** Entries a cache holds at most: a text of all-different names costs no more memory than this. */
const LIMIT = 20_000;
/** Lookups before a cache judges whether it pays. */
const TRIAL = 256;

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

  get(key: string): T | undefined {
    if (this.misses > TRIAL && this.hits * 4 < this.misses) {
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
    if (this.misses > TRIAL && this.hits * 4 < this.misses) return value;
    if (this.map.size >= LIMIT) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}
