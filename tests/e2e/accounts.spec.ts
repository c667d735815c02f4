import { expect, test, type Page } from '@playwright/test';
import { accountIdOf } from './support/accounts';
import { launchHarness, type HarnessProcess } from './support/harness';
import { simulatorOf } from './support/simulator';

/**
 * Adding an account as a user does it: Timedeck hands X's authorize URL to the system browser
 * (here: the harness's opened-links, and a tab this test opens on it), X redirects to the
 * loopback callback, and the account appears. Demo mode: X is the harness's simulator, whose
 * consent step approves as the `sim_username` the URL names, or as /__sim/authorize-as says.
 */

let harness: HarnessProcess;
test.afterEach(async () => harness?.stop());

async function startSignIn(page: Page) {
  const opened = await harness.control<string[]>('opened-links');
  await page.getByRole('button', { name: 'Add account' }).click();
  const link = page.getByRole('link', { name: 'open the X sign-in page' });
  await expect(link).toBeVisible();
  const authorizeUrl = (await link.getAttribute('href'))!;
  // Timedeck opened the same page in the system browser.
  expect(await harness.control<string[]>('opened-links')).toEqual([...opened, authorizeUrl]);
  return authorizeUrl;
}

/**
 * The user's browser: follows the authorize URL through X's consent to the callback, as
 * `username` when given (else as whom the simulator was told to approve).
 */
async function consentInBrowser(page: Page, authorizeUrl: string, username?: string) {
  const url = new URL(authorizeUrl);
  if (username) url.searchParams.set('sim_username', username);
  const tab = await page.context().newPage();
  await tab.goto(url.toString());
  const heading = (await tab.getByRole('heading').textContent()) ?? '';
  await tab.close();
  return heading;
}

async function openAccounts(page: Page) {
  await page.goto(harness.url);
  await page.getByRole('button', { name: 'Accounts' }).click();
  const list = page.getByRole('list', { name: 'Signed-in accounts' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  return list;
}

test('an account added through X’s sign-in page appears with its avatar and role, and signing it out revokes it at X', async ({
  page,
}) => {
  harness = await launchHarness();
  const sim = await simulatorOf(harness);
  const list = await openAccounts(page);

  const authorizeUrl = await startSignIn(page);
  expect(new URL(authorizeUrl).origin).toBe(sim.url);
  expect(await consentInBrowser(page, authorizeUrl, 'inkyfingers_jo')).toBe('Signed in');

  await expect(page.getByText('@inkyfingers_jo is signed in.')).toBeVisible();
  const row = list.getByRole('listitem', { name: 'Jo Pemberton @inkyfingers_jo' });
  await expect(row).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(3);
  // Its role (the third account gets a numbered one) and its picture as X gives it (the demo
  // simulator draws its avatars itself, on its loopback origin).
  await expect(row.getByRole('textbox', { name: 'Role of @inkyfingers_jo' })).toHaveValue(
    'Account 3',
  );
  const token = await sim.tokenOf(await accountIdOf(page, 'inkyfingers_jo'));
  const me = await sim.apiGet('/2/users/me?user.fields=profile_image_url', token);
  expect(me.status).toBe(200);
  const avatarUrl = (me.body as { data: { profile_image_url: string } }).data.profile_image_url;
  const avatar = row.locator('img.avatar');
  await expect(avatar).toHaveAttribute('src', avatarUrl);
  await expect
    .poll(() => avatar.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);

  // The role can be renamed, and the composer offers the account under it.
  await row.getByRole('textbox', { name: 'Role of @inkyfingers_jo' }).fill('Support');
  await row.getByRole('button', { name: 'Save role' }).click();
  await page
    .getByRole('dialog', { name: 'Accounts' })
    .getByRole('button', { name: 'Close' })
    .click();
  await page.getByRole('button', { name: 'New post' }).click();
  await expect(
    page
      .getByRole('dialog', { name: 'New post' })
      .getByRole('radio', { name: '@inkyfingers_jo Support' }),
  ).toBeVisible();
  await page.keyboard.press('Escape');

  // Signing out forgets it here and revokes its tokens at X.
  const before = (await sim.requests()).length;
  await page.getByRole('button', { name: 'Accounts' }).click();
  await list.getByRole('button', { name: 'Sign out @inkyfingers_jo' }).click();
  await expect(row).toHaveCount(0);
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const revokes = (await sim.requests())
    .slice(before)
    .filter((r) => r.method === 'POST' && r.path === '/2/oauth2/revoke');
  expect(revokes.map((r) => r.status)).toEqual([200, 200]);
  expect((await sim.apiGet('/2/users/me', token)).status).toBe(401);
});

test('a denied consent says so and adds no account', async ({ page }) => {
  harness = await launchHarness();
  const sim = await simulatorOf(harness);
  const list = await openAccounts(page);
  await sim.authorizeAs('penwoman_ruth');
  await sim.consent('deny');

  const before = (await sim.requests()).length;
  const authorizeUrl = await startSignIn(page);
  expect(await consentInBrowser(page, authorizeUrl)).toBe('Sign-in cancelled');

  await expect(page.getByText('You did not allow Timedeck to use the account.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add account' })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem', { name: /@penwoman_ruth/ })).toHaveCount(0);
  // No code was exchanged for tokens.
  const after = (await sim.requests()).slice(before);
  expect(after.filter((r) => r.path === '/2/oauth2/token')).toEqual([]);
  expect(after.filter((r) => r.path === '/i/oauth2/authorize').map((r) => r.status)).toEqual([302]);

  // The next attempt, approved, works: the denied one left nothing behind.
  await sim.consent('approve');
  const again = await startSignIn(page);
  expect(again).not.toBe(authorizeUrl);
  expect(await consentInBrowser(page, again)).toBe('Signed in');
  await expect(list.getByRole('listitem', { name: 'Ruth Okonkwo @penwoman_ruth' })).toBeVisible();
});
