import http from 'node:http';
import { expect, test } from '@playwright/test';
import { accountIdOf } from './support/accounts';
import { advanceClock, columnNamed, openDeckWithPosts, statusOf } from './support/columns';
import { launchHarness, type HarnessProcess } from './support/harness';
import { simulatorOf, type SimulatorClient } from './support/simulator';

/** Hostile input and faults, met the way a user (or a hostile page) would meet them. */
test.use({ timezoneId: 'UTC' });

let harness: HarnessProcess;
let sim: SimulatorClient;
test.beforeEach(async () => {
  harness = await launchHarness();
  sim = await simulatorOf(harness);
});
test.afterEach(async () => harness?.stop());

const MiB = 1024 * 1024;

test('the harness survives a WebSocket message over 1 MiB, and the app goes on working', async ({
  page,
}) => {
  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  const answers = await page.evaluate(
    async ({ size }) => {
      // A second socket of the page's own origin, as the page's bridge opens one.
      const url = `ws://${location.host}${location.pathname}ws`;
      const ws = new WebSocket(url);
      await new Promise((resolve) => ws.addEventListener('open', resolve));
      const next = () =>
        new Promise<string>((resolve) =>
          ws.addEventListener('message', (m) => resolve(String(m.data)), { once: true }),
        );
      const closed = new Promise<number>((resolve) =>
        ws.addEventListener('close', (e) => resolve(e.code)),
      );
      const refused = next();
      ws.send(JSON.stringify({ id: 1, channel: 'drafts.set', payload: 'x'.repeat(2 * size) }));
      const first = await refused;
      ws.send('x'.repeat(5 * size));
      return { first, closeCode: await closed };
    },
    { size: MiB },
  );
  expect(JSON.parse(answers.first)).toMatchObject({
    type: 'result',
    id: 1,
    result: { ok: false, error: { kind: 'invalid_payload' } },
  });
  expect(answers.closeCode).toBe(1009);

  // The page's own connection, and the harness, are untouched.
  const info = await page.evaluate(() => window.timedeck.app.info());
  expect(info.ok).toBe(true);
  await advanceClock(page, harness, 3 * 60_000);
  await expect(statusOf(mentions)).toHaveText(/^Updated /);
});

test('a huge paste into the composer is capped, with a message beside it, and the draft saves', async ({
  page,
}) => {
  await openDeckWithPosts(page, harness, 'Mentions');
  await page.getByRole('button', { name: /^New post/ }).click();
  const text = page.getByRole('textbox', { name: 'Post text' });
  await text.fill('ink '.repeat(500_000));
  await expect(
    page.getByRole('status').filter({ hasText: 'A draft holds at most 25,000' }),
  ).toBeVisible();
  expect((await text.inputValue()).length).toBe(25_000);
  // The draft reaches main (the autosave is one main accepts): it survives a reload.
  await expect
    .poll(async () => {
      const r = await page.evaluate(() => window.timedeck.drafts.get());
      return r.ok ? r.value.text.length : -1;
    })
    .toBe(25_000);
  await text.fill('Shorter now');
  await expect(page.getByText('A draft holds at most')).toHaveCount(0);
});

test('one column that fails to render shows what failed and a Reload; the others go on', async ({
  page,
}) => {
  // A browser part that breaks inside one column only (the one named Mentions), while the
  // page sets window.__breakMentions: the column's rows are measured through ResizeObserver.
  await page.addInitScript(() => {
    const w = window as unknown as { __breakMentions: boolean };
    w.__breakMentions = true;
    const observe = ResizeObserver.prototype.observe;
    ResizeObserver.prototype.observe = function (target: Element, options?: ResizeObserverOptions) {
      if (w.__breakMentions && target.closest('section[aria-label="Mentions"]'))
        throw new Error('a part of the Mentions column broke');
      return observe.call(this, target, options);
    };
  });
  await page.goto(harness.url);
  const failed = columnNamed(page, 'Mentions');
  await expect(failed.getByRole('alert')).toContainText('The column “Mentions” failed to show');
  await expect(failed.getByRole('alert')).toContainText('a part of the Mentions column broke');
  // The deck's other column still shows its posts, and the app around it works.
  const other = columnNamed(page, 'Brand search');
  await expect(other.getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Personal' })).toBeVisible();

  // Once the cause is gone, Reload brings the column back.
  await page.evaluate(() => {
    (window as unknown as { __breakMentions: boolean }).__breakMentions = false;
  });
  await failed.getByRole('button', { name: 'Reload' }).click();
  await expect(columnNamed(page, 'Mentions').getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'failed to show' })).toHaveCount(0);
});

test('an error nothing in main caught locks the decks, and the page says why', async ({ page }) => {
  await openDeckWithPosts(page, harness, 'Mentions');
  await harness.control('crash', { kind: 'rejection' });
  await expect(
    page.getByRole('heading', { name: 'Timedeck locked your decks after an error' }),
  ).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);
  // It holds as time passes, and the harness is still up to say so.
  await advanceClock(page, harness, 10 * 60_000);
  await expect(
    page.getByRole('heading', { name: 'Timedeck locked your decks after an error' }),
  ).toBeVisible();
});

test('the simulator’s controls refuse requests without this run’s token, or from another page', async ({
  page,
}) => {
  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${sim.url}/__sim/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  expect((await post('faults', { kind: '503' })).status).toBe(401);
  expect((await post('faults', { kind: '503' }, { 'X-Sim-Control-Token': 'guess' })).status).toBe(
    401,
  );

  // A web page of another origin tries the simple cross-origin POST any page can send.
  const foreign = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>elsewhere</title>');
  });
  await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
  const foreignUrl = `http://127.0.0.1:${(foreign.address() as { port: number }).port}/`;
  const other = await page.context().newPage();
  try {
    await other.goto(foreignUrl);
    await other.evaluate(async (target) => {
      await fetch(`${target}/__sim/faults`, {
        method: 'POST',
        mode: 'no-cors',
        headers: { 'Content-Type': 'text/plain' },
        body: JSON.stringify({ kind: '503' }),
      }).catch(() => undefined);
    }, sim.url);
  } finally {
    await other.close();
    foreign.close();
  }

  // No fault took: the column keeps reading.
  await advanceClock(page, harness, 3 * 60_000);
  await expect(statusOf(mentions)).toHaveText(/^Updated /);

  // The same fault with the token does take (so the check above could fail).
  await sim.fault({ kind: '503' });
  await advanceClock(page, harness, 3 * 60_000);
  await expect(statusOf(mentions)).not.toHaveText(/^Updated /);
  await sim.clearFaults();
});

test('a spent 24-hour cap: the column says until when, and asks X nothing before then', async ({
  page,
}) => {
  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  await page.getByRole('button', { name: 'Remove column Brand search' }).click();
  await expect(columnNamed(page, 'Brand search')).toHaveCount(0);
  const brandId = await accountIdOf(page, 'quillory');
  const mentionsPath = `/2/users/${brandId}/mentions`;
  const calls = async () =>
    (await sim.requests()).filter((r) => r.method === 'GET' && r.path === mentionsPath);

  await sim.fault({ kind: '429', count: 1, window: '24hour', token: await sim.tokenOf(brandId) });
  const limitedAt = await advanceClock(page, harness, 3 * 60_000);
  await expect(statusOf(mentions)).toHaveText(
    /^X’s daily limit is reached: paused until \d\d:\d\d \(in 2[34] h/,
  );
  const after = (await calls()).length;

  // The 15-minute window opens again, and again: nothing is asked. (The window is left in the
  // background, so the time box counts nothing and the deck stays open.)
  await harness.control('presence', { focused: false });
  await advanceClock(page, harness, 20 * 60_000);
  await expect(statusOf(mentions)).toHaveText(/^X’s daily limit is reached/);
  expect((await calls()).length).toBe(after);
  expect(limitedAt).toBeGreaterThan(0);
});
