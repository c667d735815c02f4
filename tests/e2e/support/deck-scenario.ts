import { expect, type Page } from '@playwright/test';

/** The titles of the columns of the open deck, in screen order. */
export const columnTitles = (page: Page) =>
  page
    .locator('main[role="tabpanel"] .columns section[role="region"]:not(.add-column)')
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));

export async function addColumn(page: Page, title: string, type: string, width: string) {
  const form = page.getByRole('region', { name: 'Add a column' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Type').selectOption({ label: type });
  await form.getByLabel('Width').selectOption({ label: width });
  // A search needs something to search for (the builder's brand name).
  if (type === 'Search') await form.getByLabel('Brand names').fill(title);
  await form.getByRole('button', { name: 'Add column' }).click();
  await expect(page.getByRole('region', { name: title, exact: true })).toBeVisible();
  // The new column can show (main's layout event) before the form empties itself (main's answer):
  // the next column is typed into the empty form, not into one about to be cleared.
  await expect(form.getByLabel('Title')).toHaveValue('');
}

/**
 * The deck test that both hosts run: create a deck, add three columns, reorder them by keyboard,
 * rename one. Returns what must still be there after a restart.
 */
export async function buildLaunchDeck(page: Page) {
  await page.getByRole('button', { name: 'New deck' }).click();
  await page.getByLabel('New deck name').fill('Launch');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Launch' })).toHaveAttribute('aria-selected', 'true');

  await addColumn(page, 'Acme', 'Search', 'Wide');
  await addColumn(page, 'Acme typos', 'Search', 'Narrow');
  await addColumn(page, 'Leads', 'Mentions', 'Medium');
  expect(await columnTitles(page)).toEqual(['Acme', 'Acme typos', 'Leads']);

  // By keyboard: focus the column and move it with Alt+Shift+arrows; focus stays on it.
  const leads = page.getByRole('region', { name: 'Leads' });
  await leads.focus();
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect.poll(() => columnTitles(page)).toEqual(['Acme', 'Leads', 'Acme typos']);
  await expect(leads).toBeFocused();
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect.poll(() => columnTitles(page)).toEqual(['Leads', 'Acme', 'Acme typos']);
  // And with the column's own button, reached and pressed by keyboard.
  await page.getByRole('button', { name: 'Move Acme right' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => columnTitles(page)).toEqual(['Leads', 'Acme typos', 'Acme']);

  await page.getByRole('button', { name: 'Edit column Acme typos' }).click();
  const settings = page.getByRole('form', { name: 'Settings of Acme typos' });
  await settings.getByLabel('Title').fill('Acme misspellings');
  await settings.getByRole('button', { name: 'Save column' }).click();
  await expect(page.getByRole('region', { name: 'Acme misspellings' })).toBeVisible();

  return { deck: 'Launch', columns: ['Leads', 'Acme misspellings', 'Acme'] };
}

export async function expectLaunchDeck(page: Page, expected: { deck: string; columns: string[] }) {
  await expect(page.getByRole('tab', { name: expected.deck })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect.poll(() => columnTitles(page)).toEqual(expected.columns);
  await expect(page.getByRole('region', { name: 'Acme', exact: true })).toHaveClass(/width-wide/);
}
