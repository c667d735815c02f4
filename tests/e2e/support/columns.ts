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
 */
export async function readWholeColumn(column: Locator): Promise<ShownPost[]> {
  const posts = await scrollerOf(column).evaluate(async (scroller) => {
    const frames = () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      );
    const seen = new Map<number, ShownPost>();
    const collect = () => {
      for (const card of scroller.querySelectorAll<HTMLElement>('.feed-item > article')) {
        const position = Number(card.getAttribute('aria-posinset'));
        seen.set(position, {
          postId: card.id.slice(card.id.lastIndexOf('-') + 1),
          text: card.querySelector(':scope > .post-text')?.textContent ?? '',
          isRepost: card.querySelector(':scope > .post-context') !== null,
          position,
          setSize: Number(card.getAttribute('aria-setsize')),
        });
      }
    };
    // Until the rendered rows cover the viewport (the feed renders after each scroll event,
    // later on a loaded machine), at most a few dozen frames.
    const rendered = async () => {
      for (let i = 0; i < 30; i++) {
        await frames();
        const view = scroller.getBoundingClientRect();
        const rows = [...scroller.querySelectorAll<HTMLElement>('.feed-item')].map((row) =>
          row.getBoundingClientRect(),
        );
        const top = Math.min(...rows.map((r) => r.top));
        const bottom = Math.max(...rows.map((r) => r.bottom));
        if (
          rows.length === 0 ||
          (top <= view.top + 1 &&
            bottom >=
              Math.min(view.bottom, view.top + scroller.scrollHeight - scroller.scrollTop) - 1)
        )
          return;
      }
    };
    scroller.scrollTop = 0;
    await rendered();
    for (let step = 0; step < 1000; step++) {
      collect();
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
      scroller.scrollTop += Math.max(1, Math.floor(scroller.clientHeight / 2));
      await rendered();
    }
    // At the bottom, the feed may still be settling its measured heights (the total shrinks
    // as estimated rows are measured): stay there until no new post renders.
    for (let settle = 0, before = -1; settle < 20 && seen.size !== before; settle++) {
      before = seen.size;
      // A scroll event each time (setting the same offset fires none), so the feed re-reads
      // where it is.
      scroller.scrollTop = Math.max(0, scroller.scrollHeight - scroller.clientHeight - 2);
      await frames();
      scroller.scrollTop = scroller.scrollHeight;
      await frames();
      collect();
    }
    scroller.scrollTop = 0;
    await frames();
    return [...seen.values()].sort((a, b) => a.position - b.position);
  });
  const setSize = posts[0]?.setSize ?? 0;
  expect(
    posts.map((p) => p.position),
    'every post of the column was rendered once while scrolling',
  ).toEqual(Array.from({ length: setSize }, (_, i) => i + 1));
  return posts;
}
