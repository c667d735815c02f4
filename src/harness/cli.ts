import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LibraryOpenError } from '../main/library/open-library';
import { consoleLogger } from '../main/platform/logger';
import { installFatalErrorPolicy } from '../main/platform/fatal-errors';
import { startHarness } from './host';

/**
 * npm run harness -- [--port N] [--data-dir DIR] [--fake-clock [--clock-start ISO|ms]] [--no-build]
 *   [--first-run-done]
 * Prints one line, "Timedeck harness at <url>", once the app can be opened at that URL.
 */
const root = path.resolve(import.meta.dirname, '../..');
const rendererDir = path.join(root, 'out/renderer');

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'data-dir': { type: 'string' },
    'fake-clock': { type: 'boolean', default: false },
    'clock-start': { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'first-run-done': { type: 'boolean', default: false },
  },
  strict: true,
});

const newestMtime = (entry: string): number => {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
};

function buildIfStale() {
  const built = newestMtime(path.join(rendererDir, 'index.html'));
  const sources = Math.max(
    ...['src/renderer', 'src/shared', 'electron.vite.config.ts', 'package.json'].map((p) =>
      newestMtime(path.join(root, p)),
    ),
  );
  if (built > sources) return;
  console.error('Building the renderer (electron-vite build)...');
  const result = spawnSync('npx', ['electron-vite', 'build'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) {
    console.error('The build failed; see above.');
    process.exit(1);
  }
}

/** An ISO date-time or milliseconds since the epoch. */
function parseClockStart(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  if (!Number.isSafeInteger(ms)) {
    console.error(`--clock-start must be an ISO date-time or milliseconds, not "${text}"`);
    process.exit(2);
  }
  return ms;
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}"`);
  process.exit(2);
}
const clockStart = parseClockStart(values['clock-start']);
if (clockStart !== undefined && !values['fake-clock']) {
  console.error('--clock-start sets the fake clock; add --fake-clock');
  process.exit(2);
}
if (!values['no-build']) buildIfStale();

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
};
const harness = await startHarness({
  port,
  dataDir: values['data-dir'],
  fakeClock: values['fake-clock'],
  clockStart,
  firstRunDone: values['first-run-done'],
  rendererDir,
  version: pkg.version,
}).catch((e: unknown) => {
  // A data folder another harness holds, or a library from a newer Timedeck: refused, untouched.
  if (e instanceof LibraryOpenError) {
    console.error(e.message);
    process.exit(3);
  }
  throw e;
});
// As in the Electron host: an error nothing caught is logged and locks the time box.
installFatalErrorPolicy(process, {
  log: consoleLogger('harness'),
  failClosed: (reason) => harness.services.failClosed(reason),
});
console.log(`Timedeck harness at ${harness.url}`);

const stop = () => {
  void harness.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
