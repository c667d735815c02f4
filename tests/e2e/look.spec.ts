import { expect, test, type Locator, type Page } from '@playwright/test';
import { columnNamed, openDeckWithPosts, postCard, advanceClock } from './support/columns';
import { iconInk } from './support/icons';
import { launchHarness, newDataDir, type HarnessProcess } from './support/harness';
import { simulatorOf } from './support/simulator';

/**
 * How the deck looks and behaves at the widths people use (issue 11): one header row, no
 * sideways page scroll, a column editor whose controls never overlap, the two densities, themes
 * with readable contrast, text size, and undoing a removal. Measured from the page's own boxes
 * and computed styles in Chromium, against the harness in demo mode.
 */

let harness: HarnessProcess;
test.afterEach(async () => harness?.stop());

const WIDTHS = [1024, 1440] as const;

interface Box {
  what: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of the visible controls and labels inside `root`. */
const controlBoxes = (root: Locator) =>
  root.evaluate((el) =>
    [...el.querySelectorAll<HTMLElement>('label, input, select, textarea, button, legend')]
      .filter((c) => {
        const r = c.getBoundingClientRect();
        const style = getComputedStyle(c);
        // A radio or checkbox sits inside its own label: the label is what shows.
        const insideLabel =
          c.tagName === 'INPUT' && c.closest('label') !== null && c.closest('label') !== c;
        return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && !insideLabel;
      })
      .map((c) => {
        const r = c.getBoundingClientRect();
        const name =
          c.getAttribute('aria-label') ?? c.id ?? (c.textContent ?? '').trim().slice(0, 30);
        return {
          what: `${c.tagName.toLowerCase()} ${name}`,
          x: r.x,
          y: r.y,
          width: r.width,
          height: r.height,
        };
      }),
  );

/** Pairs of boxes that overlap by more than a pixel (a label containing its field does not). */
function overlaps(boxes: Box[], containers: Box[] = []): string[] {
  const found: string[] = [];
  const inside = (a: Box, b: Box) =>
    a.x >= b.x - 1 &&
    a.y >= b.y - 1 &&
    a.x + a.width <= b.x + b.width + 1 &&
    a.y + a.height <= b.y + b.height + 1;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (inside(a, b) || inside(b, a)) continue;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > 1 && h > 1) found.push(`${a.what} overlaps ${b.what}`);
    }
  }
  void containers;
  return found;
}

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, 'the page does not scroll sideways').toBeLessThanOrEqual(innerWidth);
}

async function expectHeaderInOneRow(page: Page) {
  const header = page.locator('header.app-header');
  const rows = await header.evaluate((h) => {
    const box = h.getBoundingClientRect();
    const items = [...h.querySelectorAll<HTMLElement>(':scope > *')]
      .map((c) => c.getBoundingClientRect())
      .filter((r) => r.width > 0);
    return {
      height: box.height,
      right: Math.max(...items.map((r) => r.right)),
      // The vertical centres of the header's items: one row when they all share one band.
      centres: items.map((r) => r.top + r.height / 2),
    };
  });
  const spread = Math.max(...rows.centres) - Math.min(...rows.centres);
  expect(spread, 'every header item sits on the same row').toBeLessThan(6);
  expect(rows.height, 'the header is one row tall').toBeLessThan(56);
  expect(rows.right, 'nothing in the header is pushed off screen').toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );
}

for (const width of WIDTHS) {
  test(`at ${width} px the header is one row with a third deck, a draft and a focus session, and only the columns scroll sideways`, async ({
    page,
  }) => {
    harness = await launchHarness();
    await page.setViewportSize({ width, height: 900 });
    await openDeckWithPosts(page, harness, 'Mentions');
    await expectHeaderInOneRow(page);
    await expectNoSidewaysScroll(page);

    // A third and fourth deck with long names: tabs that do not fit go under "More decks".
    for (const name of ['Launch week campaign', 'Wholesale partners']) {
      await page.getByRole('button', { name: 'New deck' }).click();
      await page.getByLabel('New deck name').fill(name);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
    }
    await page
      .getByRole('tab', { name: 'Brand' })
      .or(page.getByRole('button', { name: /More decks/ }))
      .first()
      .click();
    if (await page.getByRole('menu').isVisible()) {
      await page.getByRole('menuitem', { name: 'Brand' }).click();
    }
    await expect(page.getByRole('tab', { name: 'Brand' })).toHaveAttribute('aria-selected', 'true');

    // A draft kept, and a focus session running.
    await page.getByRole('button', { name: 'New post' }).click();
    await page.getByLabel('Post text').fill('Half a thought about the new ink');
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('button', { name: 'New post (draft kept)' })).toBeVisible();
    await page.getByRole('button', { name: 'Focus session' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a focus session' });
    await dialog.getByLabel('What is it for?').fill('answer the support queue');
    await dialog.getByRole('button', { name: 'Start session' }).click();
    await expect(page.getByRole('timer', { name: 'Focus session time left' })).toBeVisible();

    await expectHeaderInOneRow(page);
    await expectNoSidewaysScroll(page);
    // Today's spend stays on screen, in short.
    await expect(page.locator('.spend-summary')).toHaveText(/^\$\d+\.\d\d today/);
    await expect(page.locator('.spend-summary')).toBeInViewport({ ratio: 1 });
    // Every deck can still be reached: in the row or under "More decks".
    const shownTabs = await page.getByRole('tab').allTextContents();
    const more = page.getByRole('button', { name: /More decks/ });
    const hiddenDecks =
      (await more.count()) > 0
        ? await (async () => {
            await more.click();
            const names = await page.getByRole('menuitem').allTextContents();
            await page.keyboard.press('Escape');
            return names;
          })()
        : [];
    expect([...shownTabs, ...hiddenDecks].sort()).toEqual(
      ['Brand', 'Launch week campaign', 'Personal', 'Wholesale partners'].sort(),
    );

    // Many columns: the strip scrolls sideways, the page does not.
    const form = page.getByRole('region', { name: 'Add a column' });
    for (const title of ['Leads', 'Press', 'Wholesale']) {
      await form.getByLabel('Type').selectOption({ label: 'Mentions' });
      await form.getByLabel('Title').fill(title);
      await form.getByRole('button', { name: 'Add column' }).click();
      await expect(columnNamed(page, title)).toBeAttached();
    }
    await expectNoSidewaysScroll(page);
    const strip = await page
      .locator('.columns')
      .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(strip.scroll).toBeGreaterThan(strip.client);
  });

  test(`at ${width} px no control of the column editor overlaps another, narrow, medium or as a wide panel`, async ({
    page,
  }) => {
    harness = await launchHarness();
    await page.setViewportSize({ width, height: 900 });
    await openDeckWithPosts(page, harness, 'Mentions');

    for (const size of ['narrow', 'medium'] as const) {
      // The search column, with the builder filled as a shop owner would.
      await page.getByRole('button', { name: 'Edit column Brand search' }).click();
      const settings = page.getByRole('form', { name: 'Settings of Brand search' });
      await settings.getByLabel('Width').selectOption(size);
      await settings.getByRole('button', { name: 'Save column' }).click();
      await expect(columnNamed(page, 'Brand search')).toHaveClass(new RegExp(`width-${size}`));

      await page.getByRole('button', { name: 'Edit column Brand search' }).click();
      await settings.getByLabel('Brand names').fill('Quillory, Quillory Pens');
      await settings.getByRole('button', { name: 'Suggest misspellings' }).click();
      await settings.getByLabel('Products').fill('Harbourside Demonstrator\nSevern Grey ink');
      await settings.getByText('Refresh, notifications and filters').click();
      const found = overlaps(await controlBoxes(settings));
      expect(found, `${size} column editor`).toEqual([]);

      // The same editor as a wide panel.
      await settings.getByRole('button', { name: 'Open as a wide panel' }).click();
      await expect(settings).toHaveClass(/wide-panel/);
      expect(overlaps(await controlBoxes(settings)), `${size} editor, wide panel`).toEqual([]);
      // Nothing of the deck paints over the panel: what is on top at each control is the panel.
      const covered = await settings.evaluate((form) =>
        [...form.querySelectorAll<HTMLElement>('input, select, textarea, button')]
          .filter((c) => c.getBoundingClientRect().height > 0)
          .filter((c) => {
            const r = c.getBoundingClientRect();
            const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
            return top !== null && !form.contains(top);
          })
          .map((c) => c.id || c.textContent),
      );
      expect(covered, 'controls of the wide panel covered by the deck').toEqual([]);
      const box = (await settings.boundingBox())!;
      expect(box.width).toBeGreaterThan(500);
      await settings.getByRole('button', { name: 'Cancel' }).click();
    }

    // The add form too.
    const add = page.getByRole('region', { name: 'Add a column' });
    await add.getByText('Refresh, notifications and filters').click();
    expect(overlaps(await controlBoxes(add)), 'add column form').toEqual([]);
  });
}

test('compact density shows about ten short posts in a column 900 px tall, comfortable fewer; counts only when above zero', async ({
  page,
}) => {
  harness = await launchHarness();
  const sim = await simulatorOf(harness);
  await page.setViewportSize({ width: 1440, height: 900 });
  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  // Posts with counts show only the ones above zero (which posts those are depends on the
  // wall time the seeded world starts at, so every card on screen is checked).
  const counts = mentions.getByRole('list', { name: 'Counts' });
  await expect(counts.first()).toBeVisible();
  for (const text of await counts.allTextContents()) {
    expect(text).toMatch(/[1-9]/);
    expect(text).not.toMatch(/(^|[^\d.])0\s*\p{L}/u);
  }

  // Short posts, as most mentions are: one line each.
  const texts = Array.from({ length: 14 }, (_, i) => `@quillory short note ${i + 1}`);
  for (const text of texts) await sim.injectPost({ authorUsername: 'megan_reads', text });
  await mentions.getByRole('button', { name: 'Refresh' }).click();
  await expect(mentions.getByText('@quillory short note 14')).toBeVisible();

  const fullyVisible = () =>
    mentions.locator('.column-body').evaluate((scroller) => {
      const view = scroller.getBoundingClientRect();
      return [...scroller.querySelectorAll('article')].filter((a) => {
        const r = a.getBoundingClientRect();
        return r.top >= view.top - 1 && r.bottom <= view.bottom + 1;
      }).length;
    });

  // Compact is the default.
  await expect(page.locator('html')).toHaveAttribute('data-density', 'compact');
  const compact = await fullyVisible();
  expect(compact).toBeGreaterThanOrEqual(8);

  // A fresh post has no counts at all ("0 replies 0 reposts" says nothing).
  const fresh = mentions.locator('article', { hasText: '@quillory short note 14' });
  await expect(fresh.getByRole('list', { name: 'Counts' })).toHaveCount(0);
  // Its actions are one row of icon buttons, each named.
  const actions = fresh.getByRole('group', { name: /^Actions on the post by/ });
  const rowTops = await actions
    .getByRole('button')
    .evaluateAll(
      (buttons) => new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size,
    );
  expect(rowTops, 'the actions sit on one row').toBe(1);
  const reply = actions.getByRole('button', { name: 'Reply to @megan_reads', exact: true });
  await expect(reply).toBeVisible();
  // Each icon is drawn as a bitmap, in the colour of its button's text, hovered or not.
  const muted = await iconInk(reply);
  expect(muted.image).toMatch(/^data:image\/png;base64,/);
  expect(muted.inked, 'the icon has its outline').toBeGreaterThan(20);
  expect(muted.ink).toBe(muted.colour);
  await reply.hover();
  await expect.poll(async () => (await iconInk(reply)).colour).not.toBe(muted.colour);
  const hovered = await iconInk(reply);
  expect(hovered.ink).toBe(hovered.colour);
  await page.mouse.move(0, 0);
  // Their words show on hover and focus.
  const copy = actions.getByRole('button', { name: /Copy the link/ });
  await actions.getByRole('button', { name: /^Open the post/ }).focus();
  await page.keyboard.press('Tab');
  await expect(copy).toBeFocused();
  await expect(copy.locator('.action-tip')).toBeVisible();
  await expect(copy.locator('.action-tip')).toHaveText('Copy link');

  await page.getByRole('button', { name: 'Appearance' }).click();
  await page.getByRole('radio', { name: 'Comfortable' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-density', 'comfortable');
  const comfortable = await fullyVisible();
  expect(comfortable).toBeLessThan(compact);
});

/** Text whose contrast against what is behind it is under 4.5:1, from computed styles. */
const lowContrast = (page: Page) =>
  page.evaluate(() => {
    const parse = (c: string) => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return null;
      const [r, g, b, a = '1'] = m[1]!.split(/[ ,/]+/).filter(Boolean);
      return [Number(r), Number(g), Number(b), Number(a)] as const;
    };
    const lum = ([r, g, b]: readonly number[]) => {
      const f = (v: number) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    // What is painted behind an element: the nearest opaque background, mixed with translucent
    // ones above it.
    const backgroundOf = (el: Element): number[] => {
      const layers: (readonly number[])[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg && bg[3] > 0) {
          layers.push(bg);
          if (bg[3] >= 1) break;
        }
      }
      let colour = [255, 255, 255];
      for (const [r, g, b, a] of layers.reverse())
        colour = [r!, g!, b!].map((v, i) => v * a! + colour[i]! * (1 - a!));
      return colour;
    };
    const problems: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || !(node.textContent ?? '').trim()) continue;
      seen.add(el);
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (el.closest('[disabled], [aria-hidden="true"], .visually-hidden, dialog:not([open])'))
        continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const fg = parse(style.color);
      if (!fg) continue;
      const bg = backgroundOf(el);
      const blended = [fg[0], fg[1], fg[2]].map((v, i) => v * fg[3] + bg[i]! * (1 - fg[3]));
      const [l1, l2] = [lum(blended), lum(bg)].sort((a, b) => b - a);
      const ratio = (l1! + 0.05) / (l2! + 0.05);
      if (ratio < 4.5)
        problems.push(
          `${ratio.toFixed(2)} "${(node.textContent ?? '').trim().slice(0, 30)}" (${el.className})`,
        );
    }
    return problems;
  });

test('light, dark and system themes keep text at 4.5:1 or more, follow the system live, and persist with the text size', async ({
  page,
}) => {
  const dataDir = newDataDir();
  harness = await launchHarness({ dataDir });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await openDeckWithPosts(page, harness, 'Mentions');
  const html = page.locator('html');

  // "System" by default: it follows the system, live.
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');

  for (const theme of ['Light', 'Dark'] as const) {
    await page.getByRole('button', { name: 'Appearance' }).click();
    await page.getByRole('radio', { name: theme }).check();
    await page.keyboard.press('Escape');
    await expect(html).toHaveAttribute('data-theme', theme.toLowerCase());
    // The deck, the open column editor and the Time view, in this theme.
    await page.getByRole('button', { name: 'Edit column Brand search' }).click();
    expect(await lowContrast(page), `${theme} theme, deck and editor`).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Accounts' }).click();
    expect(await lowContrast(page), `${theme} theme, accounts`).toEqual([]);
    await page.getByRole('button', { name: 'Accounts' }).click();
  }

  // The text size scales the deck's text, in four steps.
  const postText = columnNamed(page, 'Mentions').locator('.post-text').first();
  const sizeOf = () => postText.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const medium = await sizeOf();
  await page.getByRole('button', { name: 'Appearance' }).click();
  await expect(page.getByRole('group', { name: 'Text size' }).getByRole('radio')).toHaveCount(4);
  await page.getByRole('radio', { name: 'Larger' }).check();
  await expect.poll(sizeOf).toBeGreaterThan(medium * 1.2);
  const headerTextSize = await page
    .locator('.spend-summary')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(headerTextSize).toBeGreaterThan(12 * 1.2);

  // Both persist: a new start of the app (with the page's own storage cleared) keeps them.
  await harness.stop();
  harness = await launchHarness({ dataDir });
  await page.evaluate(() => localStorage.clear());
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(harness.url);
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect.poll(sizeOf).toBeGreaterThan(medium * 1.2);
});

test('a removed column comes back with "Undo", and stays in a short history after that, across a restart', async ({
  page,
}) => {
  const dataDir = newDataDir();
  harness = await launchHarness({ dataDir });
  await openDeckWithPosts(page, harness, 'Mentions');
  // A support search with settings worth keeping.
  await page.getByRole('button', { name: 'Edit column Brand search' }).click();
  const settings = page.getByRole('form', { name: 'Settings of Brand search' });
  await settings.getByLabel('Brand names').fill('Quillory');
  await settings.getByLabel('Misspellings').fill('Quilery\nQuillary');
  await settings.getByRole('button', { name: 'Save column' }).click();
  const titles = () =>
    page
      .locator('.columns section[role="region"]:not(.add-column)')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  await expect.poll(titles).toEqual(['Mentions', 'Brand search']);

  await page.getByRole('button', { name: 'Remove column Brand search' }).click();
  await expect.poll(titles).toEqual(['Mentions']);
  const toast = page.getByRole('status').filter({ hasText: 'Removed “Brand search”.' });
  await expect(toast).toBeVisible();
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(titles).toEqual(['Mentions', 'Brand search']);
  await expect(toast).toBeHidden();
  await page.getByRole('button', { name: 'Edit column Brand search' }).click();
  await expect(settings.getByLabel('Misspellings')).toHaveValue('Quilery\nQuillary');
  await settings.getByRole('button', { name: 'Cancel' }).click();

  // Main keeps the history: removed, then Timedeck restarts, and the column is still there to
  // restore, into its deck and place, with its built query.
  await page.getByRole('button', { name: 'Remove column Brand search' }).click();
  await expect.poll(titles).toEqual(['Mentions']);
  await harness.stop();
  harness = await launchHarness({ dataDir });
  await openDeckWithPosts(page, harness, 'Mentions');
  await expect.poll(titles).toEqual(['Mentions']);
  const history = page.getByRole('region', { name: 'Add a column' });
  await history.getByText('Recently removed (1)').click();
  await history.getByRole('button', { name: 'Restore Brand search' }).click();
  await expect.poll(titles).toEqual(['Mentions', 'Brand search']);
  await expect(history.getByText(/Recently removed/)).toBeHidden();
  await page.getByRole('button', { name: 'Edit column Brand search' }).click();
  await expect(settings.getByLabel('Brand names')).toHaveValue('Quillory');
  await expect(settings.getByLabel('Misspellings')).toHaveValue('Quilery\nQuillary');
  await settings.getByRole('button', { name: 'Cancel' }).click();

  // The toast goes after ten seconds; the column stays restorable from the history.
  await page.clock.install();
  await page.getByRole('button', { name: 'Remove column Mentions' }).click();
  await expect(page.getByText('Removed “Mentions”.')).toBeVisible();
  await page.clock.runFor(10_500);
  await expect(page.getByText('Removed “Mentions”.')).toBeHidden();
  const add = page.getByRole('region', { name: 'Add a column' });
  await add.getByText('Recently removed (1)').click();
  await add.getByRole('button', { name: 'Restore Mentions' }).click();
  await expect.poll(titles).toEqual(['Mentions', 'Brand search']);
});

test('a new column on the Personal deck reads as the personal account', async ({ page }) => {
  harness = await launchHarness();
  await openDeckWithPosts(page, harness, 'Mentions');
  const add = page.getByRole('region', { name: 'Add a column' });
  const account = add.getByLabel('Account', { exact: true });
  await expect(account.locator('option:checked')).toHaveText(/@quillory/);
  await page.getByRole('tab', { name: 'Personal' }).click();
  await expect(account.locator('option:checked')).toHaveText(/@maren_aldous/);
});

/**
 * A customer's question at the top of Mentions: the seeded world depends on the wall time the
 * harness starts at, so a test that needs a particular post on screen brings it itself.
 */
async function questionOnTop(page: Page, mentions: Locator) {
  const sim = await simulatorOf(harness);
  const id = await sim.injectPost({
    authorUsername: 'megan_reads',
    text: '@quillory do you ship to Paris? Asking for the Marlow',
  });
  await advanceClock(page, harness, 2 * 60_000 + 1_000);
  const card = postCard(mentions, id);
  await expect(card).toBeVisible();
  return card;
}

test('a repost made here is marked and counted at once', async ({ page }) => {
  harness = await launchHarness();
  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  const card = await questionOnTop(page, mentions);
  const repost = card.getByRole('button', { name: /^Repost the post by/ });
  await expect(repost).toHaveAttribute('aria-pressed', 'false');
  // A new post has nothing to count yet: no counts are shown at all.
  const counts = card.getByRole('list', { name: 'Counts' });
  await expect(counts).toHaveCount(0);
  await repost.click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Repost as/ })
    .click();
  await expect(repost).toHaveAttribute('aria-pressed', 'true');
  await expect(counts).toContainText(/1\s*repost/);
});

test('a focus session that ends while a reply is half typed leaves the reply open, kept', async ({
  page,
}) => {
  harness = await launchHarness();
  const mentions = await openDeckWithPosts(page, harness, 'Mentions');
  const card = await questionOnTop(page, mentions);
  await page.getByRole('button', { name: 'Time', exact: true }).click();
  const timeSettings = page.getByRole('form', { name: 'Time box settings' });
  await timeSettings.getByLabel('Mode').selectOption('sessions-only');
  await timeSettings.getByRole('button', { name: 'Save time settings' }).click();
  await page.getByRole('button', { name: 'Close' }).click();
  const closed = page.getByRole('region', { name: 'This deck opens during a focus session' });
  await closed.getByRole('button', { name: 'Start a focus session' }).click();
  const start = page.getByRole('dialog', { name: 'Start a focus session' });
  await start.getByLabel('What is it for?').fill('answer support');
  await start.getByLabel('Minutes').fill('5');
  await start.getByRole('button', { name: 'Start session' }).click();

  await card.getByRole('button', { name: 'Reply to @megan_reads', exact: true }).click();
  const composer = page.getByRole('dialog', { name: 'Reply' });
  await composer.getByLabel('Reply text').fill('Yes we do, to all of Fr');

  await harness.control('clock/advance', { ms: 5 * 60_000 + 1_000 });
  const summary = page.getByRole('dialog', { name: 'Focus session over: answer support' });
  await expect(summary).toBeVisible();
  await summary.getByRole('button', { name: 'Close' }).click();
  await expect(closed).toBeVisible();
  // The reply is still open with its text, and cannot go out while the deck is locked.
  await expect(composer).toBeVisible();
  await expect(composer.getByLabel('Reply text')).toHaveValue('Yes we do, to all of Fr');
  await expect(composer.getByRole('status')).toContainText('your text is kept');
  await expect(composer.getByRole('button', { name: /^Reply as/ })).toBeDisabled();
});

test('an empty day budget means no limit, and the form says so beside the field', async ({
  page,
}) => {
  harness = await launchHarness();
  await openDeckWithPosts(page, harness, 'Mentions');
  await page.getByRole('button', { name: 'Time', exact: true }).click();
  const settings = page.getByRole('form', { name: 'Time box settings' });
  await expect(settings.getByText('Leave a day empty for no limit')).toBeVisible();
  const saturday = settings.getByLabel('Saturday budget in minutes');
  await saturday.fill('');
  const sunday = settings.getByLabel('Sunday budget in minutes');
  await sunday.fill('half an hour');
  await settings.getByRole('button', { name: 'Save time settings' }).click();
  await expect(sunday).toHaveAttribute('aria-invalid', 'true');
  await expect(sunday).toHaveAccessibleDescription(/Whole minutes/);
  await expect(saturday).toHaveAttribute('aria-invalid', 'false');
  await expect(page.locator('.messages .message')).toHaveCount(0);
  await sunday.fill('45');
  await settings.getByRole('button', { name: 'Save time settings' }).click();
  await expect(settings.getByText('Saved.')).toBeVisible();
  const view = await page.evaluate(() => window.timedeck.timebox.getSettings());
  expect(view.ok && view.value.desired.weekdayBudgets).toMatchObject({ sat: 1440, sun: 45 });
  await expect(saturday).toHaveValue('');
});
