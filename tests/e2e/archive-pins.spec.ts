import { expect, test } from '@playwright/test';
import { libraryIn, post, user } from '../support/library-fixture';
import { FakeClock } from '../../src/shared/time/clock';
import { advanceClock, columnNamed, openDeckWithPosts, postCard } from './support/columns';
import { iconInk } from './support/icons';
import { launchHarness, newDataDir, type HarnessProcess } from './support/harness';
import { simulatorOf } from './support/simulator';

/**
 * What the archive keeps: a pinned post outlives the retention period and an Archive column finds
 * it with is:pinned; a shorter retention says what it would forget and asks first.
 */

test.use({ timezoneId: 'UTC' });

let harness: HarnessProcess | undefined;
test.afterEach(async () => harness?.stop());

const DAY = 86_400_000;

test('a post pinned from a column is found by an Archive column with is:pinned', async ({
  page,
}) => {
  harness = await launchHarness();
  const sim = await simulatorOf(harness);
  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  const question = await sim.injectPost({
    authorUsername: 'penwoman_ruth',
    text: '@quillory which ink suits the Zéphyrine nib best?',
  });
  await advanceClock(page, harness, 2 * 60_000 + 1_000);
  const card = postCard(mentions, question);
  await card.hover();
  await card.getByRole('button', { name: 'Pin the post by @penwoman_ruth' }).click();
  await expect(
    card.getByRole('button', { name: 'Unpin the post by @penwoman_ruth' }),
  ).toHaveAttribute('aria-pressed', 'true');
  // Its icon turns the colour of what the user did, as the button's text does.
  await page.mouse.move(0, 0);
  const pin = await iconInk(card.getByRole('button', { name: /^Unpin the post/ }));
  const reply = await iconInk(card.getByRole('button', { name: /^Reply to/ }));
  expect(pin.ink).toBe(pin.colour);
  expect(pin.colour).not.toBe(reply.colour);

  const form = page.getByRole('region', { name: 'Add a column' });
  await form.getByLabel('Title').fill('Pinned');
  await form
    .getByLabel('Type')
    .selectOption({ label: 'Archive (search what you have read, no cost)' });
  await form.getByLabel('Search your archive').fill('is:pinned');
  await form.getByRole('button', { name: 'Add column' }).click();
  const pinned = columnNamed(page, 'Pinned');
  await expect(postCard(pinned, question)).toContainText('which ink suits');
  await expect(pinned.getByRole('article')).toHaveCount(1);

  // Unpinned in one column, the pin goes everywhere (the Archive column's card says so too).
  await card.hover();
  await card.getByRole('button', { name: 'Unpin the post by @penwoman_ruth' }).click();
  await expect(
    postCard(pinned, question).getByRole('button', { name: 'Pin the post by @penwoman_ruth' }),
  ).toHaveAttribute('aria-pressed', 'false');
});

test('a shorter retention says how many posts it forgets and asks first; a bad one is refused beside the field', async ({
  page,
}) => {
  // A library from two months ago: two posts last seen then, one of them pinned.
  const dataDir = newDataDir();
  const old = libraryIn(dataDir, new FakeClock(Date.now() - 60 * DAY));
  const kept = post('Pinned thank-you from a wholesale customer', { authorId: '90' });
  const gone = post('An old question nobody needs', { authorId: '90' });
  old.library.archive.add(
    {
      posts: [kept, gone],
      includes: { users: [user('90', 'old_friend', 'Old Friend')], posts: [], media: [] },
    },
    { columnId: 'gone-column', accountId: null },
    old.clock.now(),
  );
  old.library.archive.setPinned(kept.id, true);
  old.library.close();

  harness = await launchHarness({ dataDir });
  await page.goto(harness.url);
  await page.getByRole('button', { name: 'Accounts' }).click();
  const section = page.getByRole('region', { name: 'Your archive' });
  await expect(section).toContainText('1 pinned');
  const field = section.getByLabel('Keep posts for (days)');
  await expect(field).toHaveValue('180');

  await field.fill('3');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('alert')).toHaveText('Keep posts between 7 and 3650 days');
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  await field.fill('30');
  await section.getByRole('button', { name: 'Save' }).click();
  const ask = section.getByRole('alertdialog', { name: 'Forget older posts?' });
  await expect(ask).toContainText('Keeping posts for 30 days forgets 1 post now');
  await ask.getByRole('button', { name: 'Keep them' }).click();
  await expect(ask).toHaveCount(0);

  await section.getByRole('button', { name: 'Save' }).click();
  await section.getByRole('button', { name: 'Forget 1 post' }).click();
  await expect(section.getByRole('status')).toHaveText('Kept for 30 days; 1 post forgotten.');
  await expect(section).toContainText('1 pinned');

  // The setting is main's: a reload shows it, not what the page remembered.
  await page.reload();
  await page.getByRole('button', { name: 'Accounts' }).click();
  await expect(
    page.getByRole('region', { name: 'Your archive' }).getByLabel('Keep posts for (days)'),
  ).toHaveValue('30');
});
