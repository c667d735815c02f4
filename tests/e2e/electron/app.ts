import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../../../scripts/electron-binary';
import type { TestHooks } from '../../../src/main/electron/test-hooks';

/** The Electron host, launched from the built out/ with its binary, where one exists. */
export const root = path.resolve(import.meta.dirname, '../../..');
export const binary = findElectronBinary();
export const mainScript = path.join(root, 'out/main/index.js');

/** Every spec of this project calls this first: the project's one skip line comes from the config. */
export function skipWithoutElectron(): void {
  test.skip('reason' in binary, 'reason' in binary ? binary.reason : '');
}

export const electronPath = () => (binary as { path: string }).path;
export const newUserData = () => fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-electron-'));

/** What the app's process needs: its data folder, and the test seams (TIMEDECK_E2E, dev builds only). */
export const appEnv = (userData: string): Record<string, string> => ({
  ...(process.env as Record<string, string>),
  TIMEDECK_USER_DATA: userData,
  TIMEDECK_E2E: '1',
});

export interface LaunchedApp {
  app: ElectronApplication;
  page: Page;
}

export async function launchApp(userData: string): Promise<LaunchedApp> {
  const app = await electron.launch({
    executablePath: electronPath(),
    args: [mainScript],
    env: appEnv(userData),
  });
  const page = await app.firstWindow();
  await page.waitForFunction(() => typeof window.timedeck === 'object');
  return { app, page };
}

/** Reads the app's test seams (src/main/electron/test-hooks.ts) in its main process. */
export const openedExternally = (app: ElectronApplication) =>
  app.evaluate(() => [...(globalThis as { __timedeckTest?: TestHooks }).__timedeckTest!.opened]);
