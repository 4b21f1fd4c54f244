import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    host_permissions: ['https://api.main.apexscore.ai/*'],
    // Another API base URL is asked for only from its own button on the options page.
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    // Keys that open the toolbar popup (the invite form) from any page, for the keyboard: the
    // user may change them in the browser's shortcut settings; the options page says which they
    // are. (Not Alt+Shift+I: Chrome and Edge open their feedback form with it; Chromium keeps
    // Alt+Shift+P, and assigns an extension no keys the browser holds.)
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+V' } } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'invite@apexscore-extension',
              // The first with MV3 optional host permissions and storage.session for all, and
              // the first that does not refuse the key below.
              strict_min_version: '128.0',
              // What leaves the browser, which Firefox asks the user to agree to on install (and
              // addons.mozilla.org requires of new extensions): the invitees' names and addresses
              // and the API token, sent to the ApexScore API on Send. Nothing else leaves.
              data_collection_permissions: { required: ['personallyIdentifyingInfo', 'authenticationInfo'] },
            },
          },
        }
      : {}),
  }),
});
