import { expect, test, type Page } from '@playwright/test';
import { advanceClock, columnNamed, openDeckWithPosts } from './support/columns';
import { launchHarness, newDataDir, type HarnessProcess } from './support/harness';
import { simulatorOf, type SimulatorClient } from './support/simulator';

/**
 * Cost before acting, in the demo (whose X app has a bearer token from the simulator): a search
 * column's weekly volume and price before it is saved, why there is none without a token, and
 * the month's spend alerts.
 */

let harness: HarnessProcess;
let sim: SimulatorClient;
test.afterEach(async () => harness?.stop());

const countRequests = async () =>
  (await sim.requests()).filter((r) => r.path === '/2/tweets/counts/recent');

async function newSearchColumn(page: Page, query: string) {
  const form = page.getByRole('region', { name: 'Add a column' });
  await form.getByLabel('Title').fill('Ink talk');
  await form.getByLabel('Type').selectOption({ label: 'Search' });
  await form.getByLabel('Account', { exact: true }).selectOption({ label: '@quillory (Brand)' });
  await form.getByRole('radio', { name: 'An X query I write' }).check();
  await form.getByRole('textbox', { name: 'X query' }).fill(query);
  return form;
}

async function openAccounts(page: Page) {
  await page.getByRole('button', { name: 'Accounts' }).click();
  return page.getByRole('dialog', { name: 'Accounts' });
}

test('a new search column shows last week’s volume and its daily price before it is saved', async ({
  page,
}) => {
  harness = await launchHarness();
  sim = await simulatorOf(harness);
  await openDeckWithPosts(page, harness, 'Mentions');
  const form = await newSearchColumn(page, 'ink OR nib');

  const preview = form.getByRole('status', { name: 'Volume and price' });
  await expect(preview).toHaveText(
    /^About [\d,]+ posts? matched last week \(≈ [\d,]+ a day\)\. At this column's interval that is ≈ \$[\d.,]+ a day, \$[\d.,]+ a month\.$/,
  );
  // One billed request, with the app's bearer token, for the query X will receive.
  const counts = await countRequests();
  expect(counts.map((r) => r.status)).toEqual([200]);
  expect(counts[0]!.userId).toBeNull();
  // Nothing is saved yet.
  await expect(columnNamed(page, 'Ink talk')).toHaveCount(0);

  // The figures are X's count: the same as a count asked of the simulator now.
  const weekly = Number(
    /About ([\d,]+)/.exec((await preview.textContent())!)![1]!.replace(/,/g, ''),
  );
  expect(weekly).toBeGreaterThan(0);

  // Another interval reprices without asking X again.
  await form.getByText('Refresh, notifications and filters').click();
  const interval = form.getByLabel('Refresh every');
  await interval.fill('10');
  await expect(preview).toContainText('a day');
  expect(await countRequests()).toHaveLength(1);

  // The same query again (another form, later today) is not counted again.
  await form.getByRole('textbox', { name: 'X query' }).fill('ink OR nib OR pen');
  await expect(preview).toHaveText(/^About /);
  await form.getByRole('textbox', { name: 'X query' }).fill('ink OR nib');
  await expect(preview).toHaveText(/^About /);
  expect(await countRequests()).toHaveLength(2);

  // A post's price before Send, from the same price table.
  await page.getByRole('button', { name: 'New post' }).click();
  const composer = page.getByRole('dialog', { name: 'New post' });
  const price = composer.getByLabel('Price of this post');
  await composer.getByLabel('Post text').fill('Sepia Tide is back in stock');
  await expect(price).toHaveText('$0.015');
  await composer.getByLabel('Post text').fill('Sepia Tide is back: https://quillory.com/ink');
  await expect(price).toHaveText('$0.200 (a post with a link)');
});

test('without a bearer token the form says what it would need, and estimates nothing', async ({
  page,
}) => {
  harness = await launchHarness();
  sim = await simulatorOf(harness);
  await openDeckWithPosts(page, harness, 'Mentions');
  const accounts = await openAccounts(page);
  await accounts.getByRole('button', { name: 'Remove bearer token' }).click();
  await expect(accounts.getByLabel('Bearer token')).toHaveAttribute('placeholder', /Optional/);
  await accounts.getByRole('button', { name: 'Close' }).click();

  const form = await newSearchColumn(page, 'ink OR nib');
  const preview = form.getByRole('status', { name: 'Volume and price' });
  await expect(preview).toHaveText(/^No estimate: X counts .* only for your X app's bearer token/);
  // No figure of volume or price, not even a guess.
  await expect(preview).not.toContainText('About');
  await expect(preview).not.toContainText('≈');
  await expect(preview).not.toContainText('a month');
  expect(await countRequests()).toHaveLength(0);
});

test('the 80 % spend alert comes once: on the desktop and as a banner, and not again after a restart', async ({
  page,
}) => {
  const dataDir = newDataDir();
  harness = await launchHarness({ dataDir });
  sim = await simulatorOf(harness);
  await openDeckWithPosts(page, harness, 'Mentions');
  const month = await page.evaluate(async () => {
    const r = await (
      window as unknown as {
        timedeck: {
          spend: { get(): Promise<{ ok: true; value: { monthToDateDollars: number } }> };
        };
      }
    ).timedeck.spend.get();
    return r.value.monthToDateDollars;
  });
  expect(month).toBeGreaterThan(0);

  // A cap the month has spent 85 % of.
  const accounts = await openAccounts(page);
  await accounts.getByLabel('Monthly cap in dollars').fill((month / 0.85).toFixed(6));
  await accounts.getByRole('button', { name: 'Save cap' }).click();
  const banner = page.getByRole('status').filter({ hasText: 'of the monthly cap' });
  await expect(banner).toHaveText(/API spend is at 80 % of the monthly cap/);
  const alerts = async () =>
    (await harness.control<Array<{ body: string }>>('notifications')).filter((n) =>
      n.body.includes('of the monthly cap'),
    );
  expect((await alerts()).map((n) => n.body)).toEqual([
    expect.stringMatching(/^API spend is at 80 % of the monthly cap/),
  ]);
  // The spend view shows the month and where it is heading.
  const table = accounts.getByRole('table', { name: 'Spend this month' });
  await expect(table.getByRole('row', { name: /Whole app/ })).toContainText('$');
  await expect(table.getByRole('row', { name: /@quillory/ })).toContainText('$');

  // Saving the cap again, or a poll that reads a little more, gives no second alert.
  await accounts.getByLabel('Monthly cap in dollars').fill((month / 0.84).toFixed(6));
  await accounts.getByRole('button', { name: 'Save cap' }).click();
  await accounts.getByRole('button', { name: 'Close' }).click();
  await advanceClock(page, harness, 1_000);
  expect(await alerts()).toHaveLength(1);
  // Each column's header tells its cost today and its 7-day average.
  const heading = columnNamed(page, 'Mentions').locator('.column-heading');
  await heading.hover();
  await expect(heading).toHaveAttribute(
    'title',
    /^Cost today ≈ (\$[\d.]+|<\$0\.01) · 7-day average ≈ \$[\d.]+ a day$/,
  );
  await expect(banner.locator('.message')).toHaveCount(1);

  // A restart with the same data: the month's 80 % alert is not repeated.
  await harness.stop();
  harness = await launchHarness({ dataDir });
  sim = await simulatorOf(harness);
  await openDeckWithPosts(page, harness, 'Mentions');
  expect((await alerts()).filter((n) => n.body.includes('80 %'))).toEqual([]);
});
