import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Waits until dnd-kit's live region says `text` (what a screen reader hears). Its keyboard sensor
 * measures the droppables after the pick-up renders, so an arrow pressed before that moves
 * nothing on a loaded machine: each keyboard drag step waits for its announcement. A pick-up is
 * announced, then at once "is over" itself: wait for either.
 */
export async function dragAnnounced(page: Page, text: string | RegExp) {
  await expect(page.locator('[id^="DndLiveRegion"]').filter({ hasText: text })).toHaveCount(1);
  // The announcement renders with the drag's state; the droppables' measurement runs in an effect
  // after it. Once two frames have passed, React has flushed that effect: an arrow pressed before
  // it was ignored on a loaded machine (the region still said "is over" the tab itself).
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/**
 * Waits until `handle` can be dragged: dnd-kit loads after the deck's first paint, and a handle
 * it has taken on is described by its instructions ("To pick up a draggable item, press the
 * space bar…"), as a screen reader reads them.
 */
export async function dragReady(handle: Locator) {
  await expect(handle).toHaveAttribute('aria-describedby', /^DndDescribedBy-/);
  const id = (await handle.getAttribute('aria-describedby'))!;
  await expect(handle.page().locator(`[id="${id}"]`)).toContainText('press the space bar');
}
