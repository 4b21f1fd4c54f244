import type { Browser } from 'wxt/browser';
import { failure, type Result } from '@/lib/apexscore/errors';
import {
  messageSchema,
  normalizeToken,
  type Message,
  type MessageType,
  type SendBatchInput,
} from '@/lib/message-schemas';
import type { Replies } from '@/lib/messages';
import type { Prefill } from '@/lib/storage';
import { normalizeBaseUrl, type KnownNames, type Settings } from '@/lib/settings';
import { isOwnPage } from './sender';
import { tokenHint } from './token';

export interface HandlerDeps {
  extensionId: string;
  extensionOrigin: string;
  getToken: () => Promise<string | null>;
  setToken: (token: string | null) => Promise<void>;
  getSettings: () => Promise<Settings>;
  setSettings: (settings: Settings) => Promise<void>;
  getNames: () => Promise<KnownNames>;
  checkConnection: () => Promise<Result<null>>;
  startBatch: (batch: SendBatchInput) => void;
  takePrefill: () => Promise<Prefill | null>;
}

type AnyReply = Result<Replies[MessageType]>;

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/**
 * The background's one message listener: refuses any sender that is not one of our pages,
 * parses every message again, then acts. The token is written here and never read back out.
 */
export function createMessageHandler(deps: HandlerDeps) {
  async function act(message: Message): Promise<AnyReply> {
    switch (message.type) {
      case 'getStatus': {
        const [token, settings, names] = await Promise.all([deps.getToken(), deps.getSettings(), deps.getNames()]);
        return ok({ tokenHint: token === null ? null : tokenHint(token), settings, names });
      }
      case 'saveToken': {
        // Already normalized before parsing (`normalizeRaw`).
        await deps.setToken(message.data.token);
        return ok({ tokenHint: tokenHint(message.data.token) });
      }
      case 'forgetToken':
        await deps.setToken(null);
        return ok(null);
      case 'saveSettings': {
        const settings = { ...message.data, baseUrl: normalizeBaseUrl(message.data.baseUrl) };
        await deps.setSettings(settings);
        return ok(settings);
      }
      case 'checkConnection':
        return deps.checkConnection();
      case 'sendBatch':
        deps.startBatch(message.data);
        return ok(null);
      case 'takePrefill':
        return ok(await deps.takePrefill());
    }
  }

  return function onMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<AnyReply> {
    if (!isOwnPage(sender, deps.extensionId, deps.extensionOrigin)) return Promise.resolve(failure('forbidden'));
    const parsed = messageSchema.safeParse(normalizeRaw(raw));
    if (!parsed.success) return Promise.resolve(failure('invalid_input'));
    return act(parsed.data).catch(() => failure('unexpected'));
  };
}

// A token pasted with spaces around it is still that token: trim before the schema looks.
function normalizeRaw(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const message = raw as { type?: unknown; data?: { token?: unknown } };
  if (message.type === 'saveToken' && typeof message.data?.token === 'string') {
    return { ...message, data: { ...message.data, token: normalizeToken(message.data.token) } };
  }
  return raw;
}
