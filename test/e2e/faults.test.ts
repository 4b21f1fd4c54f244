import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Fault } from '../sandbox/server';
import {
  clearDraft,
  configureThroughOptions,
  expectPosts,
  openFormTab,
  optionsPage,
  setRequestTimeout,
  startSession,
  type Session,
} from './fixture';

let session: Session;

beforeAll(async () => {
  session = await startSession();
  await configureThroughOptions(session, await optionsPage(session));
  await setRequestTimeout(session, 1_000);
});
afterAll(() => session.close());
beforeEach(async () => {
  session.sandbox.reset();
  await clearDraft(session);
});

async function fillAndSend(page: Page): Promise<void> {
  await page.getByLabel('Email').fill('grace@example.com');
  await page.getByLabel('First name').fill('Grace');
  await page.getByLabel('Last name').fill('Hopper');
  await page.getByRole('button', { name: 'Send invite' }).click();
}

async function expectNothingLost(page: Page): Promise<void> {
  expect(await page.getByLabel('Email').inputValue()).toBe('grace@example.com');
  expect(await page.getByLabel('First name').inputValue()).toBe('Grace');
  expect(await page.getByLabel('Last name').inputValue()).toBe('Hopper');
}

describe('each scripted fault shows its own message and loses nothing typed', () => {
  it.each<[string, Fault, RegExp[]]>([
    [
      'a rejected token',
      { kind: 'unauthorized' },
      [/The token was rejected\. Open the options/, /Incorrect authentication credentials/],
    ],
    ['an expired JWT', { kind: 'jwt' }, [/The token was rejected/, /Given token not valid/]],
    ['no permission', { kind: 'forbidden' }, [/may not invite people to this organization/]],
    ['a field-less 400', { kind: 'nonField' }, [/ApexScore said: This person is already a member/]],
    ['a bare-list 400', { kind: 'bareList' }, [/ApexScore said: Invitations are closed/]],
    ['a server error', { kind: 'server' }, [/ApexScore had a problem \(HTTP 500\)/]],
    ['an HTML error page', { kind: 'html' }, [/ApexScore had a problem \(HTTP 502\)/]],
    ['a slow answer', { kind: 'slow', ms: 3_000 }, [/did not answer in time/, /may have been created anyway/]],
    ['a dropped connection', { kind: 'drop' }, [/Could not reach ApexScore/, /may have been created anyway/]],
    ['malformed JSON', { kind: 'malformed' }, [/does not understand/, /may have been created anyway/]],
  ])('%s', async (_name, fault, messages) => {
    session.sandbox.script([fault]);
    const page = await openFormTab(session);
    await fillAndSend(page);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    for (const message of messages) expect(text).toMatch(message);
    await expectNothingLost(page);
    await expectPosts(session.sandbox, 1);
    await page.close();
  });

  it('puts field errors next to their fields', async () => {
    session.sandbox.script([{ kind: 'fieldErrors' }]);
    const page = await openFormTab(session);
    await fillAndSend(page);
    await page.getByText('Enter a valid email address.').waitFor();
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Email').getAttribute('aria-describedby')).toMatch(/-email-error$/);
    await page.getByText('#1: Must be a valid UUID.').waitFor();
    await expectNothingLost(page);
    await page.close();
  });

  it('pauses on a 429 and sends again by itself once Retry-After has passed', async () => {
    session.sandbox.script([{ kind: 'throttle', retryAfter: 2 }]);
    const page = await openFormTab(session);
    await fillAndSend(page);
    await page.getByText(/Paused: ApexScore asked to slow down\. Going on in [12] s\./).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe('grace@example.com');
    await page.getByText('Invitation sent to Grace Hopper <grace@example.com>').waitFor({ timeout: 10_000 });
    await expectPosts(session.sandbox, 2);
    await page.close();
  });

  it('offers the options when the token is rejected', async () => {
    session.sandbox.script([{ kind: 'unauthorized' }]);
    for (const open of session.browser.context.pages().filter((p) => p.url().endsWith('/options.html')))
      await open.close();
    const page = await openFormTab(session);
    await fillAndSend(page);
    const opened = session.browser.context.waitForEvent('page');
    await page.getByRole('button', { name: 'Open options' }).click();
    expect((await opened).url()).toMatch(/\/options\.html$/);
    await page.close();
  });
});

describe('what the API answered is shown whole', () => {
  it('warns when ApexScore did not send the email', async () => {
    session.sandbox.script([{ kind: 'emailNotSent' }]);
    const page = await openFormTab(session);
    await fillAndSend(page);
    await page.getByText('did not send its email. Tell grace@example.com yourself', { exact: false }).waitFor();
    await page.close();
  });

  it('shows failed entries instead of dropping them', async () => {
    session.sandbox.script([{ kind: 'failedEntry' }]);
    const page = await openFormTab(session);
    await fillAndSend(page);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('grace@example.com: An invitation is already pending for this email.');
    await page.close();
  });
});

describe('a custom API base URL', () => {
  it('asks for its host permission only from its own button, and nothing waits on the prompt', async () => {
    const page = await optionsPage(session);
    const origin = new URL(session.sandbox.url).origin;
    if (!(await page.getByLabel('API base URL').isVisible())) await page.getByText('Advanced').click();
    const allow = page.getByRole('button', { name: `Allow access to ${origin}` });
    await allow.waitFor();
    // Headless Chromium shows a prompt nobody answers: the request never settles.
    await allow.click();
    await page.getByLabel('Organization ID').fill(session.sandbox.organizationId.toUpperCase());
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor({ timeout: 5_000 });
    session.sandbox.reset();
    await page.getByRole('button', { name: 'Check connection' }).click();
    await page.getByText('Connected: ApexScore accepted the token.').waitFor({ timeout: 5_000 });
  });
});
