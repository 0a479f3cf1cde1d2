import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { eagerCompile } from './scripts/build/eager-compile';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports read better than globals that appear from nowhere.
  imports: false,
  // One Preact: without dedupe, @preact/signals' `preact/hooks` resolved to another file of the
  // package (hooks.module.js beside hooks.mjs), so two hooks copies ran and the library page's
  // first hook found no current component (a blank page).
  vite: () => ({
    plugins: [preact(), eagerCompile(['content-scripts/content.js'])],
    resolve: { dedupe: ['preact'] },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      // Chrome's own favicon cache for the reading list: icons without a network request.
      ...(browser === 'firefox' ? [] : ['favicon']),
    ],
    // Sites beyond the built-in list, each asked for when the reader turns Brightside on there.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_savePageCommand__',
      },
    },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          // Firefox's MV2 build has no optional_host_permissions: sites are optional permissions.
          optional_permissions: ['https://*/*', 'http://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'brightside@brightside.example',
              // The current ESR (Debian's firefox-esr is 140): desktop Firefox reads the data
              // collection key from 140, Firefox for Android from 142.
              strict_min_version: '140.0',
              // Brightside collects nothing: every byte stays on the device.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
