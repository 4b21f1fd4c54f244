import emailRegexSafe from 'email-regex-safe';
import { chromium } from 'playwright-core';
import { requireChromium } from '../e2e/browser';
import { moduleUrl, shippedParserCode } from './shipped';

/** Times in ms in a Chromium page: the first run, then the median and fastest of the runs after it. */
export interface PageTiming {
  first: number;
  median: number;
  fastest: number;
}

export interface ChromiumPageFigures {
  density: number;
  mb: number;
  ours: PageTiming;
  regex: PageTiming;
}

// A string, not a function: tsx would wrap a function in a helper the page does not have. The
// parser is loaded as a module of its own in a page of its own, as the popup loads it; its first
// run is what the popup pays, before the engine has optimised anything. One untimed run after
// it, then nine timed; email-regex-safe the same way on the same text, after the parser.
const MEASURE = `async ({ url, text, source, flags }) => {
  const timings = (run) => {
    const time = () => { const start = performance.now(); run(); return performance.now() - start; };
    const first = time();
    time();
    const times = Array.from({ length: 9 }, time).sort((a, b) => a - b);
    return { first, median: times[4], fastest: times[0] };
  };
  const { parseRecipients } = await import(url);
  const regex = new RegExp(source, flags);
  const ours = timings(() => parseRecipients(text));
  const theirs = timings(() => text.match(regex));
  return { ours, regex: theirs };
}`;

/**
 * The shipped parser and email-regex-safe on each text, in real headless Chromium (the engine the
 * extension runs in, newer than Node's): a page and a copy of the parser of its own for each.
 */
export async function chromiumPageFigures(texts: { density: number; text: string }[]): Promise<ChromiumPageFigures[]> {
  const executablePath = requireChromium();
  const code = await shippedParserCode();
  const regex = emailRegexSafe();
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const figures: ChromiumPageFigures[] = [];
  try {
    for (const [copy, { density, text }] of texts.entries()) {
      const page = await browser.newPage();
      await page.goto('about:blank');
      const input = { url: moduleUrl(code, copy), text, source: regex.source, flags: regex.flags };
      const measured = await page.evaluate<{ ours: PageTiming; regex: PageTiming }>(
        `(${MEASURE})(${JSON.stringify(input)})`,
      );
      figures.push({ density, mb: text.length / (1024 * 1024), ...measured });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return figures;
}
