import { expect, test } from '@playwright/test';
import { openDeckWithPosts } from './support/columns';
import { dragReady } from './support/drag';
import { launchHarness, type HarnessProcess } from './support/harness';

/**
 * The composer, the column settings, the dialogs and dnd-kit are chunks of their own, loaded after the
 * deck's first paint (bench: renderer_js_gzip_kb). They must load under the page's strict CSP,
 * open as they always did (focus in, focus back out), and leave the console free of errors.
 */

let harness: HarnessProcess;
test.afterEach(async () => harness?.stop());

test('the parts loaded after the first paint open under the strict CSP, with no console error or failed request', async ({
  page,
}) => {
  harness = await launchHarness();
  const problems: string[] = [];
  const scripts: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('requestfailed', (req) => problems.push(`${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`${res.url()} ${res.status()}`);
  });
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname);
  });

  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  expect(
    await page.evaluate(
      () => document.querySelectorAll('script[src], link[rel=modulepreload]').length,
    ),
  ).toBeGreaterThan(0);

  // dnd-kit takes the columns' handles and the deck tabs on.
  await dragReady(page.getByRole('button', { name: 'Drag to move Mentions' }));
  await dragReady(page.getByRole('tab', { name: 'Brand' }));

  // The composer: opens with the focus in its text, and gives the focus back when closed.
  const newPost = page.getByRole('button', { name: 'New post' });
  await newPost.click();
  const composer = page.getByRole('dialog', { name: 'New post' });
  await expect(composer.locator('textarea')).toBeFocused();
  await composer.getByRole('button', { name: 'Close' }).click();
  await expect(composer).toBeHidden();
  await expect(newPost).toBeFocused();

  // A column's settings, and the new-column form at the end of the strip.
  await mentions.getByRole('button', { name: 'Edit column Mentions' }).click();
  const settings = page.getByRole('form', { name: 'Settings of Mentions' });
  await expect(settings.getByLabel('Title')).toHaveValue('Mentions');
  await settings.getByRole('button', { name: 'Cancel' }).click();
  await expect(settings).toBeHidden();
  const add = page.getByRole('region', { name: 'Add a column' });
  await expect(add.getByRole('button', { name: 'Add column' })).toBeVisible();

  // A dialog from a shortcut.
  await page.locator('body').press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();

  // They came as chunks of their own, from the page's origin.
  expect(scripts.some((s) => /\/Composer-[\w-]+\.js$/.test(s))).toBe(true);
  expect(scripts.some((s) => /\/column-settings-[\w-]+\.js$/.test(s))).toBe(true);
  expect(scripts.some((s) => /\/SortableBindings-[\w-]+\.js$/.test(s))).toBe(true);
  expect(problems).toEqual([]);
});
