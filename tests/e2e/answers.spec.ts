import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { accountIdOf } from './support/accounts';
import { advanceClock, openDeckWithPosts, postCard } from './support/columns';
import { launchHarness, type HarnessProcess } from './support/harness';
import { simulatorOf, type SimulatorClient } from './support/simulator';

/**
 * The answers library against the harness and the demo simulator: an answer written once,
 * suggested for the customer's question and sent in three keystrokes; a link's price before
 * Send; the Questions view; export and import.
 */

const PAST_REFRESH_MS = 2 * 60_000 + 1_000;

let harness: HarnessProcess;
let sim: SimulatorClient;
const others: HarnessProcess[] = [];
test.beforeEach(async () => {
  harness = await launchHarness();
  sim = await simulatorOf(harness);
});
test.afterEach(async () => {
  await harness?.stop();
  for (const h of others.splice(0)) await h.stop();
});

interface NewAnswer {
  title: string;
  body: string;
  tags?: string;
  account?: string;
  link?: string;
}

async function openAnswers(page: Page) {
  const panel = page.getByRole('dialog', { name: 'Answers' });
  if (!(await panel.isVisible())) await page.getByRole('button', { name: 'Answers' }).click();
  await expect(panel).toBeVisible();
  return panel;
}

async function writeAnswer(page: Page, answer: NewAnswer) {
  const panel = await openAnswers(page);
  await panel.getByRole('button', { name: 'New answer' }).click();
  const form = panel.getByRole('form', { name: 'New answer' });
  await form.getByLabel('Title').fill(answer.title);
  await form.getByLabel('Answer', { exact: true }).fill(answer.body);
  if (answer.tags) await form.getByLabel('Tags').fill(answer.tags);
  if (answer.account) await form.getByLabel('For').selectOption({ label: answer.account });
  if (answer.link) await form.getByLabel('Link').fill(answer.link);
  await form.getByRole('button', { name: 'Save answer' }).click();
  await expect(form).toBeHidden();
  await expect(panel.getByRole('list', { name: 'Saved answers' })).toContainText(answer.title);
}

const SHIPPING: NewAnswer = {
  title: 'Shipping abroad',
  body: 'Hi {first_name}! We ship to most of Europe in 3–5 working days.',
  tags: 'shipping',
  account: '@quillory only',
};

async function askAndShow(page: Page, mentions: ReturnType<Page['locator']>, text: string) {
  const id = await sim.injectPost({ authorUsername: 'tomsnotebooks', text });
  await advanceClock(page, harness, PAST_REFRESH_MS);
  await expect(postCard(mentions, id)).toBeVisible();
  return id;
}

test('a shipping question answered with a suggested answer in three keystrokes', async ({
  page,
}) => {
  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  await writeAnswer(page, SHIPPING);
  await writeAnswer(page, {
    title: 'Cracked cap',
    body: "That shouldn't happen. We'll send a replacement cap today.",
    account: '@quillory only',
  });
  await page
    .getByRole('dialog', { name: 'Answers' })
    .getByRole('button', { name: 'Close' })
    .click();
  const question = await askAndShow(
    page,
    mentions,
    '@quillory do you ship to Oslo? Want the Marlow for my sister',
  );

  await postCard(mentions, question).focus();
  await page.keyboard.press('r');
  const composer = page.getByRole('dialog', { name: 'Reply' });
  const suggested = composer.getByRole('group', { name: 'Suggested answers' });
  await expect(suggested.getByRole('button').first()).toHaveText('Shipping abroad');
  await page.keyboard.press('Alt+1');
  const text = composer.getByRole('textbox', { name: 'Reply text' });
  // {first_name} filled from the customer's display name: no variable is left.
  await expect(text).toHaveValue(/^Hi \p{L}+! We ship to most of Europe in 3–5 working days\.$/u);
  await page.keyboard.press('Control+Enter');
  await expect(composer).toBeHidden();

  const brandId = await accountIdOf(page, 'quillory');
  const sent = (await sim.requests()).filter((r) => r.method === 'POST' && r.path === '/2/tweets');
  expect(sent.map((r) => [r.userId, r.status])).toEqual([[brandId, 201]]);
  // The answer counts the use.
  const panel = await openAnswers(page);
  await expect(panel.getByRole('listitem').filter({ hasText: 'Shipping abroad' })).toContainText(
    'Used once, last today',
  );
});

test('an answer with a link says so, and its price shows before Send', async ({ page }) => {
  await openDeckWithPosts(page, harness, 'Mentions');
  await writeAnswer(page, {
    title: 'Engraving',
    body: 'Hi {first_name}, engraving takes {days} days: {link}',
    link: 'https://quillory.shop/help/engraving',
  });
  await page
    .getByRole('dialog', { name: 'Answers' })
    .getByRole('button', { name: 'Close' })
    .click();

  await page.getByRole('button', { name: 'New post' }).click();
  const composer = page.getByRole('dialog', { name: 'New post' });
  const text = composer.getByRole('textbox', { name: 'Post text' });
  await expect(text).toBeFocused();
  // `/` at the start opens the library instead of typing.
  await page.keyboard.press('/');
  const search = composer.getByRole('combobox', { name: 'Search answers' });
  await expect(search).toBeFocused();
  await search.fill('engrav');
  const option = composer.getByRole('option', { name: /Engraving/ });
  await expect(option).toContainText('has a link');
  await page.keyboard.press('Enter');

  // No customer here: {first_name} stays, and the cursor waits in it.
  await expect(text).toHaveValue(
    'Hi {first_name}, engraving takes {days} days: https://quillory.shop/help/engraving',
  );
  await expect(text).toBeFocused();
  expect(await text.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(3);

  const price = composer.getByLabel('Price of this post');
  await expect(price).toHaveText('$0.200 (a post with a link)');
  await expect(composer.getByText(/has a link: a post with a link costs \$0\.20/)).toBeVisible();
  // Free fields are asked for before Send.
  const send = composer.getByRole('button', { name: /^Post as/ });
  await expect(send).toBeDisabled();
  await composer.getByLabel('First name').fill('Ada');
  await composer.getByLabel('days').fill('5');
  await composer.getByLabel('days').press('Enter');
  await expect(text).toHaveValue(
    'Hi Ada, engraving takes 5 days: https://quillory.shop/help/engraving',
  );
  await expect(send).toBeEnabled();

  await composer
    .getByRole('button', { name: 'Send without the link, add it in a second post' })
    .click();
  await expect(text).toHaveValue('Hi Ada, engraving takes 5 days:');
  await expect(price).toHaveText('$0.015');
});

test('the Questions view lists the question customers repeat', async ({ page }) => {
  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  await writeAnswer(page, SHIPPING);
  await page
    .getByRole('dialog', { name: 'Answers' })
    .getByRole('button', { name: 'Close' })
    .click();
  const first = await askAndShow(
    page,
    mentions,
    '@quillory do you ship to Oslo? Want the Marlow for my sister',
  );
  await askAndShow(
    page,
    mentions,
    '@quillory do you ship to Lisbon? Want the Marlow for my brother',
  );

  await postCard(mentions, first).focus();
  await page.keyboard.press('r');
  const composer = page.getByRole('dialog', { name: 'Reply' });
  await expect(composer.getByRole('group', { name: 'Suggested answers' })).toContainText(
    'Shipping abroad',
  );
  await page.keyboard.press('Alt+1');
  await page.keyboard.press('Control+Enter');
  await expect(composer).toBeHidden();

  // The Questions view opens from the Answers panel.
  const answers = await openAnswers(page);
  await answers.getByRole('button', { name: 'Questions' }).click();
  const view = page.getByRole('dialog', { name: 'Questions' });
  const shipping = view
    .getByRole('listitem')
    .filter({ hasText: 'answered with ‘Shipping abroad’' });
  await expect(shipping).toHaveText(/ — ([2-9]|\d\d+) times, answered with ‘Shipping abroad’$/);
});

test('export then import round-trips the library byte for byte, and a bad file imports nothing', async ({
  page,
  browser,
}) => {
  await openDeckWithPosts(page, harness, 'Mentions');
  await writeAnswer(page, { ...SHIPPING, link: 'https://quillory.shop/help/shipping' });
  await writeAnswer(page, {
    title: 'Ink "Sepia", restocked',
    body: 'Line one, with a comma\n# not a heading\nand {{braces}}',
    tags: 'ink, sepia',
  });
  const panel = await openAnswers(page);

  const exportFile = async (p: Page, name: 'Export CSV' | 'Export Markdown') => {
    const answers = p.getByRole('dialog', { name: 'Answers' });
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      answers.getByRole('button', { name }).click(),
    ]);
    return fs.readFileSync((await download.path())!, 'utf8');
  };
  const csv = await exportFile(page, 'Export CSV');
  const markdown = await exportFile(page, 'Export Markdown');
  expect(csv).toContain('Shipping abroad');
  expect(markdown).toContain('## Shipping abroad');

  // A file with a bad row imports nothing, and says where and why.
  const bad = `${csv.trimEnd()}\r\n,An answer without a title,,shared,,no\r\n`;
  await panel.getByLabel('Import CSV or Markdown').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(bad),
  });
  await expect(panel.getByRole('status').filter({ hasText: 'Nothing imported' })).toContainText(
    'Line 6: The title is empty',
  );

  // Another Timedeck, with the same demo accounts, takes both files and gives the same bytes.
  const other = await launchHarness();
  others.push(other);
  const otherPage = await browser.newPage();
  await otherPage.clock.setFixedTime((await other.control<{ now: number }>('clock')).now);
  await otherPage.goto(other.url);
  for (const [file, name] of [
    [csv, 'answers.csv'],
    [markdown, 'answers.md'],
  ] as const) {
    const answers = await openAnswers(otherPage);
    await answers.getByLabel('Import CSV or Markdown').setInputFiles({
      name,
      mimeType: 'text/plain',
      buffer: Buffer.from(file),
    });
    await expect(answers.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
      name === 'answers.csv'
        ? /Imported 2 answers\./
        : /Imported 0 answers \(2 already in the library\)\./,
    );
  }
  expect(await exportFile(otherPage, 'Export CSV')).toBe(csv);
  expect(await exportFile(otherPage, 'Export Markdown')).toBe(markdown);
  await otherPage.close();
});

test('a sent reply saved as an answer, its handle and link turned back into variables', async ({
  page,
}) => {
  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  const question = await askAndShow(page, mentions, '@quillory do you ship to Oslo?');
  await postCard(mentions, question)
    .getByRole('button', { name: 'Reply to @tomsnotebooks', exact: true })
    .click();
  const composer = page.getByRole('dialog', { name: 'Reply' });
  await composer
    .getByRole('textbox', { name: 'Reply text' })
    .fill('@tomsnotebooks We do! All the options: https://quillory.shop/help/shipping');
  await composer.getByRole('button', { name: 'Reply as @quillory' }).click();
  await expect(composer).toBeHidden();

  await page.getByRole('button', { name: 'Save as answer' }).click();
  const form = page
    .getByRole('dialog', { name: 'Answers' })
    .getByRole('form', { name: 'New answer' });
  await expect(form.getByLabel('Answer', { exact: true })).toHaveValue(
    '{handle} We do! All the options: {link}',
  );
  await expect(form.getByLabel('Link')).toHaveValue('https://quillory.shop/help/shipping');
  await expect(form.getByLabel('Title')).toHaveValue('do you ship to Oslo?');
  await form.getByRole('button', { name: 'Save answer' }).click();
  await expect(page.getByRole('list', { name: 'Saved answers' })).toContainText(
    'do you ship to Oslo?',
  );
});
