import { readdir, readFile } from 'node:fs/promises';
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

/** The chunk a page imports when it first has text to read (the recipient parser): not paid on every open. */
async function readerChunks(dir: string): Promise<string[]> {
  const chunks = await readdir(join(dir, 'chunks'));
  return chunks.filter((name) => /^reading-.*\.js$/.test(name)).map((name) => `chunks/${name}`);
}

export async function entrySizes(dir: string): Promise<EntrySize[]> {
  const entries: [string, string[]][] = [
    ['popup', await scriptsOfPage(dir, 'popup.html')],
    ['options', await scriptsOfPage(dir, 'options.html')],
    ['background', ['background.js']],
    ['parser', await readerChunks(dir)],
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
