import { expect, type Locator, type Page } from '@playwright/test';
import type { HarnessProcess } from './harness';

/** A column of the open deck: the region named after its title. */
export const columnNamed = (page: Page, title: string) =>
  page.getByRole('region', { name: title, exact: true });

/** What the column's status line shows ("Updated 5 seconds ago", "Offline, retrying in 4 s"). */
export const statusOf = (column: Locator) => column.locator('.column-status-text');

/** The column's scrolling element. */
export const scrollerOf = (column: Locator) => column.locator('.column-body');

/** The card of one post in a column, found by the post's id. */
export const postCard = (column: Locator, postId: string) =>
  column.locator(`article[id$="-${postId}"]`);

/** The id of the topmost post card wholly in view in the column's scroller. */
export const topPostInView = (column: Locator) =>
  scrollerOf(column).evaluate((scroller) => {
    const top = scroller.getBoundingClientRect().top;
    const cards = [...scroller.querySelectorAll<HTMLElement>('.feed-item > article')];
    const inView = cards
      .map((card) => ({ id: card.id, top: card.getBoundingClientRect().top }))
      .filter((c) => c.top >= top)
      .sort((a, b) => a.top - b.top);
    if (!inView[0]) throw new Error('no post in view');
    return inView[0].id;
  });

export const clockNow = async (harness: HarnessProcess) =>
  (await harness.control<{ now: number }>('clock')).now;

/**
 * The page reads the time as the app's main process does. On its own the page would read the
 * machine's clock while main runs on the harness's fake one, and every countdown would be off
 * by however far the test moved time. Timers in the page keep running.
 */
export async function syncPageClock(page: Page, harness: HarnessProcess) {
  await page.clock.setFixedTime(await clockNow(harness));
}

/**
 * Moves the harness's fake clock on, firing the timers that fall due (polls, retries), and the
 * page's clock with it.
 */
export async function advanceClock(page: Page, harness: HarnessProcess, ms: number) {
  const { now } = await harness.control<{ now: number }>('clock/advance', { ms });
  await page.clock.setFixedTime(now);
  return now;
}

/** Opens the app and waits until the named column shows its first posts. */
export async function openDeckWithPosts(page: Page, harness: HarnessProcess, title: string) {
  await syncPageClock(page, harness);
  await page.goto(harness.url);
  const column = columnNamed(page, title);
  await expect(column.getByRole('article').first()).toBeVisible();
  await expect(statusOf(column)).toHaveText(/^Updated /);
  return column;
}

export interface ShownPost {
  postId: string;
  text: string;
  isRepost: boolean;
  position: number;
  setSize: number;
}

/**
 * Every post of a column, read the way a user would: scrolling its virtualised feed from top
 * to bottom and noting each card as it renders. Fails if any position was never rendered.
 *
 * On a loaded machine the virtualiser may render a scroll position several frames late, so
 * after every scroll this waits (frame by frame, no fixed time) until the cards on screen cover
 * the scroller's visible height, and it stops only at the bottom once the last position has
 * been seen. Playwright's test timeout bounds the whole read.
 */
export async function readWholeColumn(column: Locator): Promise<ShownPost[]> {
  const posts = await scrollerOf(column).evaluate(async (scroller) => {
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const cards = () => [...scroller.querySelectorAll<HTMLElement>('.feed-item > article')];
    const positionOf = (card: HTMLElement) => Number(card.getAttribute('aria-posinset'));
    const setSizeNow = () => {
      const first = cards()[0];
      return first ? Number(first.getAttribute('aria-setsize')) : 0;
    };
    /** The cards in view leave no gap: from the top edge (or post 1) to the bottom (or the last). */
    const covered = () => {
      const view = scroller.getBoundingClientRect();
      // The rows (.feed-item) tile the feed with no gap; the cards inside them have margins.
      const inView = cards()
        .map((card) => ({
          position: positionOf(card),
          rect: (card.parentElement ?? card).getBoundingClientRect(),
        }))
        .filter((c) => c.rect.bottom > view.top && c.rect.top < view.bottom)
        .sort((a, b) => a.position - b.position);
      if (inView.length === 0) return setSizeNow() === 0 && cards().length === 0;
      const first = inView[0]!;
      const last = inView[inView.length - 1]!;
      const contiguous = inView.every((c, i) => c.position === first.position + i);
      const top = first.rect.top <= view.top + 1 || first.position === 1;
      const bottom = last.rect.bottom >= view.bottom - 1 || last.position === setSizeNow();
      return contiguous && top && bottom;
    };
    const settle = async () => {
      await frame();
      await frame();
      while (!covered()) await frame();
    };
    const seen = new Map<number, ShownPost>();
    const collect = () => {
      for (const card of cards()) {
        const position = positionOf(card);
        seen.set(position, {
          postId: card.id.slice(card.id.lastIndexOf('-') + 1),
          text: card.querySelector(':scope > .post-text')?.textContent ?? '',
          isRepost: card.querySelector(':scope > .post-context') !== null,
          position,
          setSize: Number(card.getAttribute('aria-setsize')),
        });
      }
    };
    const atBottom = () => scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
    scroller.scrollTop = 0;
    await settle();
    for (;;) {
      collect();
      if (atBottom() && seen.has(setSizeNow())) break;
      if (atBottom()) {
        // At the bottom as the estimate stood, before the last cards were measured in: move a
        // pixel up and back, so the feed gets a scroll event and renders what it measured.
        scroller.scrollTop = Math.max(0, scroller.scrollHeight - scroller.clientHeight - 2);
        await settle();
        scroller.scrollTop = scroller.scrollHeight;
        await settle();
        continue;
      }
      scroller.scrollTop += Math.max(1, Math.floor(scroller.clientHeight / 2));
      await settle();
    }
    scroller.scrollTop = 0;
    await settle();
    return [...seen.values()].sort((a, b) => a.position - b.position);
  });
  const setSize = posts[0]?.setSize ?? 0;
  expect(
    posts.map((p) => p.position),
    'every post of the column was rendered once while scrolling',
  ).toEqual(Array.from({ length: setSize }, (_, i) => i + 1));
  return posts;
}
