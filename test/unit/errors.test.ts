import { describe, expect, it } from 'vitest';
import { errorFromResponse, parseRetryAfter, type ApiError } from '@/lib/apexscore/errors';

const NOW = Date.parse('2026-11-27T10:00:00Z');

function map(status: number, body: string, headers: Record<string, string> = {}, secret?: string): ApiError {
  return errorFromResponse(status, new Headers({ 'content-type': 'application/json', ...headers }), body, {
    now: NOW,
    secret: secret ?? null,
  });
}

describe('errorFromResponse', () => {
  it.each<[string, number, string, Partial<ApiError>]>([
    [
      'DRF field errors',
      400,
      '{"email": ["Enter a valid email address."], "first_name": ["Ensure this field has no more than 25 characters."]}',
      {
        kind: 'invalid_input',
        details: [],
        fields: {
          email: ['Enter a valid email address.'],
          firstName: ['Ensure this field has no more than 25 characters.'],
        },
      },
    ],
    [
      'errors inside a list, keyed by index',
      400,
      '{"accessible_portfolio_ids": {"0": ["Must be a valid UUID."], "2": ["Must be a valid UUID."]}}',
      { kind: 'invalid_input', fields: { portfolios: ['#1: Must be a valid UUID.', '#3: Must be a valid UUID.'] } },
    ],
    [
      'non_field_errors',
      400,
      '{"non_field_errors": ["Already a member."]}',
      { kind: 'invalid_input', details: ['Already a member.'] },
    ],
    [
      'a bare list',
      400,
      '["Invitations are closed."]',
      { kind: 'invalid_input', details: ['Invitations are closed.'] },
    ],
    [
      'a JSON parse error',
      400,
      '{"detail": "JSON parse error - Expecting value"}',
      { kind: 'invalid_input', details: ['JSON parse error - Expecting value'] },
    ],
    [
      'an organization error',
      400,
      '{"organization_id": ["Must be a valid UUID."]}',
      { kind: 'invalid_input', fields: { organization: ['Must be a valid UUID.'] } },
    ],
    [
      'an unknown field',
      400,
      '{"status": ["\\"9\\" is not a valid choice."]}',
      { kind: 'invalid_input', details: ['status: "9" is not a valid choice.'] },
    ],
    [
      'a 401 without credentials',
      401,
      '{"detail": "Authentication credentials were not provided."}',
      { kind: 'unauthorized', details: ['Authentication credentials were not provided.'] },
    ],
    [
      'a JWT-style 401',
      401,
      '{"detail": "Given token not valid", "code": "token_not_valid", "messages": [{"message": "Token is expired"}]}',
      { kind: 'unauthorized', details: ['Given token not valid'] },
    ],
    [
      'a 403',
      403,
      '{"detail": "You do not have permission to perform this action."}',
      { kind: 'forbidden', details: ['You do not have permission to perform this action.'] },
    ],
    ['a 404', 404, '{"detail": "Not found."}', { kind: 'unexpected', status: 404, details: ['Not found.'] }],
    [
      'a 405',
      405,
      '{"detail": "Method \\"GET\\" not allowed."}',
      { kind: 'unexpected', details: ['Method "GET" not allowed.'] },
    ],
    ['a 415', 415, '{"detail": "Unsupported media type"}', { kind: 'unexpected' }],
    [
      'a 500 with text',
      500,
      'Internal Server Error',
      { kind: 'server', status: 500, details: ['Internal Server Error'] },
    ],
    [
      'a 502 HTML page',
      502,
      '<html><body><h1>Bad Gateway</h1></body></html>',
      { kind: 'server', status: 502, details: [] },
    ],
    ['an empty body', 503, '', { kind: 'server', status: 503, details: [] }],
    ['a JSON null body', 500, 'null', { kind: 'server', details: [] }],
    ['a JSON string body', 400, '"Bad things"', { kind: 'invalid_input', details: ['Bad things'] }],
  ])('maps %s', (_name, status, body, expected) => {
    expect(map(status, body)).toMatchObject(expected);
  });

  it('takes the wait from Retry-After on a 429', () => {
    const error = map(429, '{"detail": "Request was throttled. Expected available in 7 seconds."}', {
      'retry-after': '12',
    });
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 12 });
  });

  it('falls back to the wait in the detail when Retry-After is missing', () => {
    expect(map(429, '{"detail": "Request was throttled. Expected available in 7 seconds."}')).toMatchObject({
      retryAfterSeconds: 7,
    });
  });

  it('cuts the token out of anything the server echoes', () => {
    const secret = 'tok_secret_1234567890';
    const error = map(400, `{"detail": "Bad token ${secret}", "email": ["${secret} is odd"]}`, {}, secret);
    expect(JSON.stringify(error)).not.toContain(secret);
  });

  it('does not treat inherited names as fields', () => {
    expect(map(400, '{"constructor": ["x"], "toString": ["y"]}')).toMatchObject({
      details: ['constructor: x', 'toString: y'],
    });
  });
});

describe('parseRetryAfter', () => {
  it.each<[string | null, number | undefined]>([
    ['5', 5],
    ['0', 0],
    [' 30 ', 30],
    ['Fri, 27 Nov 2026 10:00:20 GMT', 20],
    ['Fri, 27 Nov 2026 09:00:00 GMT', 0],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j -> %j', (header, seconds) => {
    expect(parseRetryAfter(header, NOW)).toBe(seconds);
  });
});
