import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, findChromium } from './browser';

/** Fails the browser tests loudly, with the fix, rather than letting them pass without a browser. */
export default function setup(): void {
  if (!findChromium()) {
    throw new Error(
      'The browser tests need Chromium and none was found. Install it with `apt-get install -y chromium` ' +
        '(Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first (npm test does).`);
  }
}
