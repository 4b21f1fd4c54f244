import { configureThroughOptions, openFormTab, optionsPage, startSession } from '../e2e/fixture';

export interface ManyRowsTimes {
  rows: number;
  /** Sending them all to the sandbox, ms, and the script the form's page ran meanwhile (only for the first count). */
  batch?: { ms: number; scriptMs: number };
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
      const text = Array.from({ length: rows }, (_, i) => `p${String(i)}@example.com`).join('\n');
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
      // Sending them (the first count only: the sandbox answers a few at a time), and the form's
      // own script meanwhile, which renders each row's state as the background reports it.
      let batch: ManyRowsTimes['batch'];
      if (rows === counts[0]) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Performance.enable');
        const script = async () =>
          (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ScriptDuration')
            ?.value ?? 0;
        const scriptBefore = await script();
        const sendStarted = Date.now();
        await page.getByRole('button', { name: `Send ${String(rows)} invites` }).click();
        await page.getByText(`${String(rows)} sent, 0 failed.`).waitFor({ timeout: 600_000 });
        batch = { ms: Date.now() - sendStarted, scriptMs: ((await script()) - scriptBefore) * 1000 };
      }
      times.push({ rows, addMs, keystrokeMs: keystrokes[4] ?? 0, ...(batch ? { batch } : {}) });
      await page.close();
    }
    return times;
  } finally {
    await session.close();
  }
}
