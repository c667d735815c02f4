import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openDeckWithPosts } from './support/columns';
import { launchHarness, type HarnessProcess } from './support/harness';

/**
 * The README's pictures: the demo deck at 1440 px, light and dark, written to docs/. Run with
 * `npm run screenshots`; skipped in the ordinary test run (it checks nothing a user would see
 * that the other specs do not).
 */
test.skip(!process.env.TIMEDECK_SCREENSHOTS, 'set TIMEDECK_SCREENSHOTS=1 to write docs/*.png');

let harness: HarnessProcess;
test.afterEach(async () => harness?.stop());

const docs = path.resolve(import.meta.dirname, '../../docs');

for (const theme of ['light', 'dark'] as const) {
  test(`the demo deck at 1440 px, ${theme}`, async ({ browser }) => {
    harness = await launchHarness();
    // Half scale: a picture for the README, small enough to keep in the repository.
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      deviceScaleFactor: 0.5,
      colorScheme: theme,
    });
    const page = await context.newPage();
    await openDeckWithPosts(page, harness, 'Mentions');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.screenshot({ path: path.join(docs, `deck-${theme}.png`) });
    await context.close();
  });
}
