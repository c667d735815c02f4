import { expect, type Page } from '@playwright/test';

/**
 * Waits until dnd-kit's live region says `text` (what a screen reader hears). Its keyboard sensor
 * measures the droppables after the pick-up renders, so an arrow pressed before that moves
 * nothing on a loaded machine: each keyboard drag step waits for its announcement. A pick-up is
 * announced, then at once "is over" itself: wait for either.
 */
export async function dragAnnounced(page: Page, text: string | RegExp) {
  await expect(page.locator('[id^="DndLiveRegion"]').filter({ hasText: text })).toHaveCount(1);
}
