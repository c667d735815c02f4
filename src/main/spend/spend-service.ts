import fs from 'node:fs';
import { z } from 'zod';
import type { SpendStore } from '../library/spend';
import type { SpendView } from '../../shared/columns/content';
import type { EventHub } from '../ipc/events';
import type { Handlers } from '../ipc/router';
import type { Clock } from '../../shared/time/clock';
import type { Logger } from '../platform/logger';
import { createJsonFile } from '../store/json-file';
import type { PersistedState } from '../store/schema';
import type { StateStore } from '../store/state-store';
import { utcDay, type CostLedger } from '../x/costs';
import type { CostTracker } from '../x/trackers';

const Counts = z.record(z.string(), z.unknown());
/** The cost ledger on disk: its billed-id sets as arrays. */
const LedgerFileSchema = z.object({
  days: z.record(z.string(), z.record(z.string(), Counts)),
  billed: z.record(z.string(), z.record(z.string(), z.array(z.string()))),
});

export const ledgerFromJson = (j: z.infer<typeof LedgerFileSchema>): CostLedger => ({
  days: j.days as unknown as CostLedger['days'],
  billed: Object.fromEntries(
    Object.entries(j.billed).map(([a, days]) => [
      a,
      Object.fromEntries(Object.entries(days).map(([d, ids]) => [d, new Set(ids)])),
    ]),
  ),
});

/**
 * spend.json (the cost ledger before the library) moves into the library once, then is renamed
 * `spend.json.imported`. A damaged file is renamed the same way, unimported: spend is a count,
 * and the day's first reads start it again.
 */
export function importSpendJson(file: string, spend: SpendStore, clock: Clock, log: Logger) {
  if (!fs.existsSync(file)) return;
  const loaded = createJsonFile({ file, schema: LedgerFileSchema, clock, log }).load();
  if (loaded) spend.saveLedger(ledgerFromJson(loaded));
  fs.renameSync(file, `${file}.imported`);
}

/**
 * API spend, visible: what the accounts read today and this month, at the price table, against
 * the user's monthly cap. At the cap, the poller stops (see gate in services.ts).
 */
export function createSpendService(deps: {
  costs: CostTracker;
  store: StateStore<PersistedState>;
  clock: Clock;
  events: EventHub;
  accountIds(): string[];
  persist(ledger: CostLedger): void;
}) {
  const view = (): SpendView => {
    const now = deps.clock.now();
    const day = utcDay(now);
    const cap = deps.store.get('spendCapDollars');
    const month = deps.costs.monthToDateDollars(now);
    return {
      day,
      accounts: deps.accountIds().map((accountId) => {
        const d = deps.costs.daySpend(accountId, day);
        return { accountId, postsRead: d.postsRead, usersRead: d.usersRead, dollars: d.dollars };
      }),
      monthToDateDollars: month,
      monthlyCapDollars: cap,
      capReached: cap !== null && month >= cap,
    };
  };
  deps.costs.onChange(() => {
    deps.persist(deps.costs.ledger());
    deps.events.emit('spend.changed', view());
  });

  const handlers: Handlers['spend'] = {
    get: () => view(),
    setMonthlyCap: ({ dollars }) => {
      deps.store.set('spendCapDollars', dollars);
      const v = view();
      deps.events.emit('spend.changed', v);
      return v;
    },
  };
  return { handlers, view, capReached: () => view().capReached };
}
