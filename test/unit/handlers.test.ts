import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createMessageHandler, type HandlerDeps } from '@/entrypoints/background/handlers';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const POPUP: Browser.runtime.MessageSender = { id: ID, url: `${ORIGIN}/popup.html`, origin: ORIGIN };
const CONTENT: Browser.runtime.MessageSender = {
  id: ID,
  url: 'https://example.com/',
  origin: 'https://example.com',
  frameId: 0,
};
const TOKEN = 'tok_live_abcdefghijklmnop';
const ORG = 'e8e912b6-ba9b-4c3a-bb4f-d04bdc370843';

function setup(token: string | null = TOKEN) {
  const state = { token, settings: { ...DEFAULT_SETTINGS, organizationId: ORG } };
  const deps = {
    extensionId: ID,
    extensionOrigin: ORIGIN,
    getToken: vi.fn(() => Promise.resolve(state.token)),
    setToken: vi.fn((next: string | null) => {
      state.token = next;
      return Promise.resolve();
    }),
    getSettings: vi.fn(() => Promise.resolve(state.settings)),
    setSettings: vi.fn((next: Settings) => {
      state.settings = next;
      return Promise.resolve();
    }),
    getNames: vi.fn(() => Promise.resolve({ organizations: {}, portfolios: {} })),
    checkConnection: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
    startBatch: vi.fn(),
    takePrefill: vi.fn(() => Promise.resolve(null)),
  } satisfies HandlerDeps;
  return { state, deps, handle: createMessageHandler(deps) };
}

const ROW = { rowId: 'r1', email: 'a@example.com', firstName: '', lastName: '', role: 0, portfolioIds: [] };
const INVITE = { type: 'sendBatch', data: { batchId: 'b1', rows: [ROW] } };

describe('the message handler', () => {
  it('answers getStatus with a hint of the token, never the token', async () => {
    const { handle } = setup();
    const reply = await handle({ type: 'getStatus' }, POPUP);
    expect(reply).toMatchObject({ ok: true, value: { tokenHint: 'mnop', settings: { organizationId: ORG } } });
    expect(JSON.stringify(reply)).not.toContain(TOKEN);
  });

  it('says no token is set with a null hint', async () => {
    const { handle } = setup(null);
    expect(await handle({ type: 'getStatus' }, POPUP)).toMatchObject({ ok: true, value: { tokenHint: null } });
  });

  it('stores a pasted token without spaces or a Bearer prefix, and answers only its hint', async () => {
    const { handle, state } = setup(null);
    const reply = await handle({ type: 'saveToken', data: { token: `  Bearer ${TOKEN}\n` } }, POPUP);
    expect(state.token).toBe(TOKEN);
    expect(reply).toEqual({ ok: true, value: { tokenHint: 'mnop' } });
  });

  it('forgets the token', async () => {
    const { handle, state } = setup();
    await handle({ type: 'forgetToken' }, POPUP);
    expect(state.token).toBeNull();
  });

  it('stores settings with the base URL normalized', async () => {
    const { handle, state } = setup();
    const settings = { ...DEFAULT_SETTINGS, organizationId: ORG, baseUrl: 'https://eu.apexscore.example/' };
    await handle({ type: 'saveSettings', data: settings }, POPUP);
    expect(state.settings.baseUrl).toBe('https://eu.apexscore.example');
  });

  it.each<[string, unknown]>([
    ['an unknown type', { type: 'readToken' }],
    ['no type', { data: {} }],
    ['not an object', 'getStatus'],
    ['a token with spaces inside', { type: 'saveToken', data: { token: 'abc def ghi jkl' } }],
    ['a short token', { type: 'saveToken', data: { token: 'abc' } }],
    [
      'settings with an http base URL',
      { type: 'saveSettings', data: { ...DEFAULT_SETTINGS, baseUrl: 'http://evil.example' } },
    ],
    [
      'settings with a bad organization',
      { type: 'saveSettings', data: { ...DEFAULT_SETTINGS, organizationId: 'acme' } },
    ],
    ['a row with role 5', { ...INVITE, data: { ...INVITE.data, rows: [{ ...ROW, role: 5 }] } }],
    ['a row with a bad portfolio id', { ...INVITE, data: { ...INVITE.data, rows: [{ ...ROW, portfolioIds: ['x'] }] } }],
    ['a row without an id', { ...INVITE, data: { ...INVITE.data, rows: [{ ...ROW, rowId: undefined }] } }],
    ['a batch without people', { ...INVITE, data: { ...INVITE.data, rows: [] } }],
    ['a batch id with odd characters', { ...INVITE, data: { ...INVITE.data, batchId: 'b1"; drop' } }],
  ])('refuses %s', async (_name, message) => {
    const { handle, deps } = setup();
    expect(await handle(message, POPUP)).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    expect(deps.setToken).not.toHaveBeenCalled();
    expect(deps.setSettings).not.toHaveBeenCalled();
    expect(deps.startBatch).not.toHaveBeenCalled();
  });

  it.each([
    ['a content script', CONTENT],
    [
      'another extension',
      { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/a.html' },
    ],
    ['our page in a frame', { ...POPUP, frameId: 1 }],
  ])('refuses every message from %s before acting', async (_name, sender) => {
    const { handle, deps } = setup();
    for (const message of [
      { type: 'getStatus' },
      { type: 'saveToken', data: { token: TOKEN } },
      INVITE,
      { type: 'forgetToken' },
    ]) {
      expect(await handle(message, sender)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
    expect(deps.getToken).not.toHaveBeenCalled();
    expect(deps.setToken).not.toHaveBeenCalled();
    expect(deps.startBatch).not.toHaveBeenCalled();
  });

  it('starts a valid batch and answers at once', async () => {
    const { handle, deps } = setup();
    expect(await handle(INVITE, POPUP)).toEqual({ ok: true, value: null });
    expect(deps.startBatch).toHaveBeenCalledWith(INVITE.data);
  });

  it('turns a failing action into an unexpected error instead of throwing', async () => {
    const { handle, deps } = setup();
    deps.getSettings.mockRejectedValueOnce(new Error('storage broke'));
    expect(await handle({ type: 'getStatus' }, POPUP)).toMatchObject({ ok: false, error: { kind: 'unexpected' } });
  });
});
