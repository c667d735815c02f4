import { expect, test, type Locator, type Page } from '@playwright/test';
import { accountIdOf } from './support/accounts';
import { advanceClock, columnNamed, openDeckWithPosts, postCard } from './support/columns';
import { addColumn } from './support/deck-scenario';
import { launchHarness, type HarnessProcess } from './support/harness';
import { simulatorOf, type SimulatorClient } from './support/simulator';
import { HOUR, MINUTE, SECOND, settledXRequests, wallNow } from './support/timebox';

/**
 * The support inbox as the owner meets it, against the demo simulator on the harness's fake
 * clock: customers' posts come in through the Mentions and Brand search columns and become
 * conversations in an Inbox column, where the owner answers and closes them.
 */

test.use({ timezoneId: 'UTC' });

const PAST_REFRESH_MS = 2 * MINUTE + SECOND;
const INBOX_TYPE = 'Inbox (customers waiting for an answer, no cost)';

let harness: HarnessProcess;
let sim: SimulatorClient;
test.beforeEach(async () => {
  harness = await launchHarness();
  sim = await simulatorOf(harness);
});
test.afterEach(async () => harness?.stop());

/**
 * A customer's conversation in the Inbox column, found by who and what they wrote, and from then
 * on by its key (its last post changes when the customer writes again).
 */
async function conversation(inbox: Locator, username: string, text: string) {
  const found = inbox
    .getByRole('article', { name: new RegExp(`^@${username}, `) })
    .filter({ hasText: text });
  await expect(found).toHaveCount(1);
  const key = await found.getAttribute('data-conversation');
  return inbox.locator(`article[data-conversation="${key}"]`);
}

/** The open count beside the Inbox column's title, as a number. */
const openCount = async (inbox: Locator) =>
  Number(await headerCount(inbox).getAttribute('data-open'));

const filter = (inbox: Locator, state: string) =>
  inbox.getByRole('group', { name: 'Show conversations' }).getByRole('button', {
    name: new RegExp(`^${state} `),
  });

/** The open count beside the Inbox column's title and on its deck's tab. */
const headerCount = (inbox: Locator) => inbox.locator('.column-title .inbox-open-count');
const tabCount = (page: Page) =>
  page.getByRole('tab', { name: /^Brand/ }).locator('.inbox-open-count');

/** An Inbox column beside Mentions, and Ruth's question in it as an open conversation. */
async function ruthAsks(page: Page, text: string) {
  await openDeckWithPosts(page, harness, 'Mentions');
  await addColumn(page, 'Support', INBOX_TYPE, 'Wide');
  const inbox = columnNamed(page, 'Support');
  await sim.injectPost({ authorUsername: 'penwoman_ruth', text });
  await advanceClock(page, harness, PAST_REFRESH_MS);
  const ruth = await conversation(inbox, 'penwoman_ruth', text.replace('@quillory ', ''));
  return { inbox, ruth, open: await openCount(inbox) };
}

/** The time box stops counting (the window is hidden): the test moves hours on the clock. */
const away = () => harness.control('presence', { visible: false });

test('a mention and a misspelt search hit are answered, come back, and are closed from the Inbox column', async ({
  page,
}) => {
  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  await addColumn(page, 'Support', INBOX_TYPE, 'Wide');
  const inbox = columnNamed(page, 'Support');
  const brandId = await accountIdOf(page, 'quillory');

  const mention = await sim.injectPost({
    authorUsername: 'inkyfingers_jo',
    text: '@quillory does the Brass Pocket Pen come in green?',
  });
  // Dave spells the shop "Quilory" and tags no one: only the support search finds him.
  const misspelt = await sim.injectPost({
    authorUsername: 'dgrant_writes',
    text: 'Does Quilory ship to Glasgow? Need a birthday present by Friday',
  });
  await advanceClock(page, harness, PAST_REFRESH_MS);
  await settledXRequests(harness);
  await expect(postCard(columnNamed(page, 'Brand search'), misspelt)).toBeVisible();

  // Both wait for an answer; each says where it came from and how to reply.
  const jo = await conversation(inbox, 'inkyfingers_jo', 'come in green?');
  const dave = await conversation(inbox, 'dgrant_writes', 'Does Quilory ship to Glasgow?');
  // A conversation is X's: it starts at the customer's post.
  await expect(jo).toHaveAttribute('data-conversation', new RegExp(`^${mention}:`));
  await expect(jo).toHaveAccessibleName(/^@inkyfingers_jo, waiting /);
  await expect(jo).toContainText('Mention');
  await expect(jo.getByRole('button', { name: 'Reply here' })).toBeVisible();
  await expect(dave).toContainText('Search: Brand search');
  await expect(dave.getByRole('button', { name: 'Reply on X' })).toBeVisible();
  // The header, the deck's tab and the filter say the same count (the world has other
  // customers waiting too).
  const open = await openCount(inbox);
  expect(open).toBeGreaterThanOrEqual(2);
  await expect(tabCount(page)).toHaveAttribute('data-open', String(open));
  await expect(filter(inbox, 'Open')).toHaveText(`Open ${open}`);

  // Reply to the mention from Timedeck (r): it waits for the customer.
  await jo.focus();
  await page.keyboard.press('r');
  const composer = page.getByRole('dialog', { name: 'Reply' });
  await composer.getByRole('textbox', { name: 'Reply text' }).fill('Yes, in Forest Green!');
  await composer.getByRole('button', { name: 'Reply as @quillory' }).click();
  await expect(composer).toBeHidden();
  await expect(jo).toHaveCount(0);
  await expect(headerCount(inbox)).toHaveAttribute('data-open', String(open - 1));
  await expect(tabCount(page)).toHaveAttribute('data-open', String(open - 1));
  await filter(inbox, 'Waiting').click();
  await expect(jo).toHaveAccessibleName(/^@inkyfingers_jo, answered /);
  const sent = (await sim.requests()).filter((r) => r.method === 'POST' && r.path === '/2/tweets');
  expect(sent.map((r) => [r.userId, r.status])).toEqual([[brandId, 201]]);

  // Jo answers the reply 20 to 90 minutes later: the conversation is open again.
  await away();
  await advanceClock(page, harness, 2 * HOUR);
  await settledXRequests(harness);
  await advanceClock(page, harness, PAST_REFRESH_MS);
  await settledXRequests(harness);
  await expect(jo).toHaveCount(0);
  await filter(inbox, 'Open').click();
  await expect(jo).toHaveAccessibleName(/^@inkyfingers_jo, waiting /);
  await expect(jo).not.toContainText('come in green?');
  await expect(mentions.getByRole('article').first()).toBeVisible();

  // Dave did not tag the shop: the reply is drafted here and finished on x.com.
  await dave.getByRole('button', { name: 'Reply on X' }).click();
  const onX = inbox.getByRole('form', { name: 'Reply on X to @dgrant_writes' });
  await onX.getByLabel('Your reply').fill('We do! Two days to Glasgow.');
  const openedBefore = await harness.control<string[]>('opened-links');
  await onX.getByRole('button', { name: 'Copy and open on X' }).click();
  await expect
    .poll(() => harness.control<string[]>('opened-links'))
    .toEqual([
      ...openedBefore,
      `https://x.com/intent/post?in_reply_to=${misspelt}&text=We+do%21+Two+days+to+Glasgow.`,
    ]);
  // Until the owner says it went out, it is still open.
  await expect(dave).toBeVisible();
  const beforeSent = await openCount(inbox);
  await onX.getByRole('button', { name: 'I sent it' }).click();
  await expect(onX).toHaveCount(0);
  await expect(dave).toHaveCount(0);
  await expect(headerCount(inbox)).toHaveAttribute('data-open', String(beforeSent - 1));
  // Nothing was posted through the API for Dave: X would have refused it.
  expect(
    (await sim.requests()).filter((r) => r.method === 'POST' && r.path === '/2/tweets'),
  ).toHaveLength(1);
  await filter(inbox, 'Waiting').click();
  await expect(dave).toBeVisible();

  // e closes Jo's conversation.
  await filter(inbox, 'Open').click();
  await jo.focus();
  await page.keyboard.press('e');
  await expect(jo).toHaveCount(0);
  await expect(headerCount(inbox)).toHaveAttribute('data-open', String(beforeSent - 2));
  await expect(tabCount(page)).toHaveAttribute('data-open', String(beforeSent - 2));
  await filter(inbox, 'Done').click();
  await expect(jo).toHaveAccessibleName(/^@inkyfingers_jo, done /);
});

test('i closes a conversation and logs "issue solved" for its customer, in What it brought', async ({
  page,
}) => {
  const { inbox, ruth, open } = await ruthAsks(
    page,
    '@quillory the cap of my fountain pen cracked, what can I do?',
  );

  await ruth.focus();
  await page.keyboard.press('i');
  await expect(ruth).toHaveCount(0);
  await expect(headerCount(inbox)).toHaveAttribute('data-open', String(open - 1));
  await filter(inbox, 'Done').click();
  await expect(ruth).toHaveAccessibleName(/^@penwoman_ruth, done /);

  await page.getByRole('button', { name: 'Time', exact: true }).click();
  const brought = page
    .getByRole('dialog', { name: 'Time' })
    .getByRole('table', { name: 'What it brought: Last 30 days' });
  await expect(brought.getByRole('row', { name: /^All/ })).toContainText('1 issue solved');
  await expect(brought.getByRole('row', { name: /^Deck Brand/ })).toContainText('1 issue solved');
});

test('a snoozed conversation wakes at the time picked, and the Time view counts the answer', async ({
  page,
}) => {
  const { inbox, ruth, open } = await ruthAsks(
    page,
    '@quillory my order #4471 has not arrived, can you check?',
  );

  // s, then a picked time an hour from now.
  const wakeAt = (await wallNow(harness)) + HOUR;
  await ruth.focus();
  await page.keyboard.press('s');
  const snooze = inbox.getByRole('group', { name: 'Snooze until' });
  await snooze.getByLabel('Pick a time').fill(new Date(wakeAt).toISOString().slice(0, 16));
  await snooze.getByRole('button', { name: 'Snooze until then' }).click();
  await expect(ruth).toHaveCount(0);
  await expect(headerCount(inbox)).toHaveAttribute('data-open', String(open - 1));
  await filter(inbox, 'Snoozed').click();
  await expect(ruth).toHaveAccessibleName(/^@penwoman_ruth, snoozed until /);

  // A minute before the picked time it still sleeps; at the time it is open again.
  await away();
  const wakeMinute = Math.floor(wakeAt / MINUTE) * MINUTE;
  await advanceClock(page, harness, wakeMinute - (await wallNow(harness)) - MINUTE);
  await settledXRequests(harness);
  await expect(ruth).toHaveAccessibleName(/^@penwoman_ruth, snoozed until /);
  await advanceClock(page, harness, MINUTE + SECOND);
  await expect(ruth).toHaveCount(0);
  await filter(inbox, 'Open').click();
  await expect(ruth).toHaveAccessibleName(/^@penwoman_ruth, waiting /);

  // Today's metrics in the Time view, beside the time used, before and after Ruth's answer.
  const timeButton = page.getByRole('button', { name: 'Time', exact: true });
  const time = page.getByRole('dialog', { name: 'Time' });
  const today = time.getByText(
    /^Today: .* on X, \d+ conversations? answered, median first response/,
  );
  await timeButton.click();
  await expect(today).toBeVisible();
  const answered = async () =>
    Number(/, (\d+) conversations? answered/.exec(await today.innerText())![1]);
  const before = await answered();
  await time.getByRole('button', { name: 'Close' }).click();

  await ruth.focus();
  await page.keyboard.press('r');
  const composer = page.getByRole('dialog', { name: 'Reply' });
  await composer.getByRole('textbox', { name: 'Reply text' }).fill('Sorry Ruth, it ships today.');
  await composer.getByRole('button', { name: 'Reply as @quillory' }).click();
  await expect(composer).toBeHidden();
  await timeButton.click();
  await expect.poll(answered).toBe(before + 1);
  await expect(time.getByRole('row', { name: /^Last 7 days/ })).toBeVisible();
});

test('while the deck is locked, the lock panel counts open conversations and nothing is read', async ({
  page,
}) => {
  await openDeckWithPosts(page, harness, 'Mentions');
  await addColumn(page, 'Support', INBOX_TYPE, 'Wide');
  const inbox = columnNamed(page, 'Support');
  await sim.injectPost({
    authorUsername: 'inkyfingers_jo',
    text: '@quillory is the shop open on Sunday?',
  });
  await advanceClock(page, harness, PAST_REFRESH_MS);
  await conversation(inbox, 'inkyfingers_jo', 'open on Sunday?');

  // The day's 30 minutes run out while Jo waits.
  await advanceClock(page, harness, 30 * MINUTE);
  const lock = page.getByRole('region', { name: 'Today’s time for X is spent' });
  await expect(lock).toBeVisible();
  await expect(lock).toContainText(
    /\d+ conversations? (is|are) still open; the oldest has waited [^.]+\./,
  );
  // Numbers only: no post is on screen, the inbox's neither.
  await expect(page.getByText('is the shop open on Sunday?')).toHaveCount(0);
  await expect(page.locator('article[data-conversation]')).toHaveCount(0);
  const before = (await settledXRequests(harness)).length;
  await advanceClock(page, harness, 10 * MINUTE);
  expect((await settledXRequests(harness)).length).toBe(before);
});

test('a conversation shows what it cost — posts X billed, dollars, minutes on screen — and the Time view sums it', async ({
  page,
}) => {
  await openDeckWithPosts(page, harness, 'Mentions');
  await addColumn(page, 'Support', INBOX_TYPE, 'Wide');
  const inbox = columnNamed(page, 'Support');
  const injectedAt = await wallNow(harness);
  const asked = await sim.injectPost({
    authorUsername: 'inkyfingers_jo',
    text: '@quillory can the Brass Pocket Pen take a converter?',
  });
  await advanceClock(page, harness, PAST_REFRESH_MS);
  await settledXRequests(harness);
  const requests = await sim.requests();
  const jo = await conversation(inbox, 'inkyfingers_jo', 'take a converter?');

  // X billed the app for Jo's post once today, whichever columns read it (Mentions and the brand
  // search both match it): the first answer that held it paid, at the owned-read price if that
  // was the Mentions timeline, else at the post-read price.
  const billed = (await sim.billedPosts()).flatMap((a) => a.posts).filter((id) => id === asked);
  expect(billed).toHaveLength(1);
  const firstRead = requests.find(
    (r) =>
      r.at >= injectedAt &&
      r.status === 200 &&
      /^\/2\/(users\/\d+\/mentions|tweets\/search\/recent)/.test(r.path),
  )!;
  const readDollars = firstRead.path.includes('/mentions') ? 0.001 : 0.005;
  const cost = jo.locator('.inbox-cost');
  await expect(cost).toHaveText(`1 post read · $${readDollars.toFixed(3)} · 0 min`);

  // Five minutes with Jo's conversation open while the owner is present.
  await jo.focus();
  await expect(jo).toHaveAttribute('data-counting', 'true');
  await advanceClock(page, harness, 5 * MINUTE);
  await settledXRequests(harness);
  // Replying keeps it open (the composer answers its post); the reply costs its write.
  await jo.focus();
  await page.keyboard.press('r');
  const composer = page.getByRole('dialog', { name: 'Reply' });
  await composer.getByRole('textbox', { name: 'Reply text' }).fill('Yes, any standard converter.');
  await composer.getByRole('button', { name: 'Reply as @quillory' }).click();
  await expect(composer).toBeHidden();
  expect(
    (await sim.requests()).filter((r) => r.method === 'POST' && r.path === '/2/tweets'),
  ).toHaveLength(1);
  await filter(inbox, 'Waiting').click();
  // A reply to a customer who summoned the brand: $0.010 (X's "Post: Create (summoned)").
  const spent = readDollars + 0.01;
  await expect(jo.locator('.inbox-cost')).toHaveText(`1 post read · $${spent.toFixed(3)} · 5 min`);

  // The Time view sums every conversation's cost today (the world's other customers' too), and
  // divides it by the conversations answered today: the mean cost of an answer.
  const { listed, answered } = await page.evaluate(async () => {
    const list = await window.timedeck.inbox.list({});
    const metrics = await window.timedeck.inbox.metrics();
    return {
      listed: list.ok ? list.value.conversations.map((c) => c.cost) : [],
      answered: metrics.ok ? metrics.value.days.at(-1)!.answered : -1,
    };
  });
  expect(answered).toBeGreaterThanOrEqual(1);
  const posts = listed.reduce((n, c) => n + c.postsRead, 0);
  const dollars = listed.reduce((n, c) => n + c.dollars, 0);
  expect(listed.reduce((n, c) => n + c.attentionMs, 0)).toBe(5 * MINUTE);
  const minutesWords = (ms: number) =>
    Math.round(ms / MINUTE) === 0 ? 'under 1 min' : `${Math.round(ms / MINUTE)} min`;
  const money = (d: number) => `$${d.toFixed(3)}`;
  const mean = `${money(dollars / answered)} · ${minutesWords((5 * MINUTE) / answered)}`;
  await page.getByRole('button', { name: 'Time', exact: true }).click();
  const time = page.getByRole('dialog', { name: 'Time' });
  await expect(time.getByText(/^Conversations cost today:/)).toHaveText(
    `Conversations cost today: ${posts} post${posts === 1 ? '' : 's'} read, ${money(dollars)}, 5 min on screen; per conversation answered (mean): ${mean}`,
  );
  const week = time.getByRole('row', { name: /^Last 7 days/ });
  await expect(week).toContainText(`${money(dollars)} · 5 min`);
});
