import { expect, test, type Page } from '@playwright/test';
import { launchHarness, newDataDir, type HarnessProcess } from './support/harness';
import { dragAnnounced, dragReady } from './support/drag';

/**
 * The column strip: columns move by dragging their handle (mouse, or keyboard with dnd-kit's
 * keyboard sensor: Space, arrows, Space) and resize by dragging their right edge; the width
 * stays with the column across a restart.
 */

let harness: HarnessProcess | undefined;
test.afterEach(async () => harness?.stop());

const columnTitles = (page: Page) =>
  page
    .locator('main[role="tabpanel"] section.column')
    .evaluateAll((els) =>
      els.map((el) => el.getAttribute('aria-label')).filter((t) => t !== 'Add a column'),
    );

async function open(page: Page, h: HarnessProcess) {
  await page.goto(h.url);
  await expect(page.getByRole('region', { name: 'Mentions', exact: true })).toBeVisible();
}

test('a column moves by dragging its handle, with the mouse and with the keyboard', async ({
  page,
}) => {
  harness = await launchHarness();
  await open(page, harness);
  expect(await columnTitles(page)).toEqual(['Mentions', 'Brand search']);

  // Mouse: drag Mentions' handle past the middle of Brand search.
  const handle = page.getByRole('button', { name: 'Drag to move Mentions' });
  const target = page.getByRole('region', { name: 'Brand search' });
  await dragReady(handle);
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + 5, { steps: 4 });
  await page.mouse.move(to.x + to.width * 0.75, to.y + 40, { steps: 12 });
  await page.mouse.up();
  await expect.poll(() => columnTitles(page)).toEqual(['Brand search', 'Mentions']);
  // The drag is over for dnd-kit too (a pick-up while it still ends would be ignored).
  await dragAnnounced(page, 'Column Mentions dropped in place of Brand search.');

  // Keyboard: focus the handle, pick up with Space, move left, drop with Space.
  const mentionsHandle = page.getByRole('button', { name: 'Drag to move Mentions' });
  await mentionsHandle.focus();
  await page.keyboard.press('Space');
  await dragAnnounced(page, /Picked up column Mentions\.|Column Mentions is over Mentions\./);
  await page.keyboard.press('ArrowLeft');
  await dragAnnounced(page, 'Column Mentions is over Brand search.');
  await page.keyboard.press('Space');
  await expect.poll(() => columnTitles(page)).toEqual(['Mentions', 'Brand search']);
  // The handle keeps the focus, so the next move is one keystroke away.
  await expect(page.getByRole('button', { name: 'Drag to move Mentions' })).toBeFocused();

  // The order is main's: a reload shows it.
  await page.reload();
  await expect.poll(() => columnTitles(page)).toEqual(['Mentions', 'Brand search']);
});

test('dragging a column’s edge resizes it, and the width is kept over a restart', async ({
  page,
}) => {
  const dataDir = newDataDir();
  harness = await launchHarness({ dataDir });
  await open(page, harness);
  const mentions = page.getByRole('region', { name: 'Mentions', exact: true });
  const edge = page.getByRole('separator', { name: 'Resize Mentions' });
  await expect(edge).toHaveAttribute('aria-valuenow', '340');

  const box = (await edge.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 100);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + 100, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + 100, { steps: 5 });
  await page.mouse.up();
  await expect(edge).toHaveAttribute('aria-valuenow', '460');
  expect(Math.round((await mentions.boundingBox())!.width)).toBe(460);

  // The keyboard resizes it too: 20 px a step.
  await edge.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(edge).toHaveAttribute('aria-valuenow', '440');
  // Brand search kept its own width.
  await expect(page.getByRole('separator', { name: 'Resize Brand search' })).toHaveAttribute(
    'aria-valuenow',
    '340',
  );

  await harness.stop();
  harness = await launchHarness({ dataDir });
  await open(page, harness);
  await expect(page.getByRole('separator', { name: 'Resize Mentions' })).toHaveAttribute(
    'aria-valuenow',
    '440',
  );
  expect(
    Math.round(
      (await page.getByRole('region', { name: 'Mentions', exact: true }).boundingBox())!.width,
    ),
  ).toBe(440);
});
