import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './browser';

const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const ALLOWED = ['storage', 'contextMenus', 'activeTab', 'scripting', 'alarms', 'notifications'];

describe('the built manifest asks for as little as it can', () => {
  it('uses only permissions from the allowed list', () => {
    expect(manifest.permissions).toBeInstanceOf(Array);
    for (const permission of manifest.permissions as string[]) expect(ALLOWED).toContain(permission);
  });

  it('has exactly the ApexScore API as its host permission', () => {
    expect(manifest.host_permissions).toEqual(['https://api.main.apexscore.ai/*']);
  });

  it('asks for other API hosts only as optional permissions', () => {
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*']);
  });

  it('puts no content script on pages, exposes nothing to them and takes no outside messages', () => {
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('is Manifest V3 with a service worker and localized names', () => {
    expect(manifest).toMatchObject({
      manifest_version: 3,
      name: '__MSG_extName__',
      default_locale: 'en',
      background: { service_worker: 'background.js' },
      action: { default_popup: 'popup.html', default_title: '__MSG_actionTitle__' },
    });
  });
});

describe('the built extension has its own icon', () => {
  it('at the sizes the browsers show (toolbar, menus, extensions page, store), each a PNG of its size', async () => {
    const icons = manifest.icons as Record<string, string>;
    expect(Object.keys(icons)).toEqual(['16', '32', '48', '128']);
    for (const [size, file] of Object.entries(icons)) {
      const png = await readFile(join(EXTENSION_DIR, file));
      // The PNG signature, then the header chunk's width and height.
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });
});

describe('the built code puts the recipient parser where it is paid for only when used', () => {
  // A word only the parser holds (its list of shared mailboxes).
  const PARSER_MARK = 'mailer-daemon';
  const read = (file: string) => readFile(join(EXTENSION_DIR, file), 'utf8');
  const scriptsOf = async (html: string) =>
    [...(await read(html)).matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((match) => match[1] ?? '');

  it('is not in the background: the form reads what a menu click points at', async () => {
    expect(await read('background.js')).not.toContain(PARSER_MARK);
  });

  it('is not among the scripts every opening of the popup loads, but in a chunk of its own', async () => {
    const scripts = await scriptsOf('popup.html');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(await read(script)).not.toContain(PARSER_MARK);
    const chunks = await readdir(join(EXTENSION_DIR, 'chunks'));
    const reading = chunks.filter((name) => name.startsWith('reading-'));
    expect(reading).toHaveLength(1);
    expect(await read(`chunks/${reading[0] ?? ''}`)).toContain(PARSER_MARK);
  });
});
