import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { isOwnPage } from '@/entrypoints/background/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false } as Browser.tabs.Tab;

describe('isOwnPage', () => {
  it.each<[string, Browser.runtime.MessageSender, boolean]>([
    ['the popup', { id: ID, url: `${ORIGIN}/popup.html`, origin: ORIGIN }, true],
    ['the invite window', { id: ID, url: `${ORIGIN}/popup.html?window=1`, origin: ORIGIN, tab, frameId: 0 }, true],
    ['the options page in a tab', { id: ID, url: `${ORIGIN}/options.html`, origin: ORIGIN, tab, frameId: 0 }, true],
    ['a Firefox-style sender without origin', { id: ID, url: `${ORIGIN}/options.html` }, true],
    [
      'a content script on a web page',
      { id: ID, url: 'https://evil.example/', origin: 'https://evil.example', tab, frameId: 0 },
      false,
    ],
    ['a content script in a frame', { id: ID, url: 'https://ads.example/frame', tab, frameId: 3 }, false],
    [
      'our page framed inside another page',
      { id: ID, url: `${ORIGIN}/popup.html`, origin: ORIGIN, tab, frameId: 2 },
      false,
    ],
    [
      'another extension',
      { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' },
      false,
    ],
    [
      'another extension claiming our URL',
      { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: `${ORIGIN}/popup.html` },
      false,
    ],
    ['a web page (externally connectable)', { url: 'https://evil.example/', origin: 'https://evil.example' }, false],
    [
      'a sender with a mismatched origin',
      { id: ID, url: `${ORIGIN}/popup.html`, origin: 'https://evil.example' },
      false,
    ],
    ['a sender without a URL', { id: ID }, false],
    ['a sender with a broken URL', { id: ID, url: 'not a url' }, false],
    ['a lookalike origin', { id: ID, url: `${ORIGIN}.evil.example/popup.html` }, false],
  ])('%s -> %s', (_name, sender, expected) => {
    expect(isOwnPage(sender, ID, ORIGIN)).toBe(expected);
  });
});
