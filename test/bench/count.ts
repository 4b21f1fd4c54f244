import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { benchInputs } from './parser';
import { shippedParserCode } from './shipped';

/**
 * `npm run bench:count -- [--against <commit>] [--runs <n>] <name>...`: the machine instructions
 * one run of the shipped parser takes on each bench input whose name holds one of the `name`s,
 * counted by valgrind; with `--against`, beside a commit's parser, and the change.
 *
 * Why counts and not times: on these shared machines the same run of the same code takes from one
 * to two times as long from one minute to the next, so an A/B in milliseconds needs dozens of
 * runs of each side and still misleads on a change of a few per cent. The count of instructions
 * moves far less, but it still drifts with what else the machine does (the engine keeps heuristics
 * that go by the clock: the same build counted 721 M and 659 M a run in two runs), while two copies
 * counted at the same moment agree exactly. So the two sides of `--against` are counted at the same
 * moment, each input's four valgrinds started together. Even so, the change between two different
 * parsers counted together moved by 4 to 7 points from one count to the next (2026-11-29: 6.0, 8.3,
 * 9.7 and 12.7% on spreadsheet rows): count again before trusting a few per cent. A count is not
 * the time (a cache miss costs more than an add), and each run's count holds a full collection of
 * the heap, so a change it favours is confirmed in time at the end, by `npm run bench`. Count a
 * change on several inputs: a change to one function moves others' counts by a few per cent
 * through what the engine inlines where. Prints; asserts nothing. Each input takes one to three
 * minutes.
 */

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Runs before counting: the parser's hot code is optimized by then, as in a popup's later runs. */
const WARM_UP = 5;

/**
 * Parses the text in the JSON file `argv[3]` (JSON keeps a lone half of a character, which UTF-8
 * would not) with the parser module `argv[2]`, WARM_UP + `argv[4]` times, a full garbage
 * collection before each run: otherwise the collections that fall inside the runs counted are a
 * matter of chance (the same code counted 276 M to 393 M a run on one input).
 */
const RUNNER = `
import { readFileSync } from 'node:fs';
const { parseRecipients } = await import(process.argv[2]);
const text = JSON.parse(readFileSync(process.argv[3], 'utf8'));
for (let i = 0; i < ${String(WARM_UP)} + Number(process.argv[4]); i++) {
  globalThis.gc();
  parseRecipients(text);
}
`;

/** The instructions of the whole process: the parser loaded, the text read, WARM_UP + `runs` runs. */
async function instructions(runner: string, parser: string, input: string, runs: number): Promise<number> {
  const { stderr } = await run(
    'valgrind',
    [
      '--tool=cachegrind',
      '--cache-sim=no',
      '--cachegrind-out-file=/dev/null',
      process.execPath,
      // The optimizing compiler on the main thread: the same code compiled at the same point each
      // time; and the same random numbers (the parser's hashes are seeded by one).
      '--single-threaded',
      '--expose-gc',
      '--random-seed=1',
      runner,
      parser,
      input,
      String(runs),
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr)?.[1];
  if (refs === undefined) throw new Error(`bench:count: valgrind printed no count:\n${stderr}`);
  return Number(refs.replaceAll(',', ''));
}

/** Instructions of one run: the process with `runs` more runs, less the process without them. */
async function perRun(runner: string, parser: string, input: string, runs: number): Promise<number> {
  const [without, withRuns] = await Promise.all([
    instructions(runner, parser, input, 0),
    instructions(runner, parser, input, runs),
  ]);
  return (withRuns - without) / runs;
}

/** A commit's parser: its `lib/` taken out of git (the dependencies are this work tree's). */
async function commitParser(work: string, commit: string): Promise<string> {
  const tree = join(work, 'tree');
  mkdirSync(tree);
  execFileSync('tar', ['-x', '-C', tree], { input: execFileSync('git', ['-C', ROOT, 'archive', commit, 'lib']) });
  symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
  return shippedParserCode(tree);
}

const { values, positionals: args } = parseArgs({
  options: { against: { type: 'string' }, runs: { type: 'string', default: '3' } },
  allowPositionals: true,
});
const against = values.against;
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('bench:count: --runs needs a whole number, 1 or more');
const inputs = benchInputs().filter((input) => args.some((name) => input.name.includes(name)));
if (inputs.length === 0) {
  console.log('Usage: npm run bench:count -- [--against <commit>] [--runs <n>] <name>...\nThe inputs:');
  for (const input of benchInputs()) console.log(`  ${input.kind.padEnd(11)} ${input.name}`);
  process.exit(args.length === 0 ? 0 : 1);
}
try {
  execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
} catch {
  throw new Error('bench:count needs valgrind, which is not installed: apt-get install -y valgrind');
}

const work = mkdtempSync(join(tmpdir(), 'apexscore-count-'));
try {
  const runner = join(work, 'runner.mjs');
  writeFileSync(runner, RUNNER);
  const ours = join(work, 'ours.mjs');
  writeFileSync(ours, await shippedParserCode());
  const theirs = against === undefined ? undefined : join(work, 'theirs.mjs');
  if (theirs !== undefined && against !== undefined) writeFileSync(theirs, await commitParser(work, against));
  const millions = (count: number) => `${(count / 1e6).toFixed(1)} M`;
  console.log(
    `Instructions a run of parseRecipients (valgrind, ${String(runs)} runs after ${String(WARM_UP)}): this work tree` +
      (against === undefined ? '' : `, ${against}, the change`),
  );
  for (const input of inputs) {
    const file = join(work, 'input.json');
    writeFileSync(file, JSON.stringify(input.text()));
    // Both sides at once: a count taken later would carry the machine's drift (above).
    const [now, before] = await Promise.all([
      perRun(runner, ours, file, runs),
      theirs === undefined ? undefined : perRun(runner, theirs, file, runs),
    ]);
    const change =
      before === undefined ? '' : `  ${millions(before)}  ${(((now - before) / before) * 100).toFixed(1)}%`;
    console.log(`  ${input.kind.padEnd(11)} ${input.name.padEnd(40)} ${millions(now)}${change}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
