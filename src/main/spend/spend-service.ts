import fs from 'node:fs';
import { z } from 'zod';
import type { SpendStore } from '../library/spend';
import type { SpendView } from '../../shared/columns/content';
import type { EventHub } from '../ipc/events';
import type { Handlers } from '../ipc/router';
import type { Clock } from '../../shared/time/clock';
import type { Logger } from '../platform/logger';
import { alertMessage, dueAlert } from '../../shared/spend/alerts';
import { forecastMonth, sevenDayAverage } from '../../shared/spend/forecast';
import type { NewNotice } from '../app/app-service';
import { createJsonFile } from '../store/json-file';
import { addColumnReads, columnDailySpend, columnReadsOn, type ColumnReads } from './column-reads';
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
 * API spend, visible: what the accounts read today and this month, where the month is heading
 * (a forecast from the last 7 days), each column's share, against the user's monthly cap. At the
 * cap the poller stops (see gate in services.ts); at 50, 80 and 100 % of it the user is told,
 * once each a month, on the desktop and in a banner.
 */
export function createSpendService(deps: {
  costs: CostTracker;
  store: StateStore<PersistedState>;
  clock: Clock;
  events: EventHub;
  accountIds(): string[];
  persist(ledger: CostLedger): void;
  /** Every column, with the price one post it reads costs (owned reads are cheaper). */
  columns(): Array<{ id: string; pricePerRead: number }>;
  /** The last week's reads per column and day, as the library keeps them (it stores new ones). */
  recentColumnReads: ColumnReads;
  notify(n: { title: string; body: string }): void;
  banner(n: NewNotice): void;
}) {
  let columnReads = deps.recentColumnReads;

  const view = (): SpendView => {
    const now = deps.clock.now();
    const day = utcDay(now);
    const cap = deps.store.get('spendCapDollars');
    const month = deps.costs.monthToDateDollars(now);
    const all = deps.costs.allDays();
    return {
      day,
      accounts: deps.accountIds().map((accountId) => {
        const d = deps.costs.daySpend(accountId, day);
        return {
          accountId,
          postsRead: d.postsRead,
          usersRead: d.usersRead,
          dollars: d.dollars,
          month: forecastMonth(
            all.filter((r) => r.accountId === accountId),
            day,
          ),
        };
      }),
      app: forecastMonth(all, day),
      columns: deps.columns().map(({ id, pricePerRead }) => {
        const records = columnDailySpend(columnReads, id, pricePerRead);
        return {
          columnId: id,
          pricePerRead,
          todayDollars: columnReadsOn(columnReads, day, id) * pricePerRead,
          averageDollars: sevenDayAverage(records, day),
        };
      }),
      monthToDateDollars: month,
      monthlyCapDollars: cap,
      capReached: cap !== null && month >= cap,
    };
  };

  /** Gives the alert the month's spend has newly earned, if any, and remembers it. */
  function checkAlerts(v: SpendView) {
    const sent = deps.store.get('spendAlerts');
    const decision = dueAlert(v.monthToDateDollars, v.monthlyCapDollars, v.day.slice(0, 7), sent);
    // Remembered before it is given: a crash in between loses an alert rather than repeating it.
    if (decision.next !== sent) deps.store.set('spendAlerts', decision.next);
    if (decision.fire === null || v.monthlyCapDollars === null) return;
    const message = alertMessage(decision.fire, v.monthToDateDollars, v.monthlyCapDollars);
    deps.notify({ title: 'Timedeck: API spend', body: message });
    deps.banner({ level: decision.fire >= 100 ? 'error' : 'warning', message });
  }

  const changed = () => {
    const v = view();
    checkAlerts(v);
    deps.events.emit('spend.changed', v);
    return v;
  };

  deps.costs.onChange(() => {
    deps.persist(deps.costs.ledger());
    changed();
  });

  const handlers: Omit<Handlers['spend'], 'volume'> = {
    get: () => view(),
    setMonthlyCap: ({ dollars }) => {
      deps.store.set('spendCapDollars', dollars);
      return changed();
    },
  };
  return {
    handlers,
    view,
    capReached: () => view().capReached,
    /** Posts a column's request returned (the poller's onReads). */
    recordColumnReads(columnIds: readonly string[], count: number) {
      columnReads = addColumnReads(columnReads, utcDay(deps.clock.now()), columnIds, count);
      // No event of its own: the column's status carries today's reads as they happen, and the
      // next change of spend brings the averages.
    },
    /** At start: an alert earned while Timedeck was closed (a lowered cap) is given now. */
    start: () => checkAlerts(view()),
  };
}
