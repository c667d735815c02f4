import fs from 'node:fs';
import { defineConfig } from '@playwright/test';
import { findElectronBinary } from './scripts/electron-binary';

/** Debian's Chromium (Playwright's own browser download cannot work without the internet). */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  return candidates.find((p): p is string => !!p && fs.existsSync(p));
}

// Said once, by the runner (not by every worker): why the Electron project's test is skipped.
const electron = findElectronBinary();
if ('reason' in electron && process.env.TEST_WORKER_INDEX === undefined) {
  console.log(`Electron e2e skipped: ${electron.reason}.`);
}

export default defineConfig({
  testDir: 'tests/e2e',
  // Safety nets, not measures: every step waits on a signal (the fake clock, an element, a
  // request). On a busy 2-core CI machine (load 14) a long spec ran past 60 s while each of its
  // steps was on its way, so the nets sit well above what a working step can take.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'chromium',
      testIgnore: /electron\//,
      use: {
        browserName: 'chromium',
        viewport: { width: 1400, height: 900 },
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    // The Electron host needs its own build of native modules (tests/e2e/electron/native.ts).
    { name: 'electron-native', testMatch: /electron\/native\.setup\.ts/ },
    {
      name: 'electron',
      testMatch: /electron\/.*\.spec\.ts/,
      dependencies: ['electron-native'],
    },
  ],
});
