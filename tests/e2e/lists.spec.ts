import { expect, test } from '@playwright/test';
import { accountIdOf } from './support/accounts';
import { advanceClock, columnNamed, openDeckWithPosts, statusOf } from './support/columns';
import { launchHarness, type HarnessProcess } from './support/harness';
import { simulatorOf } from './support/simulator';

/**
 * A List column, made as a user makes one: picked by name from the account's own lists (X's
 * owned_lists, read once, when the List type is chosen), or by pasting any list's address.
 */

let harness: HarnessProcess;
test.beforeEach(async () => {
  harness = await launchHarness();
});
test.afterEach(async () => harness?.stop());

test('a List column is picked from the account’s own lists, and reads that list', async ({
  page,
}) => {
  await openDeckWithPosts(page, harness, 'Mentions');
  const sim = await simulatorOf(harness);
  const brandId = await accountIdOf(page, 'quillory');
  const ownedListsPath = `/2/users/${brandId}/owned_lists`;
  const listReads = async () =>
    (await sim.requests()).filter((r) => r.method === 'GET' && r.path === ownedListsPath);
  // Nothing is asked of X before the user wants a list.
  expect(await listReads()).toEqual([]);

  const add = page.getByRole('region', { name: 'Add a column' });
  await add.getByLabel('Type').selectOption({ label: 'List' });
  const picker = add.getByLabel('Lists of @quillory');
  await expect(picker.locator('option')).toHaveText([
    'Choose a list…',
    /^Trade & wholesale \(\d+ members?\)$/,
    /^Stationery peers \(\d+ members?\)$/,
  ]);
  expect((await listReads()).map((r) => r.status)).toEqual([200]);

  await picker.selectOption({ label: (await picker.locator('option').nth(2).textContent())! });
  // The list's name becomes the title, and its id what the column reads.
  await expect(add.getByLabel('Title')).toHaveValue('Stationery peers');
  const listId = await add.getByLabel(/^List address or id/).inputValue();
  expect(listId).toMatch(/^\d{1,19}$/);
  await add.getByRole('button', { name: 'Add column' }).click();

  const column = columnNamed(page, 'Stationery peers');
  await expect(column).toBeVisible();
  await expect(column.getByRole('article').first()).toBeVisible();
  await expect(statusOf(column)).toHaveText(/^Updated /);
  const reads = (await sim.requests()).filter((r) => r.path === `/2/lists/${listId}/tweets`);
  expect(reads.length).toBeGreaterThan(0);
  expect(reads.every((r) => r.status === 200 && r.userId === brandId)).toBe(true);

  // Read once per account: choosing List again asks X nothing more.
  await add.getByLabel('Type').selectOption({ label: 'Search' });
  await add.getByLabel('Type').selectOption({ label: 'List' });
  await expect(picker.locator('option')).toHaveCount(3);
  expect(await listReads()).toHaveLength(1);
});

test('any list can be added by its address, and a wrong address is said beside the field', async ({
  page,
}) => {
  await openDeckWithPosts(page, harness, 'Mentions');
  const sim = await simulatorOf(harness);
  // A list the brand does not own: the personal account's, found as X would show it.
  const personalId = await accountIdOf(page, 'maren_aldous');
  const owned = await sim.apiGet(
    `/2/users/${personalId}/owned_lists`,
    await sim.tokenOf(personalId),
  );
  const penFriends = (owned.body as { data: Array<{ id: string; name: string }> }).data.find(
    (l) => l.name === 'Pen friends',
  )!;

  const add = page.getByRole('region', { name: 'Add a column' });
  await add.getByLabel('Title').fill('Maren’s pen friends');
  await add.getByLabel('Type').selectOption({ label: 'List' });
  await expect(add.getByLabel('Lists of @quillory').locator('option')).toHaveCount(3);
  const field = add.getByLabel(/^List address or id/);

  await field.fill('https://example.com/i/lists/123');
  await add.getByRole('button', { name: 'Add column' }).click();
  await expect(add.getByRole('alert')).toHaveText(
    'Paste the list’s address (x.com/i/lists/…) or its id, a number',
  );
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(columnNamed(page, 'Maren’s pen friends')).toHaveCount(0);

  await field.fill(`https://x.com/i/lists/${penFriends.id}/members`);
  await expect(add.getByRole('alert')).toBeHidden();
  await add.getByRole('button', { name: 'Add column' }).click();
  const column = columnNamed(page, 'Maren’s pen friends');
  await expect(column).toBeVisible();
  await advanceClock(page, harness, 1_000);
  await expect(column.getByRole('article').first()).toBeVisible();
  const layout = await page.evaluate(() => window.timedeck.decks.get());
  const saved = layout.ok
    ? layout.value.decks.flatMap((d) => d.columns).find((c) => c.title === 'Maren’s pen friends')
    : undefined;
  expect(saved).toMatchObject({ type: 'list', listId: penFriends.id });
});
