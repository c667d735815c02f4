import { expect, test } from '@playwright/test';
import {
  columnTitles,
  addColumn,
  buildLaunchDeck,
  expectLaunchDeck,
} from './support/deck-scenario';
import { launchHarness, newDataDir, type HarnessProcess } from './support/harness';
import { dragAnnounced, dragReady } from './support/drag';

let harness: HarnessProcess;
test.afterEach(async () => harness?.stop());

test('decks and columns survive a restart of the app', async ({ page }) => {
  const dataDir = newDataDir();
  harness = await launchHarness({ dataDir });
  await page.goto(harness.url);
  const expected = await buildLaunchDeck(page);

  await harness.stop();
  harness = await launchHarness({ dataDir });
  await page.goto(harness.url);
  await expectLaunchDeck(page, expected);
  await expect(page.getByRole('tab')).toHaveText(['Brand', 'Personal', 'Launch']);
});

test('a malformed payload sent through the bridge is refused, shown, and changes nothing', async ({
  page,
}) => {
  harness = await launchHarness();
  await page.goto(harness.url);
  await expect(page.getByRole('region', { name: 'Mentions' })).toBeVisible();
  const before = await columnTitles(page);

  const result = await page.evaluate(() =>
    window.timedeck.columns.update({
      deckId: 'brand',
      columnId: 'brand-mentions',
      patch: { title: '', type: 'timeline-of-doom' as 'search' },
    }),
  );
  expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_payload' } });
  await expect(page.getByRole('alert')).toContainText("A column title can't be empty");
  await expect(page.getByRole('alert')).toContainText('A column type must be one of');

  await page.reload();
  await expect(page.getByRole('region', { name: 'Mentions' })).toBeVisible();
  expect(await columnTitles(page)).toEqual(before);
});

test('invalid edits made in the UI are said beside the field, and main refuses the rest', async ({
  page,
}) => {
  harness = await launchHarness();
  await page.goto(harness.url);
  await expect(page.getByRole('region', { name: 'Mentions' })).toBeVisible();

  // A search with nothing to search for: said beside the field, nothing is sent, the form keeps
  // its other choices, and no banner appears.
  const form = page.getByRole('region', { name: 'Add a column' });
  await form.getByLabel('Width').selectOption({ label: 'Wide' });
  await form.getByRole('button', { name: 'Add column' }).click();
  const brands = form.getByLabel('Brand names');
  await expect(brands).toHaveAttribute('aria-invalid', 'true');
  await expect(brands).toHaveAccessibleDescription(/Name the brand to search for/);
  await expect(brands).toBeFocused();
  await expect(page.locator('.messages .message')).toHaveCount(0);
  await expect(form.getByLabel('Width')).toHaveValue('wide');
  expect(await columnTitles(page)).toEqual(['Mentions', 'Brand search']);
  // Fixing it clears the words at once; the title defaults from the search.
  await brands.fill('Quillory');
  await expect(brands).toHaveAttribute('aria-invalid', 'false');
  await expect(form.getByLabel('Title')).toHaveAttribute('placeholder', 'Quillory');
  await form.getByRole('button', { name: 'Add column' }).click();
  await expect(page.getByRole('region', { name: 'Quillory', exact: true })).toBeVisible();

  // An empty deck name is said beside the field too.
  await page.getByRole('button', { name: 'Rename deck' }).click();
  await page.getByLabel('Deck name').fill('  ');
  await page.getByRole('button', { name: 'Rename deck' }).click();
  await expect(page.getByLabel('Deck name')).toHaveAccessibleDescription('Give the deck a name');

  // A deck name that is taken: only main knows, and says so in a banner...
  await page.getByLabel('Deck name').fill('Personal');
  await page.getByRole('button', { name: 'Rename deck' }).click();
  await expect(page.getByRole('alert')).toContainText('There is already a deck called "Personal"');
  await expect(page.getByRole('tab', { name: 'Brand' })).toBeVisible();
  // ...which goes by itself once what it reported is over.
  await page.getByLabel('Deck name').fill('Shop');
  await page.getByRole('button', { name: 'Rename deck' }).click();
  await expect(page.getByRole('tab', { name: 'Shop' })).toBeVisible();
  await expect(page.locator('.messages .message')).toHaveCount(0);
});

test('decks are tabs that the keyboard drives', async ({ page }) => {
  harness = await launchHarness();
  await page.goto(harness.url);
  await expect(page.getByRole('tab', { name: 'Brand' })).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Control+2');
  await expect(page.getByRole('tab', { name: 'Personal' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('tabpanel')).toHaveAccessibleName('Personal');
  await expect(page.getByRole('region', { name: 'Home' })).toBeVisible();

  await page.getByRole('tab', { name: 'Personal' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Brand' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Brand' })).toHaveAttribute('aria-selected', 'true');

  // Reorder decks from the keyboard, then delete one: two steps, so a slip costs nothing.
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(page.getByRole('tab')).toHaveText(['Personal', 'Brand']);
  await expect(page.getByRole('tab', { name: 'Brand' })).toBeFocused();
  await page.getByRole('button', { name: 'Delete deck' }).click();
  await page.getByRole('button', { name: 'Keep deck' }).click();
  await expect(page.getByRole('tab')).toHaveCount(2);
  await page.getByRole('button', { name: 'Delete deck' }).click();
  await page.getByRole('button', { name: /Delete “Brand”/ }).click();
  await expect(page.getByRole('tab')).toHaveText(['Personal']);
  await expect(page.getByRole('button', { name: 'Delete deck' })).toBeDisabled();

  await addColumn(page, 'Peers', 'Home timeline', 'Narrow');
  await expect(page.getByRole('region', { name: 'Peers' })).toHaveClass(/width-narrow/);
});

test('every control has an accessible name', async ({ page }) => {
  harness = await launchHarness();
  await page.goto(harness.url);
  await expect(page.getByRole('region', { name: 'Mentions' })).toBeVisible();
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll('button, input, select, [role="tab"]')]
      .filter((el) => {
        const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
        const labels = (el as HTMLInputElement).labels?.length ?? 0;
        return !labelled && labels === 0 && !(el.textContent ?? '').trim();
      })
      .map((el) => el.outerHTML),
  );
  expect(unnamed).toEqual([]);
});

test('deck tabs move by dragging, with the mouse and with the keyboard', async ({ page }) => {
  harness = await launchHarness();
  await page.goto(harness.url);
  await expect(page.getByRole('region', { name: 'Mentions' })).toBeVisible();
  await page.getByRole('button', { name: 'New deck' }).click();
  await page.getByLabel('New deck name').fill('Launch');
  await page.keyboard.press('Enter');
  const tabs = page.getByRole('tab');
  await expect(tabs).toHaveText(['Brand', 'Personal', 'Launch']);

  // Mouse: drag Launch onto Brand.
  await dragReady(page.getByRole('tab', { name: 'Launch' }));
  const from = (await page.getByRole('tab', { name: 'Launch' }).boundingBox())!;
  const to = (await page.getByRole('tab', { name: 'Brand' }).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 - 20, from.y + from.height / 2, { steps: 4 });
  await page.mouse.move(to.x + 4, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(tabs).toHaveText(['Launch', 'Brand', 'Personal']);
  // The drag is over for dnd-kit too (a pick-up while it still ends would be ignored).
  await dragAnnounced(page, 'Deck Launch dropped in place of Brand.');

  // Keyboard: on the focused tab, Space picks it up, an arrow moves it, Space drops it.
  const launch = page.getByRole('tab', { name: 'Launch' });
  await launch.click();
  await expect(launch).toHaveAttribute('aria-selected', 'true');
  await launch.focus();
  await page.keyboard.press('Space');
  await dragAnnounced(page, /Picked up deck Launch\.|Deck Launch is over Launch\./);
  await page.keyboard.press('ArrowRight');
  await dragAnnounced(page, 'Deck Launch is over Brand.');
  await page.keyboard.press('Space');
  await expect(tabs).toHaveText(['Brand', 'Launch', 'Personal']);
  // The deck stayed open, and the arrows drive the tablist again once it is dropped.
  await expect(launch).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Launch' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Personal' })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  // The order is main's: it survives a reload.
  await page.reload();
  await expect(tabs).toHaveText(['Brand', 'Launch', 'Personal']);
});
