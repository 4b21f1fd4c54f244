import { describe, expect, it } from 'vitest';
import { fullName } from '@/lib/full-name';

describe('fullName', () => {
  it.each([
    ['Jane', 'Doe', 'Jane Doe'],
    ['Jane', '', 'Jane'],
    ['', 'Doe', 'Doe'],
    ['', '', ''],
    ['Anna', 'van der Berg', 'Anna van der Berg'],
    // Chinese, Japanese and Korean names: family name first, as they are written.
    ['太郎', '山田', '山田 太郎'],
    // Korean and Chinese (a family name of one character) without a space, as they are written.
    ['민수', '김', '김민수'],
    ['小龙', '李', '李小龙'],
    ['伟', '张', '张伟'],
    ['はなこ', '林', '林 はなこ'],
    ['はなこ', 'さとう', 'さとう はなこ'],
    ['𠮷雄', '𠮷田', '𠮷田 𠮷雄'],
    // Only when both parts are in those scripts.
    ['Taro', '山田', 'Taro 山田'],
    ['太郎', 'Yamada', '太郎 Yamada'],
    ['ジョン・', 'スミス', 'ジョン・ スミス'],
  ])('%s / %s is written %s', (first, last, written) => {
    expect(fullName(first, last)).toBe(written);
  });
});
