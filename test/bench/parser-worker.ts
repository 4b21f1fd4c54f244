import { parentPort, workerData } from 'node:worker_threads';

/**
 * Wall times of a run, in ms: the budgets are judged on the median; the fastest shows how much of
 * it is the machine's noise. `first` is the first run, before the engine has learnt anything from
 * this input: what a popup, which parses its text once with a copy of the parser of its own, pays.
 */
export interface Timing {
  median: number;
  fastest: number;
  first: number;
}

/** What a worker is given: the shipped parser as a module URL, and the text (cloned, as a message is). */
export interface WorkerInput {
  url: string;
  text: string;
  /** Also time the text's first quarter, for the growth from it to the whole. */
  quarter: boolean;
  /** Also time this regular expression's `match` on the text, after the parser. */
  regex?: { source: string; flags: string };
}

/** The runs of one fresh copy, in ms: its first run, then the timed runs after one untimed one. */
export interface Runs {
  first: number;
  timed: number[];
}

export interface WorkerResult {
  ms: Runs;
  /** The text's length in characters, and the people the parser found in it. */
  length: number;
  people: number;
  quarter?: Runs;
  regex?: { ms: Runs; matches: number };
}

/** The first run's wall time, then `repeat` more after an untimed one that lets the JIT settle. */
function runs(run: () => unknown, repeat = 9): Runs {
  // From a collected heap (`npm run bench` runs node with --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  const firstStart = performance.now();
  run();
  const first = performance.now() - firstStart;
  run();
  const timed: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    timed.push(performance.now() - start);
  }
  return { first, timed };
}

async function measure({ url, text, quarter, regex }: WorkerInput): Promise<WorkerResult> {
  // eslint-disable-next-line no-unsanitized/method -- our own bundled source, from shipped.ts
  const { parseRecipients } = (await import(url)) as typeof import('../../lib/recipients');
  let people = 0;
  const result: WorkerResult = { ms: runs(() => (people = parseRecipients(text).length)), length: text.length, people };
  if (quarter) {
    // A new string, as a message's would be: not a view of the whole.
    const head = structuredClone(text.slice(0, Math.floor(text.length / 4)));
    result.quarter = runs(() => parseRecipients(head));
  }
  if (regex) {
    const pattern = new RegExp(regex.source, regex.flags);
    let matches = 0;
    result.regex = { ms: runs(() => (matches = text.match(pattern)?.length ?? 0)), matches };
  }
  return result;
}

if (parentPort) parentPort.postMessage(await measure(workerData as WorkerInput));
