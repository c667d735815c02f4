import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp, newUserData, root, skipWithoutElectron } from './app';

/**
 * The local library's SQLite database opens in Electron's own Node (a native module built for
 * Node would not load there: this is the test that the Electron build of it is the one used).
 */
skipWithoutElectron();
const libraryDir = path.join(root, 'src/main/library');
test.skip(!fs.existsSync(libraryDir), 'the local library (src/main/library) is not in this build');

test('the database is created in the data folder when the app starts', async () => {
  const userData = newUserData();
  const { app, page } = await launchApp(userData);
  try {
    // Main opens its services, the library among them, before it creates the window.
    await expect(page.getByRole('tablist')).toBeVisible();
    const db = path.join(userData, 'timedeck.db');
    expect(fs.existsSync(db)).toBe(true);
    const header = Buffer.alloc(16);
    const fd = fs.openSync(db, 'r');
    fs.readSync(fd, header, 0, 16, 0);
    fs.closeSync(fd);
    expect(header.toString('latin1')).toBe('SQLite format 3\u0000');
  } finally {
    await app.close();
  }
});
