/** The closed set of failure kinds that cross the message boundary. The UI switches on `kind`. */
export const ERROR_KINDS = [
  'not_configured',
  'unauthorized',
  'forbidden',
  'invalid_input',
  'rate_limited',
  'network',
  'timeout',
  'server',
  'unexpected',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** Form fields an API error can point at (`organization` lives on the options page). */
export type ErrorField = 'email' | 'firstName' | 'lastName' | 'role' | 'portfolios' | 'organization';

export interface ApiError {
  kind: ErrorKind;
  /** HTTP status, when there was an answer. */
  status?: number;
  /** Messages from the server that belong to no field, shown as text. */
  details: string[];
  /** Messages from the server for one field each. */
  fields?: Partial<Record<ErrorField, string[]>>;
  retryAfterSeconds?: number;
  /** The request may have reached the server: the user must check before sending again. */
  mayHaveBeenSent?: boolean;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function failure(kind: ErrorKind, extra: Partial<ApiError> = {}): { ok: false; error: ApiError } {
  return { ok: false, error: { kind, details: [], ...extra } };
}

const FIELD_BY_API_NAME: Record<string, ErrorField> = {
  email: 'email',
  first_name: 'firstName',
  last_name: 'lastName',
  role: 'role',
  accessible_portfolio_ids: 'portfolios',
  organization_id: 'organization',
};

export function fieldForApiName(name: string): ErrorField | undefined {
  return Object.hasOwn(FIELD_BY_API_NAME, name) ? FIELD_BY_API_NAME[name] : undefined;
}

const MAX_DETAIL_LENGTH = 500;

function kindForStatus(status: number): ErrorKind {
  if (status === 400 || status === 422) return 'invalid_input';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 408) return 'timeout';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  return 'unexpected';
}

/** Every string inside a DRF error value, with list indexes spelled out ("2: Must be a valid UUID."). */
function collectMessages(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix + value];
  if (typeof value === 'number' || typeof value === 'boolean') return [prefix + String(value)];
  if (Array.isArray(value)) return value.flatMap((item) => collectMessages(item, prefix));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      collectMessages(item, /^\d+$/.test(key) ? `${prefix}#${Number(key) + 1}: ` : `${prefix}${key}: `),
    );
  }
  return [];
}

function parseJson(text: string): { parsed: true; value: unknown } | { parsed: false } {
  try {
    return { parsed: true, value: JSON.parse(text) as unknown };
  } catch {
    return { parsed: false };
  }
}

function describeBody(text: string, contentType: string): Pick<ApiError, 'details' | 'fields'> {
  const trimmed = text.trim();
  if (trimmed === '') return { details: [] };
  const json = parseJson(trimmed);
  if (!json.parsed) {
    // An HTML error page from a proxy says nothing useful to a user; short plain text might.
    const looksLikeMarkup = contentType.includes('html') || trimmed.startsWith('<');
    return { details: looksLikeMarkup || trimmed.length > MAX_DETAIL_LENGTH ? [] : [trimmed] };
  }
  const body = json.value;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { details: collectMessages(body) };
  }
  const details: string[] = [];
  const fields: Partial<Record<ErrorField, string[]>> = {};
  for (const [key, value] of Object.entries(body)) {
    const field = fieldForApiName(key);
    if (field) fields[field] = [...(fields[field] ?? []), ...collectMessages(value)];
    else if (key === 'detail' || key === 'non_field_errors') details.push(...collectMessages(value));
    else if (key !== 'code' && key !== 'messages') details.push(...collectMessages(value, `${key}: `));
  }
  return Object.keys(fields).length > 0 ? { details, fields } : { details };
}

/** Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date). */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function retryAfterFromDetail(details: string[]): number | undefined {
  for (const detail of details) {
    const match = /available in (\d+) seconds?/i.exec(detail);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** Turns any non-2xx answer into an ApiError. `secret` (the token) is cut out of every server string. */
export function errorFromResponse(
  status: number,
  headers: Headers,
  bodyText: string,
  options: { now: number; secret?: string | null },
): ApiError {
  const kind = kindForStatus(status);
  const described = redact(describeBody(bodyText, headers.get('content-type') ?? ''), options.secret);
  const error: ApiError = { kind, status, ...described };
  if (kind === 'rate_limited' || status === 503) {
    const seconds = parseRetryAfter(headers.get('retry-after'), options.now) ?? retryAfterFromDetail(described.details);
    if (seconds !== undefined) error.retryAfterSeconds = seconds;
  }
  return error;
}

function redact(
  described: Pick<ApiError, 'details' | 'fields'>,
  secret?: string | null,
): Pick<ApiError, 'details' | 'fields'> {
  if (!secret) return described;
  const clean = (list: string[]) => list.map((text) => text.split(secret).join('…').slice(0, MAX_DETAIL_LENGTH));
  const fields = described.fields
    ? Object.fromEntries(Object.entries(described.fields).map(([key, list]) => [key, clean(list)]))
    : undefined;
  return fields ? { details: clean(described.details), fields } : { details: clean(described.details) };
}
