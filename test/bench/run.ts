import { EXTENSION_DIR } from '../e2e/browser';
import { parserFigures } from './parser';
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
console.log('\nparseRecipients on 5 MB page-like text (median of 9), against email-regex-safe on the same text');
for (const page of parser.pages) {
  const ok = page.oursMbPerS >= page.regexMbPerS;
  const every = Math.round((page.mb * 1024 * 1024) / Math.max(1, page.regexMatches));
  console.log(
    `  an address every ${String(every).padStart(3)} characters: ${page.oursMbPerS.toFixed(0).padStart(4)} MB/s, ` +
      `${page.people} people  |  email-regex-safe ${page.regexMbPerS.toFixed(0).padStart(4)} MB/s, ${page.regexMatches} matches  (${verdict(ok)})`,
  );
}
console.log('\nparseRecipients on 1 MB adversarial inputs (one unit repeated; median of 5; budget 50 ms)');
for (const { name, ms } of parser.adversarial) {
  console.log(`  ${name.padEnd(30)} ${ms.toFixed(1).padStart(7)} ms  ${verdict(ms < 50)}`);
}
console.log('\nparseRecipients on 1 MB random mixes of short tokens (fixed seed; median of 5; budget 50 ms)');
for (const { name, ms } of parser.mixes) {
  console.log(`  ${name.padEnd(40)} ${ms.toFixed(1).padStart(7)} ms  ${verdict(ms < 50)}`);
}
console.log('\nparseRecipients on 1 MB lists in which every person differs (median of 5; budget 50 ms)');
for (const { name, people, ms } of parser.lists) {
  console.log(
    `  ${name.padEnd(28)} ${ms.toFixed(1).padStart(7)} ms  ${String(people).padStart(6)} people  ${verdict(ms < 50)}`,
  );
}
