import { expect, test } from '@playwright/test';
import { columnNamed, openDeckWithPosts } from './support/columns';
import { launchHarness, type HarnessProcess } from './support/harness';
import { simulatorOf } from './support/simulator';

/**
 * Demo mode shows real pictures (the simulator draws and serves them from its loopback origin)
 * and never reaches off the machine: every request the page makes goes to 127.0.0.1, none
 * fails, and the console stays free of errors.
 */

let harness: HarnessProcess;
test.beforeEach(async () => {
  harness = await launchHarness();
});
test.afterEach(async () => harness?.stop());

test('demo mode shows avatars and pictures from the simulator, with no request off the machine and no console error', async ({
  page,
}) => {
  const sim = await simulatorOf(harness);
  const offMachine: string[] = [];
  const failed: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['http:', 'ws:'].includes(url.protocol) || url.hostname !== '127.0.0.1')
      if (!['data:', 'blob:', 'about:'].includes(url.protocol)) offMachine.push(req.url());
  });
  page.on('requestfailed', (req) => failed.push(`${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (res.status() >= 400) failed.push(`${res.url()} ${res.status()}`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));

  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  const avatar = mentions.locator('img.avatar').first();
  await expect(avatar).toBeVisible();
  expect(new URL((await avatar.getAttribute('src'))!).origin).toBe(sim.url);
  await expect
    .poll(() => avatar.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  await expect(mentions.locator('.avatar-initial')).toHaveCount(0);

  // A photo in the brand search, drawn by the simulator.
  const search = columnNamed(page, 'Brand search');
  const picture = page.locator('.post-media-item img').first();
  await expect(search.getByRole('article').first()).toBeVisible();
  await picture.scrollIntoViewIfNeeded();
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  expect(new URL((await picture.getAttribute('src'))!).origin).toBe(sim.url);
  await expect(page.locator('.media-missing')).toHaveCount(0);

  expect(offMachine).toEqual([]);
  expect(failed).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
