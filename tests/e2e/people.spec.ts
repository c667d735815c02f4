import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { advanceClock, columnNamed, openDeckWithPosts, postCard } from './support/columns';
import { launchHarness, type HarnessProcess } from './support/harness';
import { simulatorOf, type SimulatorClient } from './support/simulator';

/**
 * People: a customer's post opens their person card; a tag set there shows on their posts in
 * every column; notes and outcomes are kept with them, on this machine only.
 */

test.use({ timezoneId: 'UTC' });

let harness: HarnessProcess;
let sim: SimulatorClient;
test.beforeEach(async () => {
  harness = await launchHarness();
  sim = await simulatorOf(harness);
});
test.afterEach(async () => harness?.stop());

test('a customer tagged as lead from one column shows the chip in another, with a note and a sale', async ({
  page,
}) => {
  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  // Before anything is logged, the Time view says so rather than showing a zero.
  await page.getByRole('button', { name: 'Time', exact: true }).click();
  const time = page.getByRole('dialog', { name: 'Time' });
  await expect(time.getByText('No outcomes logged yet')).toBeVisible();
  await time.getByRole('button', { name: 'Close' }).click();

  const search = columnNamed(page, 'Brand search');
  const asked = await sim.injectPost({
    authorUsername: 'penwoman_ruth',
    text: '@quillory will the Quillory A5 notebook come back in dot grid?',
  });
  await advanceClock(page, harness, 2 * 60_000 + 1_000);
  await expect(postCard(mentions, asked)).toBeVisible();
  await expect(postCard(search, asked)).toBeVisible();

  await postCard(mentions, asked).getByRole('button', { name: 'About @penwoman_ruth' }).click();
  const card = page.getByRole('dialog', { name: /.+/ }).filter({ hasText: '@penwoman_ruth' });
  await expect(card).toContainText('of their posts seen');
  await card.getByRole('button', { name: 'lead', exact: true }).click();
  await expect(card.getByRole('button', { name: 'lead', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await card.getByLabel('New note').fill('Wants dot grid <b>A5</b>');
  await card.getByRole('button', { name: 'Add note' }).click();
  await expect(card.locator('.person-notes')).toContainText('Wants dot grid <b>A5</b>');

  const outcome = card.getByRole('form', { name: 'Log an outcome' });
  await outcome.getByLabel('Outcome').selectOption({ label: 'Sale' });
  await outcome.getByLabel('Value').fill('48,5,0');
  await outcome.getByRole('button', { name: 'Log outcome' }).click();
  await expect(outcome.getByRole('alert')).toContainText('is not an amount in GBP');
  await outcome.getByLabel('Value').fill('48');
  await outcome.getByLabel('Note').fill('two A5 notebooks');
  await outcome.getByRole('button', { name: 'Log outcome' }).click();
  await expect(outcome.getByRole('alert')).toBeHidden();
  await expect(card.locator('.person-outcomes')).toContainText('Sale £48.00 — two A5 notebooks');
  await card.getByRole('button', { name: 'Close' }).click();

  // The chip is on their post in the other column too.
  await expect(postCard(search, asked).locator('.tag-chip')).toHaveText('lead');
  await expect(postCard(mentions, asked).locator('.tag-chip')).toHaveText('lead');

  // "Only people tagged as lead": Brand search keeps her posts alone; Mentions is unchanged.
  await expect(search.locator('article:not(:has(.tag-chip))').first()).toBeVisible();
  await search.getByRole('button', { name: 'Edit column Brand search' }).click();
  const settings = page.getByRole('form', { name: 'Settings of Brand search' });
  await settings.getByText('Refresh, notifications and filters').click();
  await settings.getByLabel('Only people tagged as').selectOption({ label: 'lead' });
  await settings.getByRole('button', { name: 'Save column' }).click();
  await expect(settings).toHaveCount(0);
  await expect(postCard(search, asked)).toBeVisible();
  // Only her posts (she may have written more than one): every card there carries the chip.
  await expect(search.locator('article:not(:has(.tag-chip))')).toHaveCount(0);
  await expect(mentions.locator('article:not(:has(.tag-chip))').first()).toBeVisible();

  // The People view lists them under the tag.
  await page.getByRole('button', { name: 'People' }).click();
  const people = page.getByRole('dialog', { name: 'People' });
  await people.getByRole('combobox', { name: 'Tag', exact: true }).selectOption({ label: 'lead' });
  await expect(people.getByRole('list', { name: 'People' }).getByRole('listitem')).toHaveCount(1);
  await expect(people.getByRole('list', { name: 'People' })).toContainText('@penwoman_ruth');

  await people.getByRole('button', { name: 'Close' }).click();

  // What it brought: the sale beside the time, on the Brand deck, and in the CSV.
  await page.getByRole('button', { name: 'Time', exact: true }).click();
  const brought = time.getByRole('table', { name: 'What it brought: Last 30 days' });
  await expect(brought.getByRole('row', { name: /^All/ })).toContainText('1 sale');
  await expect(brought.getByRole('row', { name: /^All/ })).toContainText('£48.00');
  await expect(brought.getByRole('row', { name: /^Deck Brand/ })).toContainText('£48.00');
  await expect(brought.getByRole('row', { name: /^Deck Personal/ })).not.toContainText('£');
  await expect(time.getByText('No outcomes logged yet')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await time.getByRole('button', { name: 'Export CSV' }).click();
  const rows = fs
    .readFileSync((await (await download).path())!, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(','));
  const [header, ...days] = rows;
  const cell = (row: string[], name: string) => row[header!.indexOf(name)];
  expect(header).toEqual(expect.arrayContaining(['deck', 'outcomes', 'outcome_value']));
  expect(
    days.some(
      (row) =>
        cell(row, 'deck') === 'Brand' &&
        cell(row, 'outcomes') === '1' &&
        cell(row, 'outcome_value') === '48.00 GBP',
    ),
  ).toBe(true);
});

test('the composer tracks links to your site only, and warns before a post breaks your balance', async ({
  page,
}) => {
  // What the window asks main to post, as it goes over the harness's WebSocket.
  const sent: string[] = [];
  page.on('websocket', (ws) =>
    ws.on('framesent', ({ payload }) => {
      if (typeof payload === 'string' && payload.includes('posts.create')) sent.push(payload);
    }),
  );
  await openDeckWithPosts(page, harness, 'Mentions');
  await page.getByRole('button', { name: 'People' }).click();
  const people = page.getByRole('dialog', { name: 'People' });
  await people.getByLabel('Your domains (one a line)').fill('www.Quillory.example');
  // No promotional post at all: whatever the brand posted lately, the next one breaks the target.
  await people.getByLabel('Promotional posts at most').fill('0');
  await people.getByRole('button', { name: 'Save' }).click();
  await expect(people.getByLabel('Your domains (one a line)')).toHaveValue('quillory.example');
  await expect(people.getByRole('region', { name: 'Balance of @quillory' })).toContainText(
    'Last 30 days:',
  );
  await people.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'New post' }).click();
  const composer = page.getByRole('dialog', { name: 'New post' });
  await composer
    .getByLabel('Post text')
    .fill(
      'Dot grid A5 is back: https://quillory.example/a5?ref=home#dots and a review https://inkjournal.example/a5',
    );
  const links = composer.getByRole('list', { name: 'Links as they will be sent' });
  await expect(links.getByRole('listitem')).toHaveCount(1);
  await expect(links).toHaveText(
    'https://quillory.example/a5?ref=home&utm_source=x&utm_medium=social&utm_campaign=brand#dots',
  );
  const warning = composer.locator('.balance-warning');
  await expect(warning).toContainText(
    /This would make \d+ of your last \d+ posts promotional \(your target: at most 0 in 5\)/,
  );

  await composer.getByRole('button', { name: /^Post as/ }).click();
  await expect(composer.getByRole('alert')).toContainText('Send again to post it anyway');
  expect(sent).toEqual([]);
  await composer.getByRole('button', { name: /^Post as/ }).click();
  await expect(page.getByText('Posted as @quillory')).toBeVisible();
  expect(sent).toHaveLength(1);
  expect(sent[0]).toContain(
    'https://quillory.example/a5?ref=home&utm_source=x&utm_medium=social&utm_campaign=brand#dots',
  );
  expect(sent[0]).toContain('https://inkjournal.example/a5"');
});
