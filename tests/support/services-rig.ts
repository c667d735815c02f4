import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openNodeStore } from '../../src/harness/node-store';
import { createNodeVault } from '../../src/harness/node-vault';
import { openBetterSqlite } from '../../src/main/library/better-sqlite3-driver';
import { silentLogger } from '../../src/main/platform/logger';
import { createSettablePresence, presentState } from '../../src/main/platform/presence';
import { createServices } from '../../src/main/services';
import { PersistedSchema } from '../../src/main/store/schema';
import { FakeClock } from '../../src/shared/time/clock';
import { MONDAY_MORNING, OWN_PAGE } from './timebox-rig';

/**
 * Every main-process service, wired as the harness wires them (demo mode: the simulator on
 * loopback), over a fresh folder on a fake clock, with the user present. Close it when done.
 */
export async function bootServices() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-services-'));
  const clock = new FakeClock(MONDAY_MORNING);
  const { store } = openNodeStore(dataDir, clock.now);
  store.set('firstRunDone', true);
  const openedLinks: string[] = [];
  const services = await createServices({
    platform: {
      host: 'harness',
      version: '0.0.0',
      clock,
      log: silentLogger,
      newId: () => randomUUID(),
      openExternal: async (url) => void openedLinks.push(url),
      notify: () => {},
      dataDir,
    },
    store,
    vault: createNodeVault(dataDir, () => 'secure'),
    random: randomBytes,
    presence: createSettablePresence(presentState),
    openDriver: openBetterSqlite,
    isTrustedSender: (url) => url.href === OWN_PAGE,
  });
  // Everything main keeps in its store, as one string: what a refused request must not change.
  const keys = Object.keys(PersistedSchema.shape) as Array<keyof typeof PersistedSchema.shape>;
  const state = () => JSON.stringify(keys.map((k) => [k, store.get(k)]));
  return { dataDir, clock, store, services, state, openedLinks };
}
