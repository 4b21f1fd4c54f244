import { describe, expect, it, vi } from 'vitest';
import { createApexScoreApi } from '@/lib/apexscore/client';
import type { InvitationRequest } from '@/lib/apexscore/schemas';

const TOKEN = 'tok_live_abcdefghijklmnop';
const ORG = 'e8e912b6-ba9b-4c3a-bb4f-d04bdc370843';
const REQUEST: InvitationRequest = {
  organization_id: ORG,
  email: 'user@example.com',
  first_name: 'Member',
  last_name: 'Person',
  role: 0,
  accessible_portfolio_ids: [],
};
const SENT = {
  id: '7f3e8a54-1111-4c3a-bb4f-d04bdc370843',
  token: 'a7d9e1f0-2222-4c3a-bb4f-d04bdc370843',
  expiry_date: '2023-11-07T05:31:56Z',
  status: 0,
  organization: { id: ORG, name: 'Acme' },
  inviter_member: { id: 'x', first_name: 'Ada', last_name: 'L', email: 'ada@example.com' },
  email: 'user@example.com',
  first_name: 'Member',
  last_name: 'Person',
  email_sent: true,
  role: 0,
  accessible_portfolios: [],
};

function api(fetchImpl: typeof fetch, token: string | null = TOKEN, timeoutMs = 1000) {
  return createApexScoreApi({
    baseUrl: 'https://api.test',
    getToken: () => Promise.resolve(token),
    fetch: fetchImpl,
    timeoutMs,
  });
}

const reply = (status: number, body: string, headers: Record<string, string> = {}) =>
  vi.fn<typeof fetch>(() => Promise.resolve(new Response(body, { status, headers })));

describe('createInvitations', () => {
  it('POSTs exactly the request, with the bearer token, to the invitations endpoint', async () => {
    const seen: { request: Request; body: string }[] = [];
    const fetchImpl = vi.fn<typeof fetch>(async (input) => {
      const request = input as Request;
      seen.push({ request, body: await request.text() });
      return new Response(JSON.stringify({ sent: [SENT], failed: [] }), { status: 201 });
    });
    await api(fetchImpl).createInvitations(REQUEST);
    expect(seen).toHaveLength(1);
    const [{ request, body }] = seen as [{ request: Request; body: string }];
    expect(request.method).toBe('POST');
    expect(request.url).toBe('https://api.test/api/v1/organization-invitations/');
    expect(request.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(body)).toEqual(REQUEST);
  });

  it.each([200, 201, 202])('accepts a %i answer and drops the invitation token', async (status) => {
    const result = await api(
      reply(status, JSON.stringify({ sent: [SENT], failed: [{ weird: true }] })),
    ).createInvitations(REQUEST);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.sent[0]).toMatchObject({ email: 'user@example.com', organization: { name: 'Acme' } });
    expect(result.value.failed).toEqual([{ weird: true }]);
    expect(JSON.stringify(result.value)).not.toContain(SENT.token);
  });

  it('keeps a sent invitation that lacks documented fields', async () => {
    const result = await api(reply(201, '{"sent": [{"email": "user@example.com"}], "failed": []}')).createInvitations(
      REQUEST,
    );
    expect(result).toMatchObject({ ok: true, value: { sent: [{ email: 'user@example.com' }] } });
  });

  it.each([
    ['unreadable JSON', '{"sent": ['],
    ['a body of another shape', '{"ok": true}'],
    ['an empty body', ''],
  ])('reports %s on a 2xx as unexpected, maybe sent', async (_name, body) => {
    const result = await api(reply(201, body)).createInvitations(REQUEST);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'unexpected',
        details: [],
        mayHaveBeenSent: true,
        status: body === '{"sent": [' ? 201 : undefined,
      },
    });
  });

  it('never retries a POST that failed', async () => {
    const fetchImpl = reply(500, 'oops');
    const result = await api(fetchImpl).createInvitations(REQUEST);
    expect(result).toMatchObject({ ok: false, error: { kind: 'server' } });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('maps a network failure, once, and says it may have been sent', async () => {
    const fetchImpl = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')));
    const result = await api(fetchImpl).createInvitations(REQUEST);
    expect(result).toEqual({ ok: false, error: { kind: 'network', details: [], mayHaveBeenSent: true } });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('times out a request that does not answer', async () => {
    const never = vi.fn<typeof fetch>(() => new Promise<Response>(() => undefined));
    const result = await api(never, TOKEN, 50).createInvitations(REQUEST);
    expect(result).toEqual({ ok: false, error: { kind: 'timeout', details: [], mayHaveBeenSent: true } });
  });

  it('sends nothing without a token', async () => {
    const fetchImpl = reply(201, '{}');
    expect(await api(fetchImpl, null).createInvitations(REQUEST)).toMatchObject({
      ok: false,
      error: { kind: 'not_configured' },
    });
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it.each<[string, Partial<InvitationRequest>]>([
    ['a name over 25 characters', { first_name: 'A'.repeat(26) }],
    ['a bad email', { email: 'not an email' }],
    ['a bad organization id', { organization_id: 'acme' }],
    ['a bad portfolio id', { accessible_portfolio_ids: ['nope'] }],
  ])('sends nothing for %s', async (_name, change) => {
    const fetchImpl = reply(201, '{}');
    const result = await api(fetchImpl).createInvitations({ ...REQUEST, ...change });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('counts name length in code points, as the server does', async () => {
    const fetchImpl = reply(201, JSON.stringify({ sent: [SENT], failed: [] }));
    const result = await api(fetchImpl).createInvitations({ ...REQUEST, first_name: '😀'.repeat(25) });
    expect(result.ok).toBe(true);
  });

  it('never lets the token into an error', async () => {
    for (const fetchImpl of [
      reply(401, JSON.stringify({ detail: `Token ${TOKEN} is invalid` })),
      vi.fn<typeof fetch>(() => Promise.reject(new TypeError(`fetch failed for Bearer ${TOKEN}`))),
    ]) {
      const result = await api(fetchImpl).createInvitations(REQUEST);
      expect(JSON.stringify(result)).not.toContain(TOKEN);
    }
  });
});

describe('checkConnection', () => {
  it('sends an authenticated OPTIONS request, which creates nothing', async () => {
    const fetchImpl = reply(200, '{"name": "Organization Invitation List"}');
    expect(await api(fetchImpl).checkConnection()).toEqual({ ok: true });
    const request = fetchImpl.mock.calls[0]![0] as Request;
    expect(request.method).toBe('OPTIONS');
    expect(request.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it.each<[number, string]>([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [405, 'unexpected'],
  ])('reports a %i as %s', async (status, kind) => {
    expect(await api(reply(status, '{"detail": "x"}')).checkConnection()).toMatchObject({
      ok: false,
      error: { kind, status },
    });
  });

  it('does not claim a failed check may have created anything', async () => {
    const result = await api(vi.fn<typeof fetch>(() => Promise.reject(new TypeError('x')))).checkConnection();
    expect(result).toEqual({ ok: false, error: { kind: 'network', details: [] } });
  });
});
