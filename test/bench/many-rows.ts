import { configureThroughOptions, openFormTab, optionsPage, startSession } from '../e2e/fixture';

export interface ManyRowsTimes {
  rows: number;
  /** Sending them all to the sandbox, ms, and meanwhile the time the form's page was busy and the script it ran. */
  batch: { ms: number; busyMs: number; scriptMs: number };
  /** From a click on the paste box's Add to the last row in the form, ms. */
  addMs: number;
  /** A keystroke in one row's first name to the next frame, ms: the median of 9. */
  keystrokeMs: number;
}

/**
 * The invite form with many rows, as a big page's scan or a long pasted list makes it: `rows`
 * addresses pasted, the time to add them to the form, and what a keystroke in one of them costs
 * then (every row was rendered again at each keystroke; adding grew with the square of the rows).
 */
export async function manyRowsTimes(counts: number[]): Promise<ManyRowsTimes[]> {
  const session = await startSession();
  try {
    await configureThroughOptions(session, await optionsPage(session));
    const times: ManyRowsTimes[] = [];
    for (const rows of counts) {
      const page = await openFormTab(session);
      await page.evaluate(() => chrome.storage.session.remove('inviteDraft'));
      await page.reload();
      // Addresses of their own for each count: the sandbox answers an address invited before as
      // pending, a failed row.
      const text = Array.from({ length: rows }, (_, i) => `p${String(rows)}-${String(i)}@example.com`).join('\n');
      await page.getByText('Paste a list').click();
      await page.getByLabel('Names and addresses').fill(text);
      const started = Date.now();
      await page.getByRole('button', { name: 'Add people' }).click();
      await page.waitForFunction((count) => document.querySelectorAll('input[type=email]').length === count, rows, {
        timeout: 300_000,
      });
      const addMs = Date.now() - started;
      const keystrokes = await page.evaluate(async () => {
        const input = document.querySelectorAll<HTMLInputElement>('input[id$="-firstName"]')[3];
        const spent: number[] = [];
        for (let i = 0; input && i < 9; i++) {
          const start = performance.now();
          input.value += 'x';
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          spent.push(performance.now() - start);
        }
        return spent.sort((a, b) => a - b);
      });
      // Sending them (more than 500 go as several batches, one after another), and the form's own
      // work meanwhile, which renders each row's state as the background reports it.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const metrics = async () => {
        const all = (await cdp.send('Performance.getMetrics')).metrics;
        const value = (name: string) => all.find((metric) => metric.name === name)?.value ?? 0;
        return { busy: value('TaskDuration'), script: value('ScriptDuration') };
      };
      const before = await metrics();
      const sendStarted = Date.now();
      await page.evaluate(() => document.querySelector<HTMLButtonElement>('button[type=submit]')?.click());
      // Asked every quarter second: a locator waiting for the summary would search the form's
      // thousands of elements at each change, and count as the form's own work.
      const deadline = Date.now() + 600_000;
      for (;;) {
        const summary = await page.evaluate(() => document.querySelector('.summary')?.textContent ?? '');
        if (summary === `${String(rows)} sent, 0 failed.`) break;
        if (summary !== '') throw new Error(`the batch of ${String(rows)} ended: ${summary}`);
        if (Date.now() > deadline) throw new Error(`the batch of ${String(rows)} did not end`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const after = await metrics();
      const batch = {
        ms: Date.now() - sendStarted,
        busyMs: (after.busy - before.busy) * 1000,
        scriptMs: (after.script - before.script) * 1000,
      };
      times.push({ rows, addMs, keystrokeMs: keystrokes[4] ?? 0, batch });
      await page.close();
    }
    return times;
  } finally {
    await session.close();
  }
}
