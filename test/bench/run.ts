import { EXTENSION_DIR } from '../e2e/browser';
import { PAGE_DENSITIES, pageLikeText, parserFigures, type Timing } from './parser';
import { chromiumPageFigures, type PageTiming } from './parser-in-chromium';
import { manyRowsTimes } from './many-rows';
import { pageScanTimes } from './page-scan';
import { popupReadyTimes } from './popup-ready';
import { entrySizes } from './sizes';

/** `npm run bench`: bundle sizes and popup readiness against their budgets. Prints; asserts nothing. */
const BUDGET_GZIP: Record<string, number | undefined> = { popup: 25 * 1024, background: 30 * 1024 };
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * A stage of the bench, stopped with a message when it has not finished in `minutes`, rather than
 * left waiting for ever: the page scan once waited 20 minutes, its browser idle, in one run of 9.
 */
async function stage<T>(name: string, minutes: number, run: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`bench: ${name} did not finish in ${minutes} minutes`)),
      minutes * 60_000,
    );
  });
  try {
    return await Promise.race([run, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');

console.log('JavaScript per entrypoint (.output/chrome-mv3)');
for (const size of await entrySizes(EXTENSION_DIR)) {
  const budget = BUDGET_GZIP[size.entry];
  const note =
    size.entry === 'parser'
      ? '  (loaded by the popup when there is text to read)'
      : budget === undefined
        ? ''
        : `  (budget ${kb(budget)} gzip: ${verdict(size.gzip <= budget)})`;
  console.log(`  ${size.entry.padEnd(11)} ${kb(size.raw).padStart(9)} raw  ${kb(size.gzip).padStart(8)} gzip${note}`);
}

const ready = await stage('the popup-ready runs', 10, popupReadyTimes(20));
console.log(`\nPopup ready, median of ${ready.runs} real opens (action.openPopup() to usable)`);
console.log(`  popup form usable   ${ready.popupMs.toFixed(1)} ms`);
console.log(`  blank page loaded   ${ready.blankMs.toFixed(1)} ms`);
console.log(`  ratio               ${ready.ratio.toFixed(2)}x  (budget 1.5x: ${verdict(ready.ratio <= 1.5)})`);
console.log(
  `  from a menu click on a selection of ten people to their ten rows in the popup: ${ready.prefilledMs.toFixed(1)} ms`,
);

const scan = await stage('the page scan', 15, pageScanTimes(9));
const range = (values: number[]) =>
  `median ${(values[Math.floor(values.length / 2)] ?? 0).toFixed(0)} ms, ${(values[0] ?? 0).toFixed(0)} to ${(values.at(-1) ?? 0).toFixed(0)}`;
console.log(
  `\nThe page scan on a ${(scan.pageBytes / 1024 / 1024).toFixed(1)} MB page of 80,000 rows, ${scan.runs} runs ` +
    '(the page is read in slices of 8 ms; its longest stalls, in a trace of the page, are its garbage collections)',
);
console.log(`  from the menu click to its 4,000 people listed   ${range(scan.toListMs)}`);
console.log(`  the page's longest stall while it is read         ${range(scan.longestStalls)}`);

const many = await stage('the form with many rows', 10, manyRowsTimes([400, 1600]));
console.log('\nThe form with many rows (no budget): addresses pasted one a line, added, then a keystroke in one row');
for (const { rows, addMs, keystrokeMs, batch } of many) {
  console.log(
    `  ${String(rows).padStart(5)} rows: added in ${addMs.toFixed(0)} ms; a keystroke to the next frame ${keystrokeMs.toFixed(0)} ms (median of 9)`,
  );
  console.log(
    `             sent to the sandbox in ${(batch.ms / 1000).toFixed(1)} s, the form's page busy for ${(batch.busyMs / 1000).toFixed(1)} s of it (script ${(batch.scriptMs / 1000).toFixed(1)} s)`,
  );
}

const parser = await stage('the parser figures', 20, parserFigures());
console.log(
  '\nThe parser as shipped, each input in a worker of its own (a fresh heap and a copy of the parser, as each popup ' +
    'loads one), in 3 rounds: the 9 timed runs of each round pooled, the first runs of the 3 copies by their median.',
);
console.log(
  '\nparseRecipients on 5 MB page-like text (median of 9, fastest in brackets, then the first run of a fresh copy), ' +
    'against email-regex-safe on the same text',
);
/** How many characters of a page there are to each address in it (email-regex-safe's count). */
const spacing = (density: number) => {
  const page = parser.pages.find((measured) => measured.density === density);
  return String(Math.round(((page?.mb ?? 0) * 1024 * 1024) / Math.max(1, page?.regexMatches ?? 0))).padStart(3);
};
for (const page of parser.pages) {
  const ok = page.oursMbPerS >= page.regexMbPerS;
  const rate = (median: number, best: number, first: number) =>
    `${median.toFixed(0).padStart(4)} MB/s (${best.toFixed(0)}), first ${first.toFixed(0)}`;
  console.log(
    `  an address every ${spacing(page.density)} characters: ` +
      `${rate(page.oursMbPerS, page.oursBestMbPerS, page.oursFirstMbPerS)}, ${page.people} people  |  ` +
      `email-regex-safe ${rate(page.regexMbPerS, page.regexBestMbPerS, page.regexFirstMbPerS)}, ` +
      `${page.regexMatches} matches  (${verdict(ok)})`,
  );
}
const chromiumPages = await stage(
  'the parser in Chromium',
  10,
  chromiumPageFigures(PAGE_DENSITIES.map((density) => ({ density, text: pageLikeText(5 * 1024 * 1024, density) }))),
);
console.log(
  '\nThe same texts in headless Chromium, the engine the extension runs in: the first run of a fresh copy ' +
    '(what a popup pays), then the median of 9 (fastest)',
);
for (const page of chromiumPages) {
  const perS = (ms: number) => (page.mb / (ms / 1000)).toFixed(0).padStart(4);
  const figures = (timing: PageTiming) =>
    `first ${perS(timing.first)} MB/s, then ${perS(timing.median)} MB/s (${perS(timing.fastest).trim()})`;
  const firstVerdict = page.ours.first <= page.regex.first ? 'faster' : 'SLOWER';
  console.log(
    `  an address every ${spacing(page.density)} characters: ` +
      `${figures(page.ours)}  |  email-regex-safe ${figures(page.regex)}  ` +
      `(${verdict(page.ours.median <= page.regex.median)}; first run ${firstVerdict})`,
  );
}
// Budgets are judged on the median; the fastest run shows how much of it is the machine's noise,
// the first what a popup pays, parsing once with a copy of its own (before the engine optimises).
// The growth from the input's first quarter to the whole is about x4 when linear, x16 when quadratic.
const LINEAR_AT_MOST = 8;
const ms = (timing: Timing, growth: number) =>
  `${timing.median.toFixed(1).padStart(7)} ms (${timing.fastest.toFixed(1).padStart(5)})  first ${timing.first.toFixed(1).padStart(5)}  ` +
  `x${growth.toFixed(1).padEnd(4)}  ` +
  `${verdict(timing.median < 50)}${growth > LINEAR_AT_MOST ? ', NOT LINEAR' : ''}`;
const columns = 'median ms (fastest), the first run of a fresh copy, growth from 256 KB to 1 MB (about x4 when linear)';
console.log(`\nparseRecipients on 1 MB adversarial inputs (one unit repeated; budget 50 ms): ${columns}`);
for (const { name, ms: timing, growth } of parser.adversarial) {
  console.log(`  ${name.padEnd(30)} ${ms(timing, growth)}`);
}
console.log(`\nparseRecipients on 1 MB random mixes of short tokens (fixed seed; budget 50 ms): ${columns}`);
for (const { name, ms: timing, growth } of parser.mixes) {
  console.log(`  ${name.padEnd(40)} ${ms(timing, growth)}`);
}
console.log(`\nparseRecipients on 1 MB lists in which every person differs (budget 50 ms): ${columns}`);
for (const { name, people, ms: timing, growth } of parser.lists) {
  console.log(`  ${name.padEnd(28)} ${ms(timing, growth)}  ${String(people).padStart(6)} people`);
}
const growths = [...parser.adversarial, ...parser.mixes, ...parser.lists].map((entry) => entry.growth);
console.log(
  `\nLargest growth from 256 KB to 1 MB: x${Math.max(...growths).toFixed(1)} ` +
    `(${Math.max(...growths) <= LINEAR_AT_MOST ? 'every input linear' : 'SOME INPUT NOT LINEAR'})`,
);
