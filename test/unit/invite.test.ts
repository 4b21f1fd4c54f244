import { describe, expect, it, vi } from 'vitest';
import { createInviter, mergeNames } from '@/entrypoints/background/invite';
import type { ApexScoreApi } from '@/lib/apexscore/client';
import type { InvitationResponse } from '@/lib/apexscore/schemas';
import { DEFAULT_SETTINGS, type KnownNames } from '@/lib/settings';

const ORG = 'e8e912b6-ba9b-4c3a-bb4f-d04bdc370843';
const PORTFOLIO = '0b7f0c55-4a53-4a5e-9a57-c6a1b1f2d3e4';
const RESPONSE: InvitationResponse = {
  sent: [
    {
      email: 'jane@example.com',
      organization: { id: ORG, name: 'Acme Capital' },
      accessible_portfolios: [{ id: PORTFOLIO, name: 'Growth I' }],
    },
  ],
  failed: [],
};

function setup(organizationId = ORG) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const createInvitations = vi.fn(async () => {
    await gate;
    return { ok: true as const, value: RESPONSE };
  });
  let names: KnownNames = { organizations: {}, portfolios: {} };
  const send = createInviter({
    getSettings: () => Promise.resolve({ ...DEFAULT_SETTINGS, organizationId }),
    getApi: () => Promise.resolve({ createInvitations } as unknown as ApexScoreApi),
    learnNames: (update) => {
      names = update(names);
      return Promise.resolve();
    },
  });
  return { send, createInvitations, release, names: () => names };
}

const input = (attemptId: string, email = 'jane@example.com') => ({
  attemptId,
  email: ` ${email} `,
  firstName: ' Jane ',
  lastName: '',
  role: 2 as const,
  portfolioIds: [PORTFOLIO],
});

describe('createInviter', () => {
  it('builds the request from the settings and the trimmed input', async () => {
    const { send, createInvitations, release } = setup();
    release();
    await send(input('attempt-1'));
    expect(createInvitations).toHaveBeenCalledWith({
      organization_id: ORG,
      email: 'jane@example.com',
      first_name: 'Jane',
      last_name: null,
      role: 2,
      accessible_portfolio_ids: [PORTFOLIO],
    });
  });

  it('sends a repeated attempt once and answers both with the same result', async () => {
    const { send, createInvitations, release } = setup();
    const first = send(input('attempt-1'));
    const second = send(input('attempt-1'));
    release();
    expect(await first).toEqual(await second);
    await send(input('attempt-1'));
    expect(createInvitations).toHaveBeenCalledTimes(1);
  });

  it('does not send an address again while its invitation is on its way', async () => {
    const { send, createInvitations, release } = setup();
    const first = send(input('attempt-1', 'Jane@Example.com'));
    const second = send(input('attempt-2', 'jane@example.com'));
    release();
    await Promise.all([first, second]);
    expect(createInvitations).toHaveBeenCalledTimes(1);
  });

  it('sends the same address again once the first send is over (a deliberate retry)', async () => {
    const { send, createInvitations, release } = setup();
    release();
    await send(input('attempt-1'));
    await send(input('attempt-2'));
    expect(createInvitations).toHaveBeenCalledTimes(2);
  });

  it('learns organization and portfolio names from the answer', async () => {
    const { send, release, names } = setup();
    release();
    await send(input('attempt-1'));
    expect(names()).toEqual({ organizations: { [ORG]: 'Acme Capital' }, portfolios: { [PORTFOLIO]: 'Growth I' } });
  });

  it('sends nothing while no organization is set', async () => {
    const { send, createInvitations } = setup('');
    expect(await send(input('attempt-1'))).toMatchObject({ ok: false, error: { kind: 'not_configured' } });
    expect(createInvitations).not.toHaveBeenCalled();
  });
});

describe('mergeNames', () => {
  it('keeps names it knew and ignores entries without one', () => {
    const merged = mergeNames(
      { organizations: { a: 'Old' }, portfolios: { p: 'Kept' } },
      {
        sent: [
          { email: 'x@y.z', organization: { id: 'b', name: null }, accessible_portfolios: [{ id: 'q', name: 'New' }] },
        ],
        failed: [],
      },
    );
    expect(merged).toEqual({ organizations: { a: 'Old' }, portfolios: { p: 'Kept', q: 'New' } });
  });
});
