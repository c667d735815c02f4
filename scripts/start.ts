import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { findElectronBinary } from './electron-binary';

/**
 * npm start: the Electron app where Electron's binary can be had; elsewhere (no network to
 * download it) the same app, in demo mode, served by the harness for any browser.
 */
const root = path.resolve(import.meta.dirname, '..');
const found = findElectronBinary();
const run = (cmd: string, args: string[]) =>
  spawn(cmd, args, { cwd: root, stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));

if ('path' in found) {
  run('npx', ['electron-vite', 'preview']);
} else {
  const dataDir = path.join(
    process.env.XDG_DATA_HOME ?? path.join(os.homedir(), '.local/share'),
    'timedeck-harness',
  );
  console.log(
    `Electron cannot start here (${found.reason}); serving Timedeck in demo mode for your browser instead.`,
  );
  run(process.execPath, [
    '--import',
    'tsx',
    'src/harness/cli.ts',
    '--data-dir',
    dataDir,
    ...process.argv.slice(2),
  ]);
}
