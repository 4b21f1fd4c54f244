import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validateInvitation } from './validate';

/**
 * The sandbox ApexScore API: the one documented endpoint (POST, and an authenticated OPTIONS
 * that creates nothing), DRF-style errors, CORS for the extension, a request log and scripted faults.
 */

export const ENDPOINT = '/api/v1/organization-invitations/';

export type Fault =
  | { kind: 'unauthorized' }
  | { kind: 'jwt' }
  | { kind: 'forbidden' }
  | { kind: 'fieldErrors' }
  | { kind: 'nonField' }
  | { kind: 'bareList' }
  | { kind: 'throttle'; retryAfter: number }
  | { kind: 'server' }
  | { kind: 'slow'; ms: number }
  | { kind: 'drop' }
  | { kind: 'malformed' }
  | { kind: 'html' }
  | { kind: 'emailNotSent' }
  | { kind: 'failedEntry' };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** True for a CORS preflight (which carries no credentials). */
  preflight: boolean;
}

export interface Portfolio {
  id: string;
  name: string;
}

export interface SandboxOptions {
  port?: number;
  token?: string;
  organizationId?: string;
  organizationName?: string;
  portfolios?: Portfolio[];
}

export interface Sandbox {
  url: string;
  token: string;
  organizationId: string;
  organizationName: string;
  portfolios: Portfolio[];
  /** Every request, in order. */
  requests: RecordedRequest[];
  /** The addresses invited, once per invitation created. */
  created: string[];
  /** The POSTs that reached the endpoint (not preflights). */
  posts: () => RecordedRequest[];
  /** Faults for the next POSTs, in order; `null` lets one through untouched. */
  script: (faults: (Fault | null)[]) => void;
  /** Pages served under `/pages/<name>`, for the browser tests. */
  pages: Map<string, string>;
  reset: () => void;
  close: () => Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

function cors(req: IncomingMessage, res: ServerResponse) {
  res.setHeader('access-control-allow-origin', req.headers.origin ?? '*');
  res.setHeader('access-control-allow-methods', 'POST, OPTIONS');
  res.setHeader('access-control-allow-headers', 'authorization, content-type, accept');
  res.setHeader('access-control-expose-headers', 'retry-after, www-authenticate');
  res.setHeader('access-control-max-age', '600');
  res.setHeader('vary', 'origin');
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const token = options.token ?? `sandbox-${randomUUID()}`;
  const organizationId = options.organizationId ?? randomUUID();
  const organizationName = options.organizationName ?? 'Sandbox Capital';
  const portfolios = options.portfolios ?? [
    { id: randomUUID(), name: 'Growth Fund I' },
    { id: randomUUID(), name: 'Real Assets' },
  ];
  const requests: RecordedRequest[] = [];
  const created: string[] = [];
  const pages = new Map<string, string>();
  let faults: (Fault | null)[] = [];
  const pending = new Set<string>();
  // Bumped by reset(): a slow request from before it must not create anything after it.
  let generation = 0;
  const sockets = new Set<import('node:net').Socket>();

  function invitation(body: ReturnType<typeof validateInvitation> & { ok: true }, emailSent: boolean) {
    const value = body.value;
    return {
      id: randomUUID(),
      token: randomUUID(),
      expiry_date: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z'),
      status: 0,
      organization: { id: organizationId, name: organizationName },
      inviter_member: { id: randomUUID(), first_name: 'Sandra', last_name: 'Box', email: 'sandra.box@example.com' },
      email: value.email,
      first_name: value.first_name ?? '',
      last_name: value.last_name ?? '',
      email_sent: emailSent,
      role: value.role,
      accessible_portfolios: portfolios.filter((p) => value.accessible_portfolio_ids.includes(p.id)),
    };
  }

  async function post(req: IncomingMessage, res: ServerResponse, body: string, fault: Fault | null): Promise<void> {
    switch (fault?.kind) {
      case 'unauthorized': {
        json(
          res,
          401,
          { detail: 'Incorrect authentication credentials.' },
          { 'www-authenticate': 'Bearer realm="api"' },
        );
        return;
      }
      case 'jwt': {
        json(res, 401, {
          detail: 'Given token not valid for any token type',
          code: 'token_not_valid',
          messages: [{ token_class: 'AccessToken', token_type: 'access', message: 'Token is invalid or expired' }],
        });
        return;
      }
      case 'forbidden': {
        json(res, 403, { detail: 'You do not have permission to perform this action.' });
        return;
      }
      case 'fieldErrors': {
        json(res, 400, {
          email: ['Enter a valid email address.'],
          accessible_portfolio_ids: { 0: ['Must be a valid UUID.'] },
        });
        return;
      }
      case 'nonField': {
        json(res, 400, { non_field_errors: ['This person is already a member of the organization.'] });
        return;
      }
      case 'bareList': {
        json(res, 400, ['Invitations are closed for this organization.']);
        return;
      }
      case 'throttle': {
        json(
          res,
          429,
          { detail: `Request was throttled. Expected available in ${fault.retryAfter} seconds.` },
          {
            'retry-after': String(fault.retryAfter),
          },
        );
        return;
      }
      case 'server':
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('Internal Server Error');
        return;
      case 'html':
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end('<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>');
        return;
      case 'drop':
        req.socket.destroy();
        return;
      case 'slow': {
        const started = generation;
        await delay(fault.ms);
        if (started !== generation) {
          req.socket.destroy();
          return;
        }
        break;
      }
      default:
        break;
    }
    const auth = req.headers.authorization;
    if (auth === undefined) {
      json(
        res,
        401,
        { detail: 'Authentication credentials were not provided.' },
        { 'www-authenticate': 'Bearer realm="api"' },
      );
      return;
    }
    if (auth !== `Bearer ${token}`) {
      json(res, 401, { detail: 'Incorrect authentication credentials.' }, { 'www-authenticate': 'Bearer realm="api"' });
      return;
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      json(res, 415, { detail: `Unsupported media type "${req.headers['content-type'] ?? ''}" in request.` });
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      json(res, 400, { detail: `JSON parse error - ${(error as Error).message}` });
      return;
    }
    const checked = validateInvitation(parsed, new Set(portfolios.map((p) => p.id)));
    if (!checked.ok) {
      json(res, 400, checked.errors);
      return;
    }
    if (checked.value.organization_id !== organizationId.toLowerCase()) {
      json(res, 403, { detail: 'You do not have permission to perform this action.' });
      return;
    }
    if (fault?.kind === 'malformed') {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end('{"sent": [{"id": ');
      return;
    }
    const key = checked.value.email.toLowerCase();
    if (fault?.kind === 'failedEntry' || pending.has(key)) {
      json(res, 201, {
        sent: [],
        failed: [{ email: checked.value.email, error: 'An invitation is already pending for this email.' }],
      });
      return;
    }
    pending.add(key);
    created.push(checked.value.email);
    json(res, 201, { sent: [invitation(checked, fault?.kind !== 'emailNotSent')], failed: [] });
  }

  function describeEndpoint(req: IncomingMessage, res: ServerResponse): void {
    const auth = req.headers.authorization;
    if (auth !== `Bearer ${token}`) {
      json(res, 401, {
        detail: auth ? 'Incorrect authentication credentials.' : 'Authentication credentials were not provided.',
      });
      return;
    }
    json(res, 200, {
      name: 'Organization Invitation List',
      description: '',
      renders: ['application/json'],
      parses: ['application/json'],
      actions: { POST: { email: { type: 'email', required: true, max_length: 255 } } },
    });
  }

  function route(req: IncomingMessage, res: ServerResponse, body: string): void {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    requests.push({ method: req.method ?? '', path, headers: { ...req.headers }, body, preflight });
    cors(req, res);
    if (path.startsWith('/pages/') && req.method === 'GET') {
      const page = pages.get(path.slice('/pages/'.length));
      res.writeHead(page === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page ?? 'Not found');
    } else if (path === '/__sandbox/faults' && req.method === 'POST') {
      faults = JSON.parse(body) as (Fault | null)[];
      json(res, 200, { scripted: faults.length });
    } else if (path !== ENDPOINT) {
      json(res, 404, { detail: 'Not found.' });
    } else if (preflight) {
      res.writeHead(204);
      res.end();
    } else if (req.method === 'OPTIONS') {
      describeEndpoint(req, res);
    } else if (req.method === 'POST') {
      void post(req, res, body, faults.shift() ?? null);
    } else {
      json(res, 405, { detail: `Method "${req.method ?? ''}" not allowed.` });
    }
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      route(req, res, Buffer.concat(chunks).toString('utf8'));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    organizationId,
    organizationName,
    portfolios,
    requests,
    created,
    posts: () => requests.filter((r) => r.method === 'POST' && r.path === ENDPOINT),
    script: (next) => {
      faults = [...next];
    },
    pages,
    reset: () => {
      generation++;
      requests.length = 0;
      created.length = 0;
      faults = [];
      pending.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
