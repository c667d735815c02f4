import { expect, test } from '@playwright/test';
import { buildLaunchDeck, expectLaunchDeck } from '../support/deck-scenario';
import { launchApp, newUserData, skipWithoutElectron } from './app';

/** The same deck test against the real Electron host, where its binary exists. */
skipWithoutElectron();

test('decks and columns survive a restart of the Electron app', async () => {
  const userData = newUserData();
  let { app, page } = await launchApp(userData);
  // Sandboxed, isolated, no Node: the page has the bridge and nothing else.
  expect(
    await page.evaluate(() => [
      typeof window.timedeck,
      typeof (globalThis as { process?: unknown }).process,
    ]),
  ).toEqual(['object', 'undefined']);
  const expected = await buildLaunchDeck(page);
  await app.close();

  ({ app, page } = await launchApp(userData));
  await expectLaunchDeck(page, expected);
  expect(
    await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
  ).toBe('undefined');
  await app.close();
});
