import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  entry: string;
  files: string[];
  raw: number;
  gzip: number;
}

/** Every JavaScript file a page loads: its module script and the chunks it preloads. */
async function scriptsOfPage(dir: string, html: string): Promise<string[]> {
  const text = await readFile(join(dir, html), 'utf8');
  return [...text.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((match) => match[1] ?? '');
}

export async function entrySizes(dir: string): Promise<EntrySize[]> {
  const entries: [string, string[]][] = [
    ['popup', await scriptsOfPage(dir, 'popup.html')],
    ['options', await scriptsOfPage(dir, 'options.html')],
    ['background', ['background.js']],
  ];
  return Promise.all(
    entries.map(async ([entry, files]) => {
      const contents = await Promise.all(files.map((file) => readFile(join(dir, file))));
      return {
        entry,
        files,
        raw: contents.reduce((sum, c) => sum + c.length, 0),
        // Each file is fetched and decompressed on its own: sum the per-file gzip sizes.
        gzip: contents.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0),
      };
    }),
  );
}
