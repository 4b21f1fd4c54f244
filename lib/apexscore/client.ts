import ky, { TimeoutError } from 'ky';
import { errorFromResponse, failure, fieldForApiName, type ErrorField, type Result } from './errors';
import { DEFAULT_TIMEOUT_MS, INVITATIONS_PATH } from './contract';
import {
  invitationRequestSchema,
  invitationResponseSchema,
  type InvitationRequest,
  type InvitationResponse,
} from './schemas';

export interface ApexScoreApiOptions {
  /** e.g. `https://api.main.apexscore.ai`; a path prefix is kept. */
  baseUrl: string;
  /** Read at each request, so a token saved later is used without rebuilding the client. */
  getToken: () => Promise<string | null>;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  now?: () => number;
}

export type ConnectionCheck = { ok: true } | Result<never>;

/** The one HTTP client for the ApexScore API. It lives in the background only. */
export function createApexScoreApi(options: ApexScoreApiOptions) {
  const now = options.now ?? Date.now;
  const http = ky.create({
    prefixUrl: options.baseUrl,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    // Never retry: a POST repeated after a lost answer can invite someone twice.
    retry: 0,
    throwHttpErrors: false,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  async function call(method: 'post' | 'options', json?: InvitationRequest): Promise<Result<unknown>> {
    const token = await options.getToken();
    if (!token) return failure('not_configured');
    const mayHaveBeenSent = method === 'post';
    let response: Response;
    try {
      response = await http(INVITATIONS_PATH, {
        method,
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        ...(json ? { json } : {}),
      });
    } catch (error) {
      // Never pass the thrown error on: it holds the request, and the request holds the token.
      return failure(error instanceof TimeoutError ? 'timeout' : 'network', mayHaveBeenSent ? { mayHaveBeenSent } : {});
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      return failure('network', { status: response.status, ...(mayHaveBeenSent ? { mayHaveBeenSent } : {}) });
    }
    if (!response.ok) {
      return {
        ok: false,
        error: errorFromResponse(response.status, response.headers, text, { now: now(), secret: token }),
      };
    }
    try {
      return { ok: true, value: text.trim() === '' ? null : (JSON.parse(text) as unknown) };
    } catch {
      return failure('unexpected', { status: response.status, ...(mayHaveBeenSent ? { mayHaveBeenSent } : {}) });
    }
  }

  return {
    /**
     * Creates invitations. Never throws: every failure comes back as `{ ok: false, error }`.
     * The request is checked against the contract first (`invalid_input`, nothing sent); an
     * unreadable 2xx answer is `unexpected` with `mayHaveBeenSent`.
     */
    async createInvitations(request: InvitationRequest): Promise<Result<InvitationResponse>> {
      const checked = invitationRequestSchema.safeParse(request);
      if (!checked.success) return failure('invalid_input', { fields: fieldIssues(checked.error.issues) });
      const result = await call('post', checked.data);
      if (!result.ok) return result;
      const parsed = invitationResponseSchema.safeParse(result.value);
      if (!parsed.success) return failure('unexpected', { mayHaveBeenSent: true });
      return { ok: true, value: parsed.data };
    },

    /**
     * Checks the token with an authenticated OPTIONS request, which creates nothing.
     * Never throws. A server without OPTIONS support answers `unexpected` with its status (404/405).
     */
    async checkConnection(): Promise<ConnectionCheck> {
      const result = await call('options');
      return result.ok ? { ok: true } : result;
    },
  };
}

export type ApexScoreApi = ReturnType<typeof createApexScoreApi>;

function fieldIssues(issues: { path: PropertyKey[]; message: string }[]): Partial<Record<ErrorField, string[]>> {
  const fields: Partial<Record<ErrorField, string[]>> = {};
  for (const issue of issues) {
    const field = fieldForApiName(String(issue.path[0]));
    if (field) fields[field] = [...(fields[field] ?? []), issue.message];
  }
  return fields;
}
