import { EXTENSION_DIR } from '../e2e/browser';
import { parserFigures, type Timing } from './parser';
import { popupReadyTimes } from './popup-ready';
import { entrySizes } from './sizes';

/** `npm run bench`: bundle sizes and popup readiness against their budgets. Prints; asserts nothing. */
const BUDGET_GZIP: Record<string, number | undefined> = { popup: 25 * 1024, background: 30 * 1024 };
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
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

const ready = await popupReadyTimes(20);
console.log(`\nPopup ready, median of ${ready.runs} real opens (action.openPopup() to usable)`);
console.log(`  popup form usable   ${ready.popupMs.toFixed(1)} ms`);
console.log(`  blank page loaded   ${ready.blankMs.toFixed(1)} ms`);
console.log(`  ratio               ${ready.ratio.toFixed(2)}x  (budget 1.5x: ${verdict(ready.ratio <= 1.5)})`);

const parser = await parserFigures();
console.log('\nThe parser as shipped, a fresh copy for each input (as each popup loads one), from a collected heap.');
console.log(
  '\nparseRecipients on 5 MB page-like text (median of 9, fastest in brackets), against email-regex-safe on the same text',
);
for (const page of parser.pages) {
  const ok = page.oursMbPerS >= page.regexMbPerS;
  const every = Math.round((page.mb * 1024 * 1024) / Math.max(1, page.regexMatches));
  const rate = (median: number, best: number) => `${median.toFixed(0).padStart(4)} MB/s (${best.toFixed(0)})`;
  console.log(
    `  an address every ${String(every).padStart(3)} characters: ${rate(page.oursMbPerS, page.oursBestMbPerS)}, ` +
      `${page.people} people  |  email-regex-safe ${rate(page.regexMbPerS, page.regexBestMbPerS)}, ${page.regexMatches} matches  (${verdict(ok)})`,
  );
}
// Budgets are judged on the median; the fastest run shows how much of it is the machine's noise.
// The growth from the input's first quarter to the whole is about x4 when linear, x16 when quadratic.
const LINEAR_AT_MOST = 8;
const ms = (timing: Timing, growth: number) =>
  `${timing.median.toFixed(1).padStart(7)} ms (${timing.fastest.toFixed(1).padStart(5)})  x${growth.toFixed(1).padEnd(4)}  ` +
  `${verdict(timing.median < 50)}${growth > LINEAR_AT_MOST ? ', NOT LINEAR' : ''}`;
const columns = 'median ms (fastest), growth from 256 KB to 1 MB (about x4 when linear)';
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
