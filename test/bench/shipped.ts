import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The parser as the extension ships it: bundled and minified by esbuild, as `wxt build` does
 * through Vite, as the source of an ES module. Not the TypeScript that tsx runs: tsx keeps
 * function names by wrapping every function it creates, which makes hot code with inner
 * functions several times slower than what users get. This work tree's parser, or the one in
 * the `lib/` under `root` (a commit's, for `npm run bench:count`).
 */
export async function shippedParserCode(root = fileURLToPath(new URL('../..', import.meta.url))): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'lib/recipients/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/**
 * A module of the shipped parser's `code` as a `data:` URL, the `copy`-th: a module is loaded once
 * per URL (and an engine compiles a source it has seen before from its cache), so a numbered
 * comment makes each copy its own.
 */
export function moduleUrl(code: string, copy: number): string {
  return `data:text/javascript;base64,${Buffer.from(`${code}\n// copy ${String(copy)}`).toString('base64')}`;
}
