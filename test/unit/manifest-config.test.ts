import { describe, expect, it } from 'vitest';
import type { TargetBrowser } from 'wxt';
import config from '../../wxt.config';

/** The manifest `wxt build` writes for a browser, as the config makes it. */
async function manifestFor(browser: TargetBrowser) {
  if (typeof config.manifest !== 'function') throw new Error('The manifest is made per browser');
  return config.manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}

describe('the manifest for each browser', () => {
  it('tells Firefox what leaves the browser, as addons.mozilla.org requires of a new extension', async () => {
    expect((await manifestFor('firefox')).browser_specific_settings).toEqual({
      gecko: {
        id: 'invite@apexscore-extension',
        strict_min_version: '128.0',
        data_collection_permissions: { required: ['personallyIdentifyingInfo', 'authenticationInfo'] },
      },
    });
  });

  it('gives Chromium browsers no settings of Firefox', async () => {
    expect((await manifestFor('chrome')).browser_specific_settings).toBeUndefined();
  });
});
