import type { browser } from 'wxt/browser';

declare global {
  /** The `chrome` of the extension's service worker, where `worker.evaluate` runs. */
  const chrome: typeof browser & {
    contextMenus: { onClicked: { dispatch: (...args: unknown[]) => void } };
  };
}
