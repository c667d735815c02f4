import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { launchHarness, type HarnessProcess } from './support/harness';
import {
  HOUR,
  MINUTE,
  SECOND,
  advance,
  freshDay,
  notifications,
  settledXRequests,
  timeboxStatus,
  wallNow,
  xRequestCount,
} from './support/timebox';

/**
 * The time box as the user meets it, on the harness's fake clock. Defaults: 30 minutes a day,
 * reset at 04:00 in the system's zone, one 5-minute override a day; the page counts as focused.
 */

let harness: HarnessProcess;
test.afterEach(async () => harness?.stop());

const meter = (page: Page) => page.getByRole('meter', { name: 'Time for X today' });
const countdown = (page: Page) => page.getByRole('timer', { name: 'Time left today' });
const lockPanel = (page: Page) => page.getByRole('region', { name: 'Today’s time for X is spent' });
const mentions = (page: Page) => page.getByRole('region', { name: 'Mentions' });

/** The harness, the page, and a budget day that has just begun (18 hours before its reset). */
async function openDeck(page: Page) {
  harness = await launchHarness();
  await page.goto(harness.url);
  await expect(mentions(page).locator('.post-text').first()).toBeVisible();
  await freshDay(page, harness, 6 * HOUR);
  await expect(meter(page)).toHaveAttribute('aria-valuetext', /^[01] of 30 min used$/);
}

/**
 * A piece of a post's text that the Mentions column shows, one that reads the same in the page's
 * HTML (a text node, with no character that HTML escapes), so that its absence from
 * page.content() means something.
 */
async function plainPostText(page: Page): Promise<string> {
  const pieces = await mentions(page)
    .locator('.post-text')
    .evaluateAll((els) =>
      els.flatMap((el) =>
        [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => (n.textContent ?? '').trim()),
      ),
    );
  const plain = pieces.find((t) => t.length > 20 && !/[&<>"'\n]/.test(t));
  if (!plain) throw new Error(`no plain post text among ${JSON.stringify(pieces)}`);
  expect(await page.content()).toContain(plain);
  return plain;
}

/** The id of the newest post in Mentions, from its link to x.com. */
async function firstPostId(page: Page): Promise<string> {
  const href = await mentions(page).locator('a[href*="/status/"]').first().getAttribute('href');
  return /\/status\/(\d+)/.exec(href ?? '')![1]!;
}

async function spendTheBudget(page: Page) {
  await advance(harness, 30 * MINUTE + 2 * SECOND);
  await expect(lockPanel(page)).toBeVisible();
}

test('spending the budget warns at 5 and 1 minutes, then locks the deck and stops reading X', async ({
  page,
}) => {
  await openDeck(page);
  const postText = await plainPostText(page);

  // No countdown to watch for most of the day.
  await advance(harness, 15 * MINUTE);
  await expect(meter(page)).toHaveAttribute('aria-valuetext', /^15 of 30 min used$/);
  await expect(countdown(page)).toHaveCount(0);

  await advance(harness, 10 * MINUTE);
  const fiveMinutes = page.getByRole('alert').filter({ hasText: '5 minutes of X left today' });
  await expect(fiveMinutes).toBeVisible();
  await expect(countdown(page)).toHaveText(/^[45]:\d\d$/);
  await fiveMinutes.getByRole('button', { name: 'Dismiss warning' }).click();
  await expect(fiveMinutes).toHaveCount(0);

  await advance(harness, 4 * MINUTE);
  await expect(
    page.getByRole('alert').filter({ hasText: '1 minute of X left today' }),
  ).toBeVisible();
  await expect(countdown(page)).toHaveText(/^[01]:\d\d$/);
  const shown = (await notifications(harness)).map((n) => n.body);
  expect(shown.filter((b) => b.startsWith('5 minutes of X left today'))).toHaveLength(1);
  expect(shown.filter((b) => b.startsWith('1 minute of X left today'))).toHaveLength(1);

  await advance(harness, MINUTE + 2 * SECOND);
  const lock = lockPanel(page);
  await expect(lock).toBeVisible();
  await expect(lock).toContainText('30 of 30 min used');
  await expect(lock).toContainText(/Opens again \w{3} \d{1,2} \w{3}, 04:00/);
  await expect(lock.getByRole('heading', { name: 'What today brought' })).toBeVisible();
  await expect(lock).toContainText('Posts read');
  // One figure for spend everywhere: the lock panel says what the header says.
  const headerSpend = /\$\d+\.\d+/.exec((await page.locator('.spend-summary').textContent()) ?? '');
  expect(headerSpend).not.toBeNull();
  await expect(lock.locator('.outcome-list')).toContainText(`API spend${headerSpend![0]}`);
  // The warning has served its purpose, and nothing of the columns is left in the page.
  await expect(page.getByRole('alert').filter({ hasText: 'of X left today' })).toHaveCount(0);
  await expect(page.locator('section.column')).toHaveCount(0);
  await expect(page.locator('.post')).toHaveCount(0);
  expect(await page.content()).not.toContain(postText);
  await expect(page.getByRole('button', { name: /^New post/ })).toBeDisabled();

  // Main refuses what the locked deck would read or post, whatever the page asks.
  const refused = await page.evaluate(async () => {
    const snapshot = await window.timedeck.columns.snapshot();
    const accounts = await window.timedeck.accounts.list();
    const accountId = accounts.ok ? accounts.value.accounts[0]!.id : 'none';
    const post = await window.timedeck.posts.create({ accountId, text: 'Still here?' });
    return { snapshot, post };
  });
  expect(refused.snapshot).toMatchObject({ ok: true, value: { posts: [] } });
  expect(refused.post).toMatchObject({
    ok: false,
    error: { kind: 'locked', message: expect.stringMatching(/lock/i) },
  });

  // Locked: not a single request reaches X, however long the user stays.
  await settledXRequests(harness);
  const lockedSince = await wallNow(harness);
  await advance(harness, 2 * HOUR);
  const whileLocked = (await settledXRequests(harness)).filter((r) => r.at > lockedSince);
  expect(whileLocked).toEqual([]);
  await expect(lockPanel(page)).toBeVisible();
  expect(await page.content()).not.toContain(postText);
});

test('an override asks why, and its 30-second wait starts over when the window loses focus', async ({
  page,
}) => {
  await openDeck(page);
  await page.getByRole('button', { name: 'New post' }).click();
  await page.getByLabel('Post text').fill('A draft the lock must keep');
  await page.getByRole('button', { name: 'Close' }).click();
  await spendTheBudget(page);
  await expect(lockPanel(page)).toContainText('Your draft is kept');

  await page.getByLabel('Why do you need more time?').fill('Launch day: first customers asking');
  await page.getByRole('button', { name: 'Ask for more time' }).click();
  const wait = page.getByRole('timer', { name: 'Override wait' });
  await expect(wait).toHaveText('Stay on this window: 0:30');
  await advance(harness, 20 * SECOND);
  await expect(wait).toHaveText('Stay on this window: 0:10');

  // Leaving the window starts the wait over, and it does not run while away.
  await harness.control('presence', { focused: false });
  await expect(wait).toHaveText('Stay on this window: 0:30');
  await expect(lockPanel(page)).toContainText('You left the window');
  await advance(harness, 40 * SECOND);
  await expect(wait).toHaveText('Stay on this window: 0:30');
  await expect(lockPanel(page)).toBeVisible();

  await harness.control('presence', { focused: true });
  await advance(harness, 20 * SECOND);
  await expect(wait).toHaveText('Stay on this window: 0:10');
  await advance(harness, 11 * SECOND);

  await expect(lockPanel(page)).toHaveCount(0);
  await expect(mentions(page).locator('.post-text').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '5 more minutes' })).toBeVisible();
  await expect(meter(page)).toHaveAttribute('aria-valuetext', /^30 of 35 min used$/);
  await expect(page.getByRole('button', { name: 'New post (draft kept)' })).toBeEnabled();

  // The override is on record, with its reason, in the Time view.
  await page.getByRole('button', { name: 'Time', exact: true }).click();
  const entries = page.getByRole('region', { name: 'Overrides and anomalies' });
  await expect(entries).toContainText('Override: 5 min from');
  await expect(entries).toContainText('Launch day: first customers asking');

  // One override a day: spending the extra minutes locks for good.
  await advance(harness, 5 * MINUTE + 2 * SECOND);
  await expect(lockPanel(page)).toContainText('Today’s override is used');
  await expect(page.getByLabel('Why do you need more time?')).toHaveCount(0);
});

test('the next day opens the deck again, and reading resumes', async ({ page }) => {
  await openDeck(page);
  const { nextResetAt } = await timeboxStatus(page);
  // Start 35 minutes before the reset: 30 of them spend the budget.
  await harness.control('clock/wall', { ms: nextResetAt - 35 * MINUTE });
  await advance(harness, SECOND);
  const postId = await firstPostId(page);
  await spendTheBudget(page);
  await expect(page.locator('.post')).toHaveCount(0);

  await settledXRequests(harness);
  const lockedSince = await wallNow(harness);
  await advance(harness, 3 * MINUTE);
  expect((await settledXRequests(harness)).filter((r) => r.at > lockedSince)).toEqual([]);

  const before = await xRequestCount(harness);
  await advance(harness, 3 * MINUTE);
  await expect(lockPanel(page)).toHaveCount(0);
  await expect(mentions(page).locator('.post-text').first()).toBeVisible();
  // What the deck showed before the lock is readable again (newer posts may sit above it now).
  const snapshot = await page.evaluate(() => window.timedeck.columns.snapshot());
  expect(snapshot.ok && snapshot.value.posts.flatMap((b) => b.posts.map((p) => p.id))).toContain(
    postId,
  );
  await expect(meter(page)).toHaveAttribute('aria-valuetext', /^[0-2] of 30 min used$/);
  await expect.poll(() => xRequestCount(harness)).toBeGreaterThan(before);
});

test('a looser setting waits for the reset and says so; a stricter one applies at once', async ({
  page,
}) => {
  await openDeck(page);
  await page.getByRole('button', { name: 'Time', exact: true }).click();
  const settings = page.getByRole('form', { name: 'Time box settings' });
  for (const day of [
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
    'Sunday',
  ]) {
    await settings.getByLabel(`${day} budget in minutes`).fill('45');
  }
  await settings.getByLabel('Overrides per day').selectOption({ label: 'None' });
  await settings.getByRole('button', { name: 'Save time settings' }).click();

  const pending = page.getByRole('region', { name: /^Waiting for the reset on/ });
  await expect(pending).toBeVisible();
  await expect(pending).toContainText(/\w{3} \d{1,2} \w{3}, 04:00/);
  await expect(pending.getByRole('listitem')).toHaveCount(7);
  await expect(pending).toContainText('Monday budget: 30 min → 45 min');
  await expect(pending).not.toContainText('Overrides');
  // Today keeps its 30 minutes; the form shows what was set.
  await expect(meter(page)).toHaveAttribute('aria-valuetext', /of 30 min used$/);
  await expect(settings.getByLabel('Monday budget in minutes')).toHaveValue('45');
  // Fewer overrides is stricter: in force now.
  await expect.poll(async () => (await timeboxStatus(page)).override.perDay).toBe(0);

  const { nextResetAt } = await timeboxStatus(page);
  await harness.control('clock/wall', { ms: nextResetAt + MINUTE });
  await advance(harness, SECOND);
  await expect(pending).toHaveCount(0);
  await expect(meter(page)).toHaveAttribute('aria-valuetext', /^[01] of 45 min used$/);

  // The Time report keeps history: the days before the change keep the 30 minutes they had.
  // (Opened afresh, so it reads the report of the new day.)
  const view = page.getByRole('dialog', { name: 'Time' });
  if (await view.isVisible()) {
    await view.getByRole('button', { name: 'Close' }).click();
    await expect(view).toBeHidden();
  }
  await page.getByRole('button', { name: 'Time', exact: true }).click();
  const table = page.getByRole('table', { name: 'Per day: time and outcomes' });
  const budgets = await table
    .getByRole('row')
    .evaluateAll((rows) => rows.slice(1).map((r) => r.querySelectorAll('td')[1]?.textContent));
  expect(budgets[0]).toBe('45 min');
  expect(budgets.slice(1).length).toBeGreaterThan(0);
  expect(budgets.slice(1).every((b) => b === '30 min')).toBe(true);
});

test('a focus session counts down in the header and the title, and ends with a summary', async ({
  page,
}) => {
  await openDeck(page);
  // In "sessions only" mode (stricter, so at once) the columns open only during a session.
  await page.getByRole('button', { name: 'Time', exact: true }).click();
  const settings = page.getByRole('form', { name: 'Time box settings' });
  await settings.getByLabel('Mode').selectOption('sessions-only');
  await settings.getByRole('button', { name: 'Save time settings' }).click();
  await page.getByRole('button', { name: 'Close' }).click();
  const closed = page.getByRole('region', { name: 'This deck opens during a focus session' });
  await expect(closed).toBeVisible();
  await expect(page.locator('section.column')).toHaveCount(0);

  await closed.getByRole('button', { name: 'Start a focus session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a focus session' });
  await dialog.getByLabel('What is it for?').fill('answer support');
  await dialog.getByLabel('Minutes').fill('10');
  await dialog.getByRole('button', { name: 'Start session' }).click();
  await expect(dialog).toBeHidden();

  const timer = page.getByRole('timer', { name: 'Focus session time left' });
  await expect(timer).toHaveText('10:00');
  await expect(page).toHaveTitle('10:00 · answer support — Timedeck');
  await expect(mentions(page).locator('.post-text').first()).toBeVisible();

  await advance(harness, 2 * MINUTE);
  await expect(timer).toHaveText('8:00');
  await expect(page).toHaveTitle('8:00 · answer support — Timedeck');

  // Paused, the session stands still, and "sessions only" closes the deck meanwhile.
  await page.getByRole('button', { name: 'Pause session' }).click();
  await expect(page).toHaveTitle('Paused · answer support — Timedeck');
  await advance(harness, MINUTE);
  await expect(timer).toHaveText('8:00');
  await expect(closed).toBeVisible();
  await page.getByRole('button', { name: 'Resume session' }).click();
  await expect(mentions(page)).toBeVisible();

  await advance(harness, 8 * MINUTE + SECOND);
  const summary = page.getByRole('dialog', { name: 'Focus session over: answer support' });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('10 min, run to the end');
  await expect(summary).toContainText(/\d+ min active/);
  await expect(summary.getByRole('columnheader', { name: 'Posts seen' })).toBeVisible();
  await expect(page).toHaveTitle('Timedeck');
  expect((await notifications(harness)).map((n) => n.title)).toContain(
    'Focus session over: answer support',
  );
  await summary.getByRole('button', { name: 'Close' }).click();
  await expect(closed).toBeVisible();
});

test('the Time view shows today, 30 days against the budget, and exports CSV', async ({ page }) => {
  await openDeck(page);
  await advance(harness, 12 * MINUTE);

  // Reachable from the keyboard.
  await page.getByRole('button', { name: 'Time', exact: true }).focus();
  await page.keyboard.press('Enter');
  const view = page.getByRole('dialog', { name: 'Time' });
  const today = view.getByRole('region', { name: 'Today' });
  await expect(today.getByRole('row', { name: /All decks/ })).toContainText('12 of 30 min');
  await expect(today.getByRole('row', { name: /Brand/ })).toContainText('12 min');
  await expect(today.getByRole('table').nth(1)).toContainText(/@\w+\s*12 min/);

  // Timedeck was first used yesterday (the page opened before the fresh day began): the days
  // before that are not in the report, as if the budget had been kept on them.
  const chart = view.getByRole('img', { name: /Minutes of X per day over the last 2 days/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('rect.chart-bar')).toHaveCount(2);
  const table = view.getByRole('table', { name: 'Per day: time and outcomes' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1)).toContainText('12 min');

  const unnamed = await view.evaluate((el) =>
    [...el.querySelectorAll('button, input, select, textarea')]
      .filter((c) => {
        const named = c.getAttribute('aria-label') || c.getAttribute('aria-labelledby');
        return !named && !(c as HTMLInputElement).labels?.length && !c.textContent?.trim();
      })
      .map((c) => c.outerHTML),
  );
  expect(unnamed).toEqual([]);

  const download = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^timedeck-time-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await file.path())!, 'utf8').split('\n');
  expect(csv[0]).toBe(
    'day,deck,minutes_used,day_minutes_used,day_budget_minutes,override_minutes,posts_sent,replies_sent,posts_read,api_dollars,outcomes,outcome_value' +
      // The support inbox's response metrics, per day.
      ',conversations_opened,conversations_answered,conversations_done,median_first_response_minutes,oldest_open_wait_minutes' +
      // What conversations cost per day, and its mean per conversation answered.
      ',conversation_posts_read,conversation_dollars,conversation_minutes,dollars_per_conversation_answered,minutes_per_conversation_answered',
  );
  expect(csv.some((line) => /^\d{4}-\d{2}-\d{2},Brand,12,12,30,0,/.test(line))).toBe(true);
  await expect(
    view.getByRole('status').filter({ hasText: 'Downloading timedeck-time-' }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Time', exact: true })).toBeFocused();
});
