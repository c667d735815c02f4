import { expect, test } from '@playwright/test';
import {
  advanceClock,
  columnNamed,
  openDeckWithPosts,
  postCard,
  statusOf,
} from './support/columns';
import { launchHarness, type HarnessProcess } from './support/harness';
import { simulatorOf, type SimulatorClient } from './support/simulator';

/**
 * The Archive column: a search of the posts Timedeck already read (and paid for), answered from
 * the local library with no request to X — so it works while X is unreachable.
 */

test.use({ timezoneId: 'UTC' });

let harness: HarnessProcess;
let sim: SimulatorClient;
test.beforeEach(async () => {
  harness = await launchHarness();
  sim = await simulatorOf(harness);
});
test.afterEach(async () => harness?.stop());

test('an Archive column finds a post read earlier while X is unreachable, at no cost', async ({
  page,
}) => {
  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  const earlier = await sim.injectPost({
    authorUsername: 'penwoman_ruth',
    text: '@quillory the Zéphyrine nib arrived bent, can you help?',
  });
  await advanceClock(page, harness, 2 * 60_000 + 1_000);
  await expect(postCard(mentions, earlier)).toBeVisible();

  // X goes away: every request fails from now on.
  await sim.fault({ kind: 'drop' });
  await advanceClock(page, harness, 2 * 60_000 + 1_000);
  await expect(statusOf(mentions)).toHaveText(/^Offline, retrying in \d+ s$/);

  const form = page.getByRole('region', { name: 'Add a column' });
  await form.getByLabel('Title').fill('Archive');
  await form
    .getByLabel('Type')
    .selectOption({ label: 'Archive (search what you have read, no cost)' });
  // A query it cannot read says why, beside the field.
  await form.getByLabel('Search your archive').fill('zephyrine since:last-week');
  await expect(form.getByRole('alert')).toHaveText(/since: needs a date as YYYY-MM-DD/);
  // Typed without the accent: the archive's search ignores diacritics.
  await form.getByLabel('Search your archive').fill('zephyrine from:penwoman_ruth');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await form.getByRole('button', { name: 'Add column' }).click();

  const archive = columnNamed(page, 'Archive');
  await expect(postCard(archive, earlier)).toContainText('the Zéphyrine nib arrived bent');
  await expect(statusOf(archive)).toHaveText('From your archive: 1 post, no cost');
  await expect(archive.getByRole('article')).toHaveCount(1);
  // It asked X nothing: no reads billed to it.
  await expect(archive.locator('.column-reads')).toHaveText('0 reads today');
});
