import { expect, test, type Page } from '@playwright/test';
import { accountIdOf } from './support/accounts';
import {
  advanceClock,
  columnNamed,
  openDeckWithPosts,
  postCard,
  readWholeColumn,
  scrollerOf,
  statusOf,
  syncPageClock,
  topPostInView,
} from './support/columns';
import { launchHarness, type HarnessProcess } from './support/harness';
import { simulatorOf, type SimulatorClient } from './support/simulator';

/**
 * Columns against the demo simulator on the harness's fake clock: every new post is injected at
 * the simulator, and every poll happens because the test moved the clock past a column's
 * refresh interval (2 minutes unless set otherwise).
 */

// Column statuses write times on the user's clock: pin it, so the test can write them too.
test.use({ timezoneId: 'UTC' });

const REFRESH_MS = 2 * 60_000;
const PAST_REFRESH_MS = REFRESH_MS + 1_000;

let harness: HarnessProcess;
let sim: SimulatorClient;
test.beforeEach(async () => {
  harness = await launchHarness();
  sim = await simulatorOf(harness);
});
test.afterEach(async () => harness?.stop());

const hhmm = (ms: number) =>
  new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(ms);

async function openPersonalDeck(page: Page) {
  await syncPageClock(page, harness);
  await page.goto(harness.url);
  await page.getByRole('tab', { name: 'Personal' }).click();
  const home = columnNamed(page, 'Home');
  await expect(home.getByRole('article').first()).toBeVisible();
  await expect(statusOf(home)).toHaveText(/^Updated /);
  return home;
}

test('a support search built with a misspelling finds the customer who misspelt the brand', async ({
  page,
}) => {
  await openDeckWithPosts(page, harness, 'Mentions');
  const form = page.getByRole('region', { name: 'Add a column' });
  await form.getByLabel('Title').fill('Support');
  await form.getByLabel('Type').selectOption({ label: 'Search' });
  await form.getByLabel('Account', { exact: true }).selectOption({ label: '@quillory (Brand)' });
  await form.getByLabel('Brand names').fill('Quillory');
  await form.getByLabel('Misspellings').fill('Quilloree');
  await form.getByRole('button', { name: 'Suggest misspellings' }).click();
  // The ways the demo world's customers really misspell it are offered, each with a checkbox.
  const offered = form.getByRole('group', { name: 'Likely misspellings, most likely first' });
  for (const real of ['quillery', 'quillary', 'quilery', 'quillorie']) {
    await expect(offered.getByRole('checkbox', { name: real, exact: true })).not.toBeChecked();
  }
  await expect(offered.getByRole('checkbox', { name: 'qiullory' })).toHaveCount(0);
  const suggested = 'quillary';
  await offered.getByRole('checkbox', { name: suggested, exact: true }).check();
  const misspellings = (await form.getByLabel('Misspellings').inputValue()).split('\n');
  // What the user wrote stays first; a ticked suggestion follows it.
  expect(misspellings).toEqual(['Quilloree', suggested]);
  await expect(form.locator('.query-text')).toContainText('Quilloree');
  await form.getByRole('button', { name: 'Add column' }).click();

  const support = columnNamed(page, 'Support');
  await expect(support).toBeVisible();
  await expect(statusOf(support)).toHaveText(/^Updated /);

  const typed = await sim.injectPost({
    authorUsername: 'oldnib_george',
    text: 'Does Quilloree still do nib tuning by post? Mine scratches.',
  });
  const fromSuggestion = await sim.injectPost({
    authorUsername: 'megan_reads',
    text: `Ordered ink from ${suggested} last week and it has not arrived yet`,
  });
  const unrelated = await sim.injectPost({
    authorUsername: 'oldnib_george',
    text: 'Does anyone still do nib tuning by post? Mine scratches.',
  });
  await advanceClock(page, harness, PAST_REFRESH_MS);

  await expect(postCard(support, typed)).toContainText('Does Quilloree still do nib tuning');
  await expect(postCard(support, fromSuggestion)).toContainText(`from ${suggested} last week`);
  await expect(postCard(support, unrelated)).toHaveCount(0);
  const shown = await readWholeColumn(support);
  expect(shown.map((p) => p.postId)).not.toContain(unrelated);
});

test('new posts arriving while the user reads further down wait behind a pill that brings them to the top', async ({
  page,
}) => {
  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  const scroller = scrollerOf(mentions);
  const setSize = async () =>
    Number(await mentions.getByRole('article').first().getAttribute('aria-setsize'));
  const before = await setSize();
  expect(before).toBeGreaterThan(10);

  await scroller.evaluate((el) => (el.scrollTop = 1200));
  const reading = mentions.locator(`article[id="${await topPostInView(mentions)}"]`);
  await expect(reading).toBeInViewport();
  const readingTop = (await reading.boundingBox())!.y;

  const first = await sim.injectPost({
    authorUsername: 'inkyfingers_jo',
    text: '@quillory is the Emerald Dusk ink back in stock?',
  });
  const second = await sim.injectPost({
    authorUsername: 'beatrix_b',
    text: '@quillory my parcel arrived, thank you!',
  });
  await advanceClock(page, harness, PAST_REFRESH_MS);

  await expect.poll(setSize).toBeGreaterThanOrEqual(before + 2);
  const arrived = (await setSize()) - before;
  const pill = mentions.getByRole('button', { name: /new posts?$/ });
  await expect(pill).toHaveText(`↑ ${arrived} new post${arrived === 1 ? '' : 's'}`);
  // What the user was reading did not move.
  await expect(reading).toBeInViewport();
  expect(Math.abs((await reading.boundingBox())!.y - readingTop)).toBeLessThan(2);
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(1200);

  await pill.click();
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(0);
  await expect(pill).toHaveCount(0);
  // The newest post is in view, and the new ones are the top of the column.
  await expect(mentions.locator('.feed-item > article[aria-posinset="1"]')).toBeInViewport();
  for (const id of [first, second]) {
    const position = Number(await postCard(mentions, id).getAttribute('aria-posinset'));
    expect(position).toBeLessThanOrEqual(arrived);
  }
  await expect(postCard(mentions, second)).toBeInViewport();
});

for (const { deck, title } of [
  { deck: 'Personal', title: 'Home' },
  { deck: 'Brand', title: 'Mentions' },
]) {
  test(`hiding reposts removes every repost from the ${deck} deck's ${title} column`, async ({
    page,
  }) => {
    await syncPageClock(page, harness);
    await page.goto(harness.url);
    await page.getByRole('tab', { name: deck }).click();
    const column = columnNamed(page, title);
    await expect(column.getByRole('article').first()).toBeVisible();
    await expect(statusOf(column)).toHaveText(/^Updated /);
    const before = await readWholeColumn(column);
    expect(before.filter((p) => p.isRepost).length).toBeGreaterThan(0);

    await column.getByRole('button', { name: `Edit column ${title}` }).click();
    const settings = page.getByRole('form', { name: `Settings of ${title}` });
    await settings.getByText('Refresh, notifications and filters').click();
    await settings.getByRole('checkbox', { name: 'Hide reposts' }).check();
    await settings.getByRole('button', { name: 'Save column' }).click();
    await expect(settings).toHaveCount(0);

    // The edited column reloads; once it has, no repost is left and every other post is.
    const originals = before.filter((p) => !p.isRepost).map((p) => p.postId);
    await expect
      .poll(
        async () => {
          const after = await readWholeColumn(column);
          const shown = new Set(after.map((p) => p.postId));
          return {
            reposts: after.filter((p) => p.isRepost).map((p) => p.postId),
            missing: originals.filter((id) => !shown.has(id)),
          };
        },
        { timeout: 20_000 },
      )
      .toEqual({ reposts: [], missing: [] });
    await expect(statusOf(column)).toHaveText(/^Updated /);
  });
}

test('a reply from the brand to a post that mentions it is posted at X', async ({ page }) => {
  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  const question = await sim.injectPost({
    authorUsername: 'tomsnotebooks',
    text: '@quillory do you sell the Brass Pocket Pen with a stub nib?',
  });
  await advanceClock(page, harness, PAST_REFRESH_MS);
  const card = postCard(mentions, question);
  await expect(card).toBeVisible();

  const reply = card.getByRole('button', { name: 'Reply to @tomsnotebooks', exact: true });
  await reply.click();
  const composer = page.getByRole('dialog', { name: 'Reply' });
  await expect(composer.getByRole('radio', { name: /@quillory/ })).toBeChecked();
  await composer.getByRole('textbox', { name: 'Reply text' }).fill('Yes! A 1.1 mm stub, in stock.');
  await composer.getByRole('button', { name: 'Reply as @quillory' }).click();
  await expect(composer).toBeHidden();
  await expect(page.getByText('Posted as @quillory')).toBeVisible();

  const brandId = await accountIdOf(page, 'quillory');
  const sent = (await sim.requests()).filter((r) => r.method === 'POST' && r.path === '/2/tweets');
  expect(sent.map((r) => [r.userId, r.status])).toEqual([[brandId, 201]]);
  // Find it as X would show it: the replies to the question.
  const token = await sim.tokenOf(brandId);
  const found = await sim.apiGet(
    `/2/tweets/search/recent?query=${encodeURIComponent(`in_reply_to_tweet_id:${question}`)}`,
    token,
  );
  expect(found.status).toBe(200);
  const ids = ((found.body as { data?: Array<{ id: string }> }).data ?? []).map((p) => p.id);
  expect(ids).toHaveLength(1);
  const stored = await sim.findPost(ids[0]!);
  expect(stored).toMatchObject({
    author: 'quillory',
    text: expect.stringContaining('Yes! A 1.1 mm stub, in stock.'),
  });
});

test('what a post replies to is read from X only when the user asks for it', async ({ page }) => {
  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  const question = await sim.injectPost({
    authorUsername: 'oldnib_george',
    text: 'Which pen shop re-grinds vintage nibs these days?',
  });
  const answer = await sim.injectPost({
    authorUsername: 'megan_reads',
    text: '@oldnib_george @quillory does, they did my Swan last month',
    inReplyToId: question,
  });
  await advanceClock(page, harness, PAST_REFRESH_MS);
  const card = postCard(mentions, answer);
  await expect(card).toContainText('they did my Swan');
  const asked = (requests: Awaited<ReturnType<typeof sim.requests>>) =>
    requests.filter((r) => r.method === 'GET' && r.path.startsWith(`/2/tweets/${answer}`));
  // The column read the answer alone: X bills every post it sends, the replied-to one too.
  expect(asked(await sim.requests())).toEqual([]);
  await expect(card.getByText('Which pen shop re-grinds')).toHaveCount(0);

  await card.getByRole('button', { name: 'Show the post it replies to (@oldnib_george)' }).click();
  const context = card.getByRole('blockquote', { name: 'In reply to' });
  await expect(context).toContainText('Which pen shop re-grinds vintage nibs these days?');
  await expect(context).toContainText('@oldnib_george');
  expect(asked(await sim.requests()).map((r) => r.status)).toEqual([200]);
});

test('a reply to a post that did not mention the brand goes to X’s web intent', async ({
  page,
}) => {
  await openDeckWithPosts(page, harness, 'Brand search');
  const search = columnNamed(page, 'Brand search');
  const post = await sim.injectPost({
    authorUsername: 'sunil_sketches',
    text: 'Sketched the Quillory shop front in Bristol this lunchtime',
  });
  await advanceClock(page, harness, PAST_REFRESH_MS);
  const card = postCard(search, post);
  await expect(card).toBeVisible();

  const openedBefore = await harness.control<string[]>('opened-links');
  await card.getByRole('button', { name: 'Reply to @sunil_sketches (opens x.com)' }).click();
  await expect
    .poll(() => harness.control<string[]>('opened-links'))
    .toEqual([...openedBefore, `https://x.com/intent/post?in_reply_to=${post}`]);
  await expect(page.getByRole('dialog', { name: 'Reply' })).toHaveCount(0);
  expect(
    (await sim.requests()).filter((r) => r.method === 'POST' && r.path === '/2/tweets'),
  ).toEqual([]);
});

test('a 429 shows when X lets the column read again, and the column resumes then', async ({
  page,
}) => {
  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  // Only this column reads as the brand, so the one 429 is its own.
  await page.getByRole('button', { name: 'Remove column Brand search' }).click();
  await expect(columnNamed(page, 'Brand search')).toHaveCount(0);
  const brandId = await accountIdOf(page, 'quillory');
  const mentionsPath = `/2/users/${brandId}/mentions`;
  const mentionCalls = async () =>
    (await sim.requests()).filter((r) => r.method === 'GET' && r.path === mentionsPath);

  // X's 15-minute window began with the column's first request.
  const windowStart = (await mentionCalls())[0]!.at;
  const resetAt = Math.ceil((windowStart + 15 * 60_000) / 1000) * 1000;
  await sim.fault({ kind: '429', count: 1, token: await sim.tokenOf(brandId) });
  const limitedAt = await advanceClock(page, harness, PAST_REFRESH_MS);

  const wait = Math.ceil((resetAt - limitedAt) / 1000);
  expect(wait).toBeGreaterThan(60);
  const inWords = `${Math.floor(wait / 60)} min${wait % 60 ? ` ${wait % 60} s` : ''}`;
  await expect(statusOf(mentions)).toHaveText(
    `Rate limited until ${hhmm(resetAt)} (in ${inWords})`,
  );
  const afterLimit = await mentionCalls();
  expect(afterLimit.at(-1)!.status).toBe(429);

  // Nothing is asked before the reset, however long the wait.
  const question = await sim.injectPost({
    authorUsername: 'dgrant_writes',
    text: '@quillory are you open on Saturday?',
  });
  await advanceClock(page, harness, resetAt - limitedAt - 2_000);
  await expect(statusOf(mentions)).toHaveText(`Rate limited until ${hhmm(resetAt)} (in 2 s)`);
  expect(await mentionCalls()).toHaveLength(afterLimit.length);
  await expect(postCard(mentions, question)).toHaveCount(0);

  await advanceClock(page, harness, 3_000);
  await expect(postCard(mentions, question)).toBeVisible();
  await expect(statusOf(mentions)).toHaveText(/^Updated /);
  const resumed = (await mentionCalls()).slice(afterLimit.length);
  expect(resumed.map((r) => r.status)).toEqual([200]);
  expect(resumed[0]!.at).toBeGreaterThanOrEqual(resetAt);
});

// "Offline" only when X cannot be reached; a 5xx is X failing, and the column says so.
for (const [kind, words] of [
  ['503', 'X is not answering'],
  ['drop', 'Offline'],
] as const) {
  test(`an outage of X (${kind}) shows "${words}", and the column recovers when X is back`, async ({
    page,
  }) => {
    const mentions = await openDeckWithPosts(page, harness, 'Mentions');
    await sim.fault({ kind });
    await advanceClock(page, harness, PAST_REFRESH_MS);
    // The first retry comes within 5 s (exponential backoff with jitter).
    await expect(statusOf(mentions)).toHaveText(new RegExp(`^${words}, retrying in [1-5] s$`));

    const question = await sim.injectPost({
      authorUsername: 'penwoman_ruth',
      text: '@quillory is your site down?',
    });
    // Still down: it keeps retrying, and keeps saying so.
    await advanceClock(page, harness, 60_000);
    await expect(statusOf(mentions)).toHaveText(new RegExp(`^${words}, retrying in \\d+ s$`));
    await expect(postCard(mentions, question)).toHaveCount(0);

    await sim.clearFaults();
    await advanceClock(page, harness, 5 * 60_000);
    await expect(postCard(mentions, question)).toBeVisible();
    await expect(statusOf(mentions)).toHaveText(/^Updated /);
  });
}

test('a post written as HTML is shown as its text, never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const home = await openPersonalDeck(page);
  const html = '<img src=x onerror=alert(1)>';
  const post = await sim.injectPost({ authorUsername: 'samrunsbristol', text: html });
  await advanceClock(page, harness, PAST_REFRESH_MS);

  const card = postCard(home, post);
  await expect(card.locator('.post-text')).toHaveText(html);
  // The text is one text node: no element was made of it.
  expect(await card.locator('.post-text').evaluate((p) => p.children.length)).toBe(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('a post scrolled into view gets its actions once the column stops, in a footer that keeps its height', async ({
  page,
}) => {
  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  const scroller = scrollerOf(mentions);
  // Cards shown at rest have their actions from the start.
  await expect(
    mentions
      .getByRole('article')
      .first()
      .getByRole('button', { name: /^Reply to @/ }),
  ).toBeVisible();

  // Every card that comes into view without its actions, and its footer's height then (the
  // footer's: a picture loading may change the rest of the card); and any card that showed its
  // actions before the scroll and lost them (none may: a button the user is on is never taken
  // away).
  await scroller.evaluate((el) => {
    const seen = new Map<string, number>();
    const lost: string[] = [];
    const hadActions = new Set([...el.querySelectorAll('article')].map((card) => card.id));
    Object.assign(window, { pendingCards: seen, cardsThatLostActions: lost });
    new MutationObserver(() => {
      for (const slot of el.querySelectorAll('[data-actions-pending]')) {
        const card = slot.closest('article')!;
        if (hadActions.has(card.id)) lost.push(card.id);
        const foot = slot.closest('.post-foot')!;
        if (!seen.has(card.id)) seen.set(card.id, foot.getBoundingClientRect().height);
      }
    }).observe(el, { childList: true, subtree: true });
  });
  const box = (await scroller.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // Less than a screen: most cards shown before stay in view, and some come into view.
  await page.mouse.wheel(0, 400);

  // The scroll ends; then no card is left without its actions.
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(300);
  await expect(mentions.locator('[data-actions-pending]')).toHaveCount(0);
  const { pending, lost } = await page.evaluate(() => {
    const w = window as unknown as {
      pendingCards: Map<string, number>;
      cardsThatLostActions: string[];
    };
    return { pending: [...w.pendingCards], lost: w.cardsThatLostActions };
  });
  expect(lost).toEqual([]);
  let checked = 0;
  for (const [id, height] of pending) {
    const card = mentions.locator(`article[id="${id}"]`);
    if ((await card.count()) === 0) continue; // scrolled past and out of the DOM again
    const actions = card.getByRole('group', { name: /^Actions on the post by/ });
    await expect(actions.getByRole('button')).toHaveCount(7);
    expect((await card.locator('.post-foot').boundingBox())!.height).toBeCloseTo(height, 1);
    checked++;
  }
  expect(checked).toBeGreaterThan(0);
});
