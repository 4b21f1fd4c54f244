import { describe, expect, it } from 'vitest';
import { HashSlots } from '@/lib/recipients/hashing';
import { RangeRecall, Recall } from '@/lib/recipients/recall';

describe('RangeRecall', () => {
  it('finds a kept value by the text, wherever it stands', () => {
    const recall = new RangeRecall<string>();
    const text = 'Jane Doe;Ann Lee;Jane Doe;jane doe';
    expect(recall.get(text, 0, 8)).toBeUndefined();
    recall.keep(text, 0, 8, 'first');
    expect(recall.get(text, 17, 25)).toBe('first');
    // Same length, other text (case counts): not the same key.
    expect(recall.get(text, 26, 34)).toBeUndefined();
    expect(recall.get(text, 9, 16)).toBeUndefined();
    recall.keep(text, 9, 16, 'second');
    expect(recall.get(`x${text}`, 10, 17)).toBe('second');
    expect(recall.get(text, 0, 8)).toBe('first');
  });

  it('stops looking and keeping when nearly every look-up misses', () => {
    const recall = new RangeRecall<number>();
    const text = Array.from({ length: 400 }, (_, i) => `name${String(i).padStart(3, '0')}`).join('');
    for (let i = 0; i < 400; i++) {
      expect(recall.get(text, i * 7, i * 7 + 7)).toBeUndefined();
      recall.keep(text, i * 7, i * 7 + 7, i);
    }
    // Kept while it was on trial; no longer asked.
    expect(recall.get(text, 0, 7)).toBeUndefined();
  });

  it('keeps a value that is null', () => {
    const recall = new RangeRecall<string | null>();
    recall.keep('abc', 0, 3, null);
    expect(recall.get('abc', 0, 3)).toBeNull();
  });
});

describe('Recall', () => {
  it('stops looking and keeping when nearly every look-up misses', () => {
    const recall = new Recall<number>();
    expect(recall.active).toBe(true);
    expect(recall.get('a')).toBeUndefined();
    recall.keep('a', 1);
    expect(recall.get('a')).toBe(1);
    for (let i = 0; i < 400; i++) recall.keep(`k${i}`, recall.get(`k${i}`) ?? i);
    expect(recall.active).toBe(false);
    expect(recall.get('a')).toBeUndefined();
  });
});

describe('HashSlots', () => {
  it('finds every id under its hash, through the table growing, colliding hashes included', () => {
    const slots = new HashSlots();
    // 5,000 ids, two under each hash, and every 7th one skipped (kept outside the table).
    const hashOf = (id: number) => Math.floor(id / 2) * 40_503;
    const kept: number[] = [];
    for (let id = 0; id < 5000; id++) {
      if (id % 7 === 0) expect(slots.skip()).toBe(id);
      else {
        slots.seek(hashOf(id) & 0x3fffffff);
        while (slots.next() >= 0);
        expect(slots.add()).toBe(id);
        kept.push(id);
      }
    }
    for (const id of kept) {
      slots.seek(hashOf(id) & 0x3fffffff);
      const found: number[] = [];
      for (let next = slots.next(); next >= 0; next = slots.next()) found.push(next);
      const expected = [Math.floor(id / 2) * 2, Math.floor(id / 2) * 2 + 1].filter((other) => other % 7 !== 0);
      expect(found.sort((a, b) => a - b)).toEqual(expected);
    }
  });
});
