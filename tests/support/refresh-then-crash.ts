/**
 * A child process for the crash test: it opens the same data dir as the app would, lets the
 * session refresh (the token is about to expire), and kills itself with SIGKILL the moment the
 * refresh has returned — no clean shutdown, no flush.
 */
import { randomBytes } from 'node:crypto';
import { createAccountsService } from '../../src/main/accounts/accounts-service';
import { createEventHub } from '../../src/main/ipc/events';
import { systemClock } from '../../src/shared/time/clock';
import { silentLogger } from '../../src/main/platform/logger';
import { openNodeStore } from '../../src/harness/node-store';
import { createNodeVault } from '../../src/harness/node-vault';

const [dataDir, accountId] = process.argv.slice(2) as [string, string];
const { store } = openNodeStore(dataDir, Date.now);
const service = createAccountsService({
  store,
  vault: createNodeVault(dataDir),
  events: createEventHub(),
  clock: systemClock,
  random: randomBytes,
  log: silentLogger,
  openExternal: async () => {},
  fetchProfile: () => Promise.reject(new Error('not needed')),
  demo: null,
});
await service.sessions.getAccessToken(accountId);
process.stdout.write('refreshed\n', () => process.kill(process.pid, 'SIGKILL'));
