import { createServer, type Server } from 'node:http';
import { expect, test, wcagViolations } from './fixtures.ts';
import { testSitePort } from '../playwright.config.ts';

// The test site is built with CONTACT_FORM_ENDPOINT=http://127.0.0.1:4391/submit (npm run build:test-site).
const ENDPOINT_PORT = 4391;
const site = `http://127.0.0.1:${testSitePort}`;

type Mode = 'ok' | 'fail' | 'drop';
let mode: Mode = 'ok';
const received: Array<Record<string, string>> = [];
let server: Server | undefined;

test.describe('contact form', () => {
  test.describe.configure({ mode: 'serial' });
  // Failed sends are logged by Chromium as resource errors; the page itself handles them.
  test.use({ allowedConsoleErrors: [/Failed to load resource|ERR_EMPTY_RESPONSE|net::ERR/] });

  // The recording endpoint listens on one fixed port: the file runs in one project only (playwright.config.ts).
  test.beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', async () => {
        if (mode === 'drop') {
          request.socket.destroy();
          return;
        }
        const form = await new Response(Buffer.concat(chunks), { headers: { 'content-type': request.headers['content-type'] ?? '' } }).formData();
        received.push(Object.fromEntries([...form.entries()].map(([key, value]) => [key, String(value)])));
        const headers = { 'Access-Control-Allow-Origin': '*' };
        if (mode === 'fail') {
          response.writeHead(500, headers).end('{"error":"boom"}');
        } else if ((request.headers.accept ?? '').includes('application/json')) {
          response.writeHead(200, { ...headers, 'Content-Type': 'application/json' }).end('{"ok":true}');
        } else {
          // Like form services: a plain form POST is answered with a redirect to the thank-you page.
          response.writeHead(303, { Location: new URL('/contact/thanks/', request.headers.referer).href }).end();
        }
      });
    });
    const listening = server;
    await new Promise<void>((resolve) => listening.listen(ENDPOINT_PORT, '127.0.0.1', resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
  test.beforeEach(() => {
    mode = 'ok';
    received.length = 0;
  });

  async function fill(page: import('@playwright/test').Page) {
    await page.getByLabel('Your name').fill('Alex Example');
    await page.getByRole('textbox', { name: 'Email' }).fill('alex@example.org');
    await page.getByRole('textbox', { name: 'Phone' }).fill('305 200 1234');
    await page.getByLabel('Text message').check();
    await page.getByLabel(/Short message/).fill('Could you call me about a first consultation?');
    await page.getByLabel(/may contact me/).check();
  }

  test('a valid message arrives with every field, and the page says so', async ({ page }) => {
    await page.goto(`${site}/contact/`);
    await expect(page.locator('form').getByText('do not include medical details')).toBeVisible();
    await expect(page.locator('form').getByRole('link', { name: 'privacy page' })).toHaveAttribute('href', '/privacy/');
    await fill(page);
    await page.getByRole('button', { name: 'Send message' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Thank you' })).toBeVisible();
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      name: 'Alex Example',
      email: 'alex@example.org',
      phone: '305 200 1234',
      preferred: 'text',
      message: 'Could you call me about a first consultation?',
      consent: 'yes',
      website: '',
    });
  });

  test('a bot that fills the hidden field is dropped without a word sent', async ({ page }) => {
    await page.goto(`${site}/contact/`);
    await fill(page);
    await page.locator('input[name="website"]').evaluate((element: HTMLInputElement) => (element.value = 'spam.example'));
    await page.getByRole('button', { name: 'Send message' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Thank you' })).toBeVisible();
    expect(received).toEqual([]);
  });

  for (const failure of ['fail', 'drop'] as const) {
    test(`when sending fails (${failure === 'fail' ? 'server error 500' : 'dropped connection'}) nothing typed is lost and the phone number is offered`, async ({
      page,
    }) => {
      await page.goto(`${site}/contact/`);
      await fill(page);
      mode = failure;
      await page.getByRole('button', { name: 'Send message' }).click();
      const status = page.getByRole('status').filter({ hasText: 'could not send' });
      await expect(status).toBeVisible();
      await expect(status.getByRole('link')).toHaveAttribute('href', /^tel:/);
      await expect(page.getByLabel('Your name')).toHaveValue('Alex Example');
      await expect(page.getByLabel(/Short message/)).toHaveValue('Could you call me about a first consultation?');
      await expect(page.getByRole('button', { name: 'Send message' })).toBeEnabled();
      // Retrying once the service is back works.
      mode = 'ok';
      received.length = 0;
      await page.getByRole('button', { name: 'Send message' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Thank you' })).toBeVisible();
      expect(received).toHaveLength(1);
    });
  }

  test('mistakes are explained next to their fields, and axe finds no violations', async ({ page }) => {
    await page.goto(`${site}/contact/`);
    await page.getByRole('button', { name: 'Send message' }).click();
    await expect(page.getByLabel('Your name')).toBeFocused();
    await expect(page.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Your name')).toHaveAccessibleDescription('Please tell us your name.');
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(/email address or a phone number/);
    await expect(page.getByLabel(/may contact me/)).toHaveAccessibleDescription(/tick the box/);
    await expect(page.getByRole('status')).toHaveText(/fix the 3 highlighted fields/);
    expect(received).toEqual([]);
    const violations = await wcagViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  test('without JavaScript the plain form POST arrives and lands on the thank-you page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}/contact/`);
    await page.getByLabel('Your name').fill('No Script');
    await page.getByRole('textbox', { name: 'Email' }).fill('noscript@example.org');
    await page.getByLabel(/may contact me/).check();
    await page.getByRole('button', { name: 'Send message' }).click();
    await expect(page).toHaveURL(`${site}/contact/thanks/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you');
    expect(received[0]).toMatchObject({ name: 'No Script', email: 'noscript@example.org', consent: 'yes', preferred: 'call' });
    await context.close();
  });

  test('the form can be completed with the keyboard alone', async ({ page }) => {
    await page.goto(`${site}/contact/`);
    await page.getByLabel('Your name').focus();
    await page.keyboard.type('Sam Keys');
    await page.keyboard.press('Tab');
    await page.keyboard.type('sam@example.org');
    await page.keyboard.press('Tab'); // phone
    await page.keyboard.press('Tab'); // preferred: phone call (checked)
    await page.keyboard.press('ArrowRight'); // text message
    await page.keyboard.press('Tab'); // message
    await page.keyboard.type('Hello');
    await page.keyboard.press('Tab'); // consent
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // send
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Thank you' })).toBeVisible();
    expect(received[0]).toMatchObject({ name: 'Sam Keys', email: 'sam@example.org', preferred: 'text', message: 'Hello', consent: 'yes' });
  });
});

test('with no endpoint configured there is no form: phone and email instead', async ({ page }) => {
  await page.goto('/contact/');
  await expect(page.locator('form')).toHaveCount(0);
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: /\(\d{3}\) \d{3}-\d{4}/ })
      .first(),
  ).toHaveAttribute('href', /^tel:/);
  await expect(page.getByRole('main').getByRole('link', { name: /@/ }).first()).toHaveAttribute('href', /^mailto:/);
});
