import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { TestHooks } from '../../../src/main/electron/test-hooks';
import {
  appEnv,
  electronPath,
  launchApp,
  mainScript,
  newUserData,
  skipWithoutElectron,
} from './app';

/** What only the Electron host does: its process, its window, the OS's power events, its files. */
skipWithoutElectron();

test('a second start hands over to the running app and quits', async () => {
  const userData = newUserData();
  const { app } = await launchApp(userData);
  try {
    await app.evaluate(({ app: electronApp }) => {
      const g = globalThis as { __secondInstances?: number };
      g.__secondInstances = 0;
      electronApp.on('second-instance', () => (g.__secondInstances! += 1));
    });
    // The second start, as a user's double click makes it: same data folder, its own process.
    const second = spawn(electronPath(), [mainScript], { env: appEnv(userData), stdio: 'ignore' });
    const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(exitCode).toBe(0);
    await expect
      .poll(() =>
        app.evaluate(() => (globalThis as { __secondInstances?: number }).__secondInstances),
      )
      .toBe(1);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  } finally {
    await app.close();
  }
});

test('the window opens where and as large as it was left', async () => {
  const userData = newUserData();
  let { app } = await launchApp(userData);
  const wanted = { x: 60, y: 50, width: 1010, height: 690 };
  await app.evaluate(({ BrowserWindow }, bounds) => {
    const win = BrowserWindow.getAllWindows()[0]!;
    win.unmaximize();
    win.setBounds(bounds);
  }, wanted);
  await app.close();
  // What the app wrote as it closed (a window manager may have nudged the position).
  const saved = (
    JSON.parse(fs.readFileSync(path.join(userData, 'timedeck.json'), 'utf8')) as {
      window: { x: number; y: number; width: number; height: number; maximized: boolean };
    }
  ).window;
  expect(saved).toMatchObject({ width: wanted.width, height: wanted.height, maximized: false });

  ({ app } = await launchApp(userData));
  try {
    const reopened = await app.evaluate(({ BrowserWindow }) => {
      const win = BrowserWindow.getAllWindows()[0]!;
      return { ...win.getNormalBounds(), maximized: win.isMaximized() };
    });
    expect(reopened).toEqual(saved);
  } finally {
    await app.close();
  }
});

test("the time box's presence follows the system's suspend and resume", async () => {
  const { app } = await launchApp(newUserData());
  try {
    const suspended = () =>
      app.evaluate(
        () =>
          (globalThis as { __timedeckTest?: TestHooks }).__timedeckTest!.presence!.get().suspended,
      );
    expect(await suspended()).toBe(false);
    // What the OS sends when the lid closes, and when it opens again.
    await app.evaluate(({ powerMonitor }) => void powerMonitor.emit('suspend'));
    expect(await suspended()).toBe(true);
    await app.evaluate(({ powerMonitor }) => void powerMonitor.emit('resume'));
    expect(await suspended()).toBe(false);
    await app.evaluate(({ powerMonitor }) => void powerMonitor.emit('lock-screen'));
    expect(
      await app.evaluate(
        () =>
          (globalThis as { __timedeckTest?: TestHooks }).__timedeckTest!.presence!.get()
            .screenLocked,
      ),
    ).toBe(true);
  } finally {
    await app.close();
  }
});

test('a damaged settings file is set aside and the last good copy restored, with a notice', async () => {
  const userData = newUserData();
  let { app, page } = await launchApp(userData);
  await page.getByRole('button', { name: 'New deck' }).click();
  await page.getByLabel('New deck name').fill('Kept');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Kept' })).toHaveAttribute('aria-selected', 'true');
  await app.close();

  const file = path.join(userData, 'timedeck.json');
  fs.writeFileSync(file, '{ "decks": { "decks": [ truncated by a crash');

  ({ app, page } = await launchApp(userData));
  try {
    await expect(
      page.getByText(/timedeck\.json was damaged .* restored from its last good copy/),
    ).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Kept' })).toBeVisible();
    const aside = fs.readdirSync(userData).filter((f) => f.startsWith('timedeck.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(userData, aside[0]!), 'utf8')).toContain(
      'truncated by a crash',
    );
  } finally {
    await app.close();
  }
});
