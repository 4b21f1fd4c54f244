import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

type Recipients = typeof import('../../lib/recipients');

/**
 * The parser as the extension ships it: bundled and minified by esbuild, as `wxt build` does
 * through Vite. Not the TypeScript that tsx runs: tsx keeps function names by wrapping every
 * function it creates, which makes hot code with inner functions several times slower than what
 * users get.
 *
 * Each call of the function returned loads a copy of its own, as each popup loads the parser into
 * a page of its own: what the engine learnt from the texts one copy read (and optimised for) is
 * not carried over to the next text measured.
 */
export async function shippedRecipients(): Promise<() => Promise<Recipients>> {
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
  let copies = 0;
  return async () => {
    // A module is loaded once per URL: a numbered comment makes each copy's URL its own.
    const url = `data:text/javascript;base64,${Buffer.from(`${code}\n// copy ${String(copies++)}`).toString('base64')}`;
    // eslint-disable-next-line no-unsanitized/method -- our own source, bundled just above
    return (await import(url)) as Recipients;
  };
}
