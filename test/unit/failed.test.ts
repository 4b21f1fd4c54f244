import { describe, expect, it } from 'vitest';
import { describeFailed } from '@/lib/apexscore/failed';

describe('describeFailed', () => {
  it.each<[string, unknown, ReturnType<typeof describeFailed>]>([
    [
      'email and error',
      { email: 'a@x.io', error: 'Already invited' },
      { email: 'a@x.io', messages: ['Already invited'] },
    ],
    ['a detail', { email: 'a@x.io', detail: 'No seats left' }, { email: 'a@x.io', messages: ['No seats left'] }],
    [
      'DRF-style errors',
      { email: 'a@x.io', errors: { email: ['Bad'] } },
      { email: 'a@x.io', messages: ['email: Bad'] },
    ],
    ['unknown keys', { email: 'a@x.io', code: 42 }, { email: 'a@x.io', messages: ['code: 42'] }],
    ['a bare string', 'Quota exceeded', { email: null, messages: ['Quota exceeded'] }],
    ['null', null, { email: null, messages: [] }],
    ['a list', ['a', 'b'], { email: null, messages: ['a', 'b'] }],
    [
      'an invitation token, which is not shown',
      { email: 'a@x.io', token: 'secret' },
      { email: 'a@x.io', messages: [] },
    ],
  ])('%s', (_name, entry, expected) => {
    expect(describeFailed(entry)).toEqual(expected);
  });
});
