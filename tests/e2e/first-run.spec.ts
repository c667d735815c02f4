import { expect, test, type Page } from '@playwright/test';
import { launchHarness, newDataDir, type HarnessProcess } from './support/harness';

/**
 * The first start: a sheet says what Timedeck is, offers the demo or the user's own X app,
 * proposes 30 minutes for today and the two decks. Answered or skipped, it never comes back,
 * not after a reload nor after a restart.
 */

let harness: HarnessProcess | undefined;
test.afterEach(async () => harness?.stop());

const sheet = (page: Page) => page.getByRole('dialog', { name: 'Welcome to Timedeck' });
const meter = (page: Page) => page.getByRole('meter', { name: 'Time for X today' });

test('the first-run sheet sets today’s budget and the decks, once, and never shows again', async ({
  page,
}) => {
  const dataDir = newDataDir();
  harness = await launchHarness({ dataDir, firstRun: true });
  await page.goto(harness.url);
  const welcome = sheet(page);
  await expect(welcome).toBeVisible();
  await expect(welcome).toContainText('daily time budget');
  await expect(welcome.getByLabel('Try the demo', { exact: false })).toBeChecked();
  const budget = welcome.getByLabel('Today’s budget for X, in minutes');
  await expect(budget).toHaveValue('30');

  // A budget that is not one is refused beside the field, in words.
  await budget.fill('half an hour');
  await welcome.getByRole('button', { name: 'Start' }).click();
  await expect(welcome.getByText('Whole minutes only, such as 30.')).toBeVisible();
  await expect(welcome).toBeVisible();

  await budget.fill('45');
  await welcome.getByRole('checkbox', { name: /^Personal/ }).uncheck();
  await welcome.getByRole('button', { name: 'Start' }).click();

  await expect(welcome).toBeHidden();
  await expect(meter(page)).toHaveAttribute('aria-valuetext', /of 45 min used$/);
  await expect(page.getByRole('tab', { name: /^Personal/ })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: /^Brand/ })).toBeVisible();

  await page.reload();
  await expect(meter(page)).toBeVisible();
  await expect(sheet(page)).toBeHidden();

  await harness.stop();
  harness = await launchHarness({ dataDir, firstRun: true });
  await page.goto(harness.url);
  await expect(meter(page)).toHaveAttribute('aria-valuetext', /of 45 min used$/);
  await expect(sheet(page)).toBeHidden();
});

test('skipping the sheet keeps the defaults, and it does not come back', async ({ page }) => {
  const dataDir = newDataDir();
  harness = await launchHarness({ dataDir, firstRun: true });
  await page.goto(harness.url);
  await sheet(page).getByRole('button', { name: 'Skip' }).click();
  await expect(sheet(page)).toBeHidden();
  await expect(meter(page)).toHaveAttribute('aria-valuetext', /of 30 min used$/);
  await expect(page.getByRole('tab', { name: /^Personal/ })).toBeVisible();

  await harness.stop();
  harness = await launchHarness({ dataDir, firstRun: true });
  await page.goto(harness.url);
  await expect(meter(page)).toBeVisible();
  await expect(sheet(page)).toBeHidden();
});
