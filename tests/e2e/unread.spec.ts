import { expect, test } from '@playwright/test';
import {
  advanceClock,
  columnNamed,
  openDeckWithPosts,
  postCard,
  scrollerOf,
  statusOf,
} from './support/columns';
import { launchHarness, type HarnessProcess } from './support/harness';
import { simulatorOf } from './support/simulator';

/**
 * Unread counts: posts newer than a column's read marker, per column and per deck tab, the
 * total in the window title; reading (the column on screen at its top) clears them.
 */

let harness: HarnessProcess;
test.beforeEach(async () => {
  harness = await launchHarness();
});
test.afterEach(async () => harness?.stop());

const PAST_REFRESH_MS = 2 * 60_000 + 1_000;

test('new posts in a deck not on screen count on its tab and in the title until read', async ({
  page,
}) => {
  const sim = await simulatorOf(harness);
  await openDeckWithPosts(page, harness, 'Mentions');
  // Visit the Personal deck once: its Home column is read up to its newest post.
  const personalTab = page.getByRole('tab', { name: /^Personal/ });
  await personalTab.click();
  const home = columnNamed(page, 'Home');
  await expect(home.getByRole('article').first()).toBeVisible();
  await expect(statusOf(home)).toHaveText(/^Updated /);
  await page.getByRole('tab', { name: /^Brand/ }).click();
  await expect(page).toHaveTitle('Timedeck');

  const id = await sim.injectPost({
    authorUsername: 'quillory',
    text: 'A new ink arrives on Friday: Harbour Blue in a 50 ml bottle.',
  });
  await advanceClock(page, harness, PAST_REFRESH_MS);

  await expect(personalTab).toHaveAccessibleName('Personal 1 unread');
  await expect(personalTab.locator('.unread-badge [aria-hidden]')).toHaveText('1');
  await expect(page).toHaveTitle('(1) Timedeck');

  // Reading the deck clears it.
  await personalTab.click();
  await expect(postCard(home, id)).toBeVisible();
  await expect(personalTab.locator('.unread-badge')).toHaveCount(0);
  await expect(page).toHaveTitle('Timedeck');
});

test('a column scrolled down counts what arrives above, and reading it to the top clears it', async ({
  page,
}) => {
  const sim = await simulatorOf(harness);
  await openDeckWithPosts(page, harness, 'Mentions');
  await page.getByRole('tab', { name: /^Personal/ }).click();
  const home = columnNamed(page, 'Home');
  await expect(statusOf(home)).toHaveText(/^Updated /);
  await expect(home.locator('.unread-badge')).toHaveCount(0);

  await scrollerOf(home).evaluate((el) => (el.scrollTop = 1500));
  await expect(page.getByRole('button', { name: /new post/i }).first()).toBeVisible();
  await sim.injectPost({
    authorUsername: 'quillory',
    text: 'Open late on Thursday for pen clinic.',
  });
  await sim.injectPost({ authorUsername: 'quillory', text: 'Pen clinic sign-up sheet is full!' });
  await advanceClock(page, harness, PAST_REFRESH_MS);

  await expect(home.getByRole('heading', { name: 'Home 2 unread' })).toBeVisible();
  await expect(home.locator('.unread-badge [aria-hidden]')).toHaveText('2');
  await expect(page).toHaveTitle('(2) Timedeck');

  await scrollerOf(home).evaluate((el) => (el.scrollTop = 0));
  await expect(home.locator('.unread-badge')).toHaveCount(0);
  await expect(page).toHaveTitle('Timedeck');
});
