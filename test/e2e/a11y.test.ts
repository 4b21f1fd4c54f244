import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clearDraft,
  configureThroughOptions,
  pastePeople,
  openFormTab,
  optionsPage,
  startSession,
  type Session,
} from './fixture';

const require = createRequire(import.meta.url);
let session: Session;

beforeAll(async () => {
  session = await startSession();
  await configureThroughOptions(session, await optionsPage(session));
});
afterAll(() => session.close());

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's WCAG 2 A/AA rules, run in the page: the violations, and how many rules passed. */
async function audit(page: Page): Promise<{ violations: string[]; passed: number }> {
  // Evaluated over DevTools: an extension page's CSP refuses injected script tags, rightly.
  await page.evaluate(await readFile(require.resolve('axe-core'), 'utf8'));
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: unknown) => Promise<{ violations: Violation[]; passes: unknown[] }> };
      }
    ).axe;
    const found = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
    return { violations: found.violations, passed: found.passes.length };
  });
  return {
    violations: result.violations.map(
      (v) => `${v.id} (${v.impact ?? '?'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
    passed: result.passed,
  };
}

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it('the options page has no violations', async () => {
    const page = await optionsPage(session);
    const { violations, passed } = await audit(page);
    expect(violations).toEqual([]);
    expect(passed).toBeGreaterThan(10);
  });

  it('the invite form has none, also with rows, errors and results showing', async () => {
    session.sandbox.script([null, { kind: 'forbidden' }]);
    const page = await openFormTab(session);
    await pastePeople(page, 'Jane Doe <jane@acme.com>; John Smith <john@acme.com>');
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Email').nth(2).fill('not-an-address');
    await page.getByRole('button', { name: 'Send 3 invites' }).click();
    await page.getByText('1 sent, 1 failed.').waitFor();
    const { violations, passed } = await audit(page);
    expect(violations).toEqual([]);
    expect(passed).toBeGreaterThan(10);
    await page.close();
  });

  it('every control of the form can be reached with the keyboard, in order', async () => {
    await clearDraft(session);
    const page = await openFormTab(session);
    const names: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      names.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const label = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
          return (label ?? el?.textContent ?? el?.tagName ?? '').trim();
        }),
      );
    }
    expect(names.slice(0, 4)).toEqual(['Email', 'First name', 'Last name', 'Own role and portfolios']);
    expect(names).toContain('Send invite');
    await page.close();
  });
});
