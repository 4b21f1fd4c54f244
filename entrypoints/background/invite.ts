import type { ApexScoreApi } from '@/lib/apexscore/client';
import { failure, type Result } from '@/lib/apexscore/errors';
import type { InvitationResponse } from '@/lib/apexscore/schemas';
import type { InviteOutcome, SendInviteInput } from '@/lib/messages';
import type { KnownNames, Settings } from '@/lib/settings';

export interface InviteDeps {
  getSettings: () => Promise<Settings>;
  getApi: (settings: Settings) => Promise<ApexScoreApi>;
  learnNames: (update: (names: KnownNames) => KnownNames) => Promise<void>;
}

const REMEMBERED_ATTEMPTS = 100;

/**
 * Sends invitations, at most once per attempt: a repeated attempt id, or a second send of an
 * address whose invitation is still on its way, is answered with the first send's result.
 */
export function createInviter(deps: InviteDeps) {
  const attempts = new Map<string, Promise<Result<InviteOutcome>>>();
  const inFlight = new Map<string, Promise<Result<InviteOutcome>>>();

  async function send(input: SendInviteInput): Promise<Result<InviteOutcome>> {
    const settings = await deps.getSettings();
    if (!settings.organizationId) return failure('not_configured');
    const api = await deps.getApi(settings);
    const result = await api.createInvitations({
      organization_id: settings.organizationId,
      email: input.email.trim(),
      first_name: input.firstName.trim() || null,
      last_name: input.lastName.trim() || null,
      role: input.role,
      accessible_portfolio_ids: input.portfolioIds,
    });
    if (!result.ok) return result;
    await deps.learnNames((names) => mergeNames(names, result.value));
    return { ok: true, value: { response: result.value } };
  }

  return function sendInvite(input: SendInviteInput): Promise<Result<InviteOutcome>> {
    const known = attempts.get(input.attemptId);
    if (known) return known;
    const key = input.email.trim().toLowerCase();
    const pending = inFlight.get(key) ?? send(input).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
    attempts.set(input.attemptId, pending);
    if (attempts.size > REMEMBERED_ATTEMPTS) attempts.delete(attempts.keys().next().value as string);
    return pending;
  };
}

/** Adds the organization and portfolio names an answer reveals. */
export function mergeNames(names: KnownNames, response: InvitationResponse): KnownNames {
  const organizations = { ...names.organizations };
  const portfolios = { ...names.portfolios };
  for (const invitation of response.sent) {
    if (invitation.organization?.name) organizations[invitation.organization.id] = invitation.organization.name;
    for (const portfolio of invitation.accessible_portfolios ?? []) {
      if (portfolio.name) portfolios[portfolio.id] = portfolio.name;
    }
  }
  return { organizations, portfolios };
}
