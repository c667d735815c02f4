import fs from 'node:fs';
import path from 'node:path';

const electronDir = path.resolve(import.meta.dirname, '../node_modules/electron');

/**
 * Where Electron's own binary is, without importing 'electron' (which would try to download it
 * and throw where there is no network). Returns the reason when there is none.
 */
export function findElectronBinary(): { path: string } | { reason: string } {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = path.join(electronDir, 'path.txt');
  if (!override && !fs.existsSync(pathFile)) {
    return {
      reason:
        "Electron's binary has not been downloaded (node_modules/electron/path.txt is missing)",
    };
  }
  const name = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : 'electron';
  const binary = override ? path.join(override, name) : path.join(electronDir, 'dist', name);
  return fs.existsSync(binary)
    ? { path: binary }
    : { reason: `Electron's binary is missing at ${binary}` };
}
