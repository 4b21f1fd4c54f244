import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

// What each message read, by its key and substitutions: the messages do not change while a page
// is open, and each look-up is a call into the browser. A form of hundreds of rows renders each
// row's labels again at each of its changes.
const read = new Map<string, string>();
const MAX_READ = 10_000;

/** A user-facing string from `_locales`. Every string the user reads goes through here. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  const id = substitutions === undefined ? key : `${key}\u0000${[substitutions].flat().join('\u0000')}`;
  let message = read.get(id);
  if (message === undefined) {
    message = browser.i18n.getMessage(key, substitutions) || key;
    if (read.size >= MAX_READ) read.clear();
    read.set(id, message);
  }
  return message;
}
