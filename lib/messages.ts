import { browser } from 'wxt/browser';
import type { ApiError, Result } from './apexscore/errors';
import type { InvitationResponse } from './apexscore/schemas';
import type { Message, MessageType } from './message-schemas';
import type { Prefill } from './storage';
import type { KnownNames, Settings } from './settings';

export type { Message, MessageType, SendInviteInput } from './message-schemas';

/**
 * Sending side of the one protocol between the extension's pages and its background (the
 * schemas are in `message-schemas.ts`, which only the background and the options page load).
 */

export interface Status {
  /** The last characters of the token, or '' when it is too short to show any; null when none is set. */
  tokenHint: string | null;
  settings: Settings;
  names: KnownNames;
}

export interface InviteOutcome {
  response: InvitationResponse;
}

/** What each message answers when it succeeds. */
export interface Replies {
  getStatus: Status;
  saveToken: { tokenHint: string };
  forgetToken: null;
  saveSettings: Settings;
  checkConnection: null;
  /** Accepted: the batch runs in the background; its progress is in session storage (`batchEntries`). */
  sendBatch: null;
  takePrefill: Prefill | null;
}

type DataOf<T extends MessageType> = Extract<Message, { type: T }> extends { data: infer D } ? D : undefined;

export type Reply<T extends MessageType> = Result<Replies[T]>;

const unreachable: ApiError = { kind: 'unexpected', details: [] };

/** Sends a message to the background. Never throws: a background that cannot answer is `unexpected`. */
export async function sendMessage<T extends MessageType>(
  type: T,
  ...data: DataOf<T> extends undefined ? [] : [DataOf<T>]
): Promise<Reply<T>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(data.length ? { type, data: data[0] } : { type });
    return (reply as Reply<T> | undefined) ?? { ok: false, error: unreachable };
  } catch {
    return { ok: false, error: unreachable };
  }
}
