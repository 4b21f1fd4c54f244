import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import {
  menuClick as clickMenu,
  attachPopup,
  openToolbarPopup,
  clearDraft,
  configureThroughOptions,
  expectPosts,
  openFormTab,
  optionsPage,
  postedBodies,
  startSession,
  type Session,
} from './fixture';

let session: Session;
let tabId: number;

const menuClick = (info: Partial<Browser.contextMenus.OnClickData>) => clickMenu(session, tabId, info);

beforeAll(async () => {
  session = await startSession();
  session.sandbox.pages.set(
    'contact',
    '<!doctype html><title>Contact</title><p>Jane Doe &lt;jane.doe@example.com&gt;</p>',
  );
});
afterAll(() => session.close());
beforeEach(async () => {
  session.sandbox.reset();
  await clearDraft(session);
});

describe('setting up', () => {
  it('opens the options page on install, and is set up through its fields', async () => {
    await expect.poll(() => session.browser.context.pages().some((p) => p.url().endsWith('/options.html'))).toBe(true);
    const page = await optionsPage(session);
    await configureThroughOptions(session, page);
    expect(await page.getByLabel('API token', { exact: true }).inputValue()).toBe('');
    expect(await page.getByText(/A token is set, ending in …/).textContent()).toContain(
      session.sandbox.token.slice(-4),
    );

    await page.getByRole('button', { name: 'Check connection' }).click();
    await page.getByText('Connected: ApexScore accepted the token.').waitFor();
    const check = session.sandbox.requests.filter((r) => r.method === 'OPTIONS' && !r.preflight);
    expect(check).toHaveLength(1);
    expect(check[0]?.headers.authorization).toBe(`Bearer ${session.sandbox.token}`);
    expect(session.sandbox.posts()).toHaveLength(0);

    const web = await session.browser.context.newPage();
    await web.goto(`${session.sandbox.url}/pages/contact`);
    tabId = await session.browser.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    expect(tabId).toBeGreaterThan(0);
  });

  it('tells a rejected token apart when checking the connection', async () => {
    const page = await optionsPage(session);
    await page.getByLabel('API token', { exact: true }).fill('not-the-sandbox-token');
    await page.getByRole('button', { name: 'Check connection' }).click();
    await page.getByText('Token rejected: ApexScore does not accept this token.').waitFor();
    await configureThroughOptions(session, page);
  });

  it('says which keys open the invite form, as the browser registered them', async () => {
    const page = await optionsPage(session);
    await page.getByText('Alt+Shift+V opens the invite form from any page.', { exact: false }).waitFor();
    const registered = await session.browser.worker.evaluate(async () =>
      (await chrome.commands.getAll()).map((command) => [command.name, command.shortcut]),
    );
    expect(registered).toContainEqual(['_execute_action', 'Alt+Shift+V']);
  });
});

describe('inviting from a selection', () => {
  it('prefills the popup from a right-clicked selection and sends exactly one invitation', async () => {
    await menuClick({ menuItemId: 'apexscore-invite-selection', selectionText: 'Jane Doe <jane.doe@example.com>' });
    const popup = await attachPopup(session);
    await popup.waitFor(`document.querySelector('input[type=email]').value !== ''`);
    expect(await popup.value('input[type=email]')).toBe('jane.doe@example.com');
    expect(await popup.value('input[id$=-firstName]')).toBe('Jane');
    expect(await popup.value('input[id$=-lastName]')).toBe('Doe');

    // A double click sends once.
    await popup.evaluate(
      `(() => { const b = document.querySelector('button[type=submit]'); b.click(); b.click(); })()`,
    );
    await popup.waitFor(`document.querySelector('.result-card')`);
    await expectPosts(session.sandbox, 1);
    const [post] = session.sandbox.posts();
    expect(post?.headers.authorization).toBe(`Bearer ${session.sandbox.token}`);
    expect(postedBodies(session.sandbox)).toEqual([
      {
        organization_id: session.sandbox.organizationId,
        email: 'jane.doe@example.com',
        first_name: 'Jane',
        last_name: 'Doe',
        role: 0,
        accessible_portfolio_ids: [],
      },
    ]);
    const result = await popup.text('.result');
    expect(result).toContain('Invitation sent to Jane Doe <jane.doe@example.com>');
    expect(result).toContain('Sandbox Capital');
    expect(result).toContain('Member');
    await popup.close();
  });

  it('prefills the decoded address of a mailto link', async () => {
    await menuClick({
      menuItemId: 'apexscore-invite-link',
      linkUrl: 'mailto:mike%26family@example.org?subject=Hello%20there',
    });
    const popup = await attachPopup(session);
    await popup.waitFor(`document.querySelector('input[type=email]').value !== ''`);
    expect(await popup.value('input[type=email]')).toBe('mike&family@example.org');
    await popup.close();
  });

  it('shows markup in a selection as literal text, in the form and in the result', async () => {
    await menuClick({
      menuItemId: 'apexscore-invite-selection',
      selectionText: '"Bo <b>Diddley</b>" <bo@example.com> <img src=x onerror=alert(1)>',
    });
    const popup = await attachPopup(session);
    await popup.waitFor(`document.querySelector('input[type=email]').value !== ''`);
    expect(await popup.value('input[type=email]')).toBe('bo@example.com');
    expect(await popup.value('input[id$=-firstName]')).toBe('Bo');
    expect(await popup.value('input[id$=-lastName]')).toBe('<b>Diddley</b>');
    await popup.click('button[type=submit]');
    await popup.waitFor(`document.querySelector('.result-card')`);
    expect(await popup.text('.result')).toContain('Bo <b>Diddley</b> <bo@example.com>');
    expect(await popup.evaluate<number>(`document.querySelectorAll('b, img').length`)).toBe(0);
    await popup.close();
  });
});

describe('inviting from the popup', () => {
  it('sends a typed invitation with the chosen role and portfolio', async () => {
    const popup = await openToolbarPopup(session, tabId);
    await popup.type('input[type=email]', 'ada@example.com');
    await popup.type('input[id$=-firstName]', 'Ada');
    await popup.type('input[id$=-lastName]', 'Lovelace');
    await popup.evaluate(
      `(() => { const s = document.querySelector('#invite-role'); s.value = '2'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`,
    );
    await popup.evaluate(`document.querySelector('#invite-portfolios input[type=checkbox]').click()`);
    // Ctrl+Enter sends from any field.
    await popup.evaluate(`document.querySelector('input[id$=-lastName]').focus()`);
    await popup.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key: 'Enter',
      code: 'Enter',
      modifiers: 2,
      windowsVirtualKeyCode: 13,
    });
    await popup.waitFor(`document.querySelector('.result-card')`);
    expect(postedBodies(session.sandbox)).toEqual([
      {
        organization_id: session.sandbox.organizationId,
        email: 'ada@example.com',
        first_name: 'Ada',
        last_name: 'Lovelace',
        role: 2,
        accessible_portfolio_ids: [session.sandbox.portfolios[0]?.id],
      },
    ]);
    const result = await popup.text('.result');
    expect(result).toContain('Administrator');
    expect(result).toContain(session.sandbox.portfolios[0]?.name);
    await popup.close();
  });

  it('refuses a name over 25 characters next to the field, and sends nothing', async () => {
    const page = await openFormTab(session);
    await page.getByLabel('Email').fill('long@example.com');
    await page.getByLabel('First name').fill('Maximilianus-Bartholomaeus');
    await page.getByRole('button', { name: 'Send invite' }).click();
    await page.getByText('At most 25 characters.', { exact: false }).waitFor();
    expect(await page.getByLabel('First name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('First name').inputValue()).toBe('Maximilianus-Bartholomaeus');
    expect(session.sandbox.posts()).toHaveLength(0);
    await page.close();
  });

  it('sends a pasted address without the zero-width space it carried, which showed nothing', async () => {
    const page = await openFormTab(session);
    await page.getByLabel('Email').fill('grace\u200b@example.com ');
    await page.getByLabel('First name').fill('\u200eGrace');
    await page.getByLabel('Last name').fill('Hopper');
    await page.getByRole('button', { name: 'Send invite' }).click();
    await expectPosts(session.sandbox, 1);
    expect(postedBodies(session.sandbox)).toMatchObject([
      { email: 'grace@example.com', first_name: 'Grace', last_name: 'Hopper' },
    ]);
    await page.getByText('Invitation sent to Grace Hopper <grace@example.com>', { exact: false }).waitFor();
    await page.close();
  });
});

describe('the token', () => {
  it('never comes back out of the background, and can be forgotten', async () => {
    const page = await optionsPage(session);
    const status: unknown = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'getStatus' }));
    expect(JSON.stringify(status)).not.toContain(session.sandbox.token);
    expect(status).toMatchObject({ ok: true, value: { tokenHint: session.sandbox.token.slice(-4) } });

    await page.getByRole('button', { name: 'Forget token' }).click();
    await page.getByText('The token was removed from this browser.').waitFor();
    await page.getByText('No token is set yet.').waitFor();
    expect(await session.browser.worker.evaluate(() => chrome.storage.local.get('apiToken'))).toEqual({});

    const form = await openFormTab(session);
    await form.getByText('Set your API token and organization in the options first.').waitFor();
    await form.close();
  });
});
