import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { FakeClock, systemClock, type Clock } from '../shared/time/clock';
import { consoleLogger, type Logger } from '../main/platform/logger';
import { createSettablePresence, presentState } from '../main/platform/presence';
import { createServices } from '../main/services';
import type { StorageStrength } from '../shared/accounts/schema';
import { openBetterSqlite } from '../main/library/better-sqlite3-driver';
import { openNodeStore } from './node-store';
import { createNodeVault } from './node-vault';
import { startHarnessServer } from './server';
import { createTestControls } from './test-controls';

export interface HarnessOptions {
  port?: number;
  dataDir?: string;
  fakeClock?: boolean;
  /**
   * Where the fake clock starts (ms since the epoch); the real time when left out. Tests pass a
   * fixed instant so that the simulator's world, which posts by its clock, is the same every run.
   */
  clockStart?: number;
  /** The built renderer (electron-vite's out/renderer). */
  rendererDir: string;
  log?: Logger;
  version?: string;
  /** Start as if the first-run sheet had been answered (tests of everything else). */
  firstRunDone?: boolean;
}

const root = path.resolve(import.meta.dirname, '../..');

async function bundleBridgeClient(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, 'src/harness/browser/bridge-client.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * The browser harness: the same main-process services as the Electron host, with Node adapters,
 * served to any browser over the same contract. Tests, demos and `npm start` without Electron.
 */
export async function startHarness(options: HarnessOptions) {
  const log = options.log ?? consoleLogger('harness');
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-harness-'));
  fs.mkdirSync(dataDir, { recursive: true });
  const fakeClock = options.fakeClock ? new FakeClock(options.clockStart ?? Date.now()) : null;
  const clock: Clock = fakeClock ?? systemClock;
  const presence = createSettablePresence(presentState);
  const openedLinks: string[] = [];
  const notifications: Array<{ title: string; body: string }> = [];
  const token = randomBytes(18).toString('base64url');
  const opened = openNodeStore(dataDir, clock.now);
  if (options.firstRunDone) opened.store.set('firstRunDone', true);
  let vaultStrength: StorageStrength = 'secure';

  const services = await createServices({
    platform: {
      host: 'harness',
      version: options.version ?? '0.0.0',
      clock,
      log,
      newId: () => randomUUID(),
      openExternal: async (url) => {
        openedLinks.push(url);
        log.info(`would open in the system browser: ${url}`);
      },
      notify: (n) => notifications.push(n),
      dataDir,
    },
    store: opened.store,
    vault: createNodeVault(dataDir, () => vaultStrength),
    random: randomBytes,
    startupNotices: opened.notices,
    onLaterStoreNotice: opened.onLaterNotice,
    presence,
    openDriver: openBetterSqlite,
    // The demo simulator's /__sim/ controls serve the tests, which run with --fake-clock.
    simulatorControls: fakeClock !== null,
    // The WebSocket upgrade has checked Host and Origin; here the page must be under the token.
    isTrustedSender: (url) =>
      url.protocol === 'http:' &&
      (url.hostname === '127.0.0.1' || url.hostname === 'localhost') &&
      url.pathname.startsWith(`/${token}/`),
  });

  const server = await startHarnessServer({
    services,
    rendererDir: options.rendererDir,
    bridgeScript: await bundleBridgeClient(),
    port: options.port ?? 0,
    token,
    onSocketError: (e) => log.warn(`a page's socket failed: ${e.message}`),
    // With --fake-clock the tests set presence through the controls; otherwise the page does.
    ...(fakeClock
      ? {}
      : { onPagePresence: (p: { focused: boolean; visible: boolean }) => presence.set(p) }),
    controls: fakeClock
      ? createTestControls({
          clock: fakeClock,
          presence,
          openedLinks,
          notifications,
          setVaultStrength: (s) => (vaultStrength = s),
          simulator: services.simulator,
          whenXIdle: services.whenXIdle,
        })
      : undefined,
  });

  return {
    ...server,
    dataDir,
    services,
    clock,
    presence,
    openedLinks,
    async close() {
      await server.close();
      await services.close();
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;
