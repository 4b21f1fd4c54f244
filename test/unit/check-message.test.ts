import { describe, expect, it } from 'vitest';
import { checkMessage } from '@/entrypoints/options/check-message';
import type { ApiError } from '@/lib/apexscore/errors';

const fail = (kind: ApiError['kind'], status?: number) => ({
  ok: false as const,
  error: { kind, details: [], status },
});

describe('checkMessage', () => {
  it.each<[string, Parameters<typeof checkMessage>[0], string]>([
    ['connected', { ok: true, value: null }, 'Connected: ApexScore accepted the token.'],
    ['no token', fail('not_configured'), 'Set a token first.'],
    ['token rejected', fail('unauthorized', 401), 'Token rejected: ApexScore does not accept this token.'],
    ['no permission', fail('forbidden', 403), 'No permission: the token is valid but may not use this endpoint.'],
    ['unreachable', fail('network'), 'Cannot reach the server. Check the API base URL and your connection.'],
    ['timed out', fail('timeout'), 'Cannot reach the server. Check the API base URL and your connection.'],
    [
      'OPTIONS not supported',
      fail('unexpected', 405),
      'The server is reachable, but it cannot check a token without sending an invitation (HTTP 405).',
    ],
    ['a server error', fail('server', 503), 'ApexScore had a problem (HTTP 503). Try again in a moment.'],
  ])('%s', (_name, reply, text) => {
    expect(checkMessage(reply).text).toBe(text);
  });
});
