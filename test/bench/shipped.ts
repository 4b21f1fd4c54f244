import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

type Recipients = typeof import('../../lib/recipients');

/**
 * The parser as the extension ships it: bundled and minified by esbuild, as `wxt build` does
 * through Vite. Not the TypeScript that tsx runs: tsx keeps function names by wrapping every
 * function it creates, which makes hot code with inner functions several times slower than what
 * users get.
 */
export async function shippedRecipients(): Promise<Recipients> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../../lib/recipients/index.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  // eslint-disable-next-line no-unsanitized/method -- our own source, bundled just above
  return (await import(url)) as Recipients;
}
