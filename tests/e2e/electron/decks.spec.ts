import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { findElectronBinary } from '../../../scripts/electron-binary';
import { buildLaunchDeck, expectLaunchDeck } from '../support/deck-scenario';

/** The same deck test against the real Electron host, where its binary exists. */
const binary = findElectronBinary();
test.skip('reason' in binary, 'reason' in binary ? binary.reason : '');

const root = path.resolve(import.meta.dirname, '../../..');
const launch = (userData: string): Promise<ElectronApplication> =>
  electron.launch({
    executablePath: (binary as { path: string }).path,
    args: [path.join(root, 'out/main/index.js')],
    env: { ...process.env, TIMEDECK_USER_DATA: userData },
  });

test('decks and columns survive a restart of the Electron app', async () => {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-electron-'));
  let app = await launch(userData);
  let page = await app.firstWindow();
  // Sandboxed, isolated, no Node: the page has the bridge and nothing else.
  expect(
    await page.evaluate(() => [
      typeof window.timedeck,
      typeof (globalThis as { process?: unknown }).process,
    ]),
  ).toEqual(['object', 'undefined']);
  const expected = await buildLaunchDeck(page);
  await app.close();

  app = await launch(userData);
  page = await app.firstWindow();
  await expectLaunchDeck(page, expected);
  expect(
    await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
  ).toBe('undefined');
  await app.close();
});
