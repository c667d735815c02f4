import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNodeStore } from '../../../../src/harness/node-store';
import { createEventHub } from '../../../../src/main/ipc/events';
import { createSpendService } from '../../../../src/main/spend/spend-service';
import { createCostTracker } from '../../../../src/main/x/trackers';
import { FakeClock } from '../../../../src/shared/time/clock';
import { DEFAULT_PRICES } from '../../../../src/shared/x/prices';

/** The spend service with a real store file: alerts, forecast, per-column cost. */
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-spend-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const clock = new FakeClock(Date.parse('2026-06-20T10:00:00Z'));

function start() {
  const { store } = openNodeStore(dir, () => clock.now());
  const costs = createCostTracker(() => DEFAULT_PRICES);
  const notified: string[] = [];
  const banners: string[] = [];
  const spend = createSpendService({
    costs,
    store,
    clock,
    events: createEventHub(),
    accountIds: () => ['brand'],
    persist: () => {},
    columns: () => [{ id: 'col', pricePerRead: DEFAULT_PRICES.postRead }],
    recentColumnReads: {},
    notify: (n) => notified.push(n.body),
    banner: (n) => banners.push(n.message),
  });
  spend.start();
  let next = 0;
  const read = (posts: number) =>
    costs.recordRead({
      accountId: 'brand',
      at: clock.now(),
      owned: false,
      resources: Array.from({ length: posts }, () => ({ type: 'post' as const, id: `${next++}` })),
    });
  return { spend, notified, banners, read, store };
}

describe('spend alerts', () => {
  it('tells the user at 80 % of the cap once, on the desktop and in a banner, and not again after a restart', () => {
    const first = start();
    first.spend.handlers.setMonthlyCap({ dollars: 1 });
    first.read(100); // $0.50
    expect(first.notified).toEqual(['API spend is at 50 % of the monthly cap: $0.50 of $1.00.']);
    first.read(60); // $0.80
    first.read(10); // $0.85
    expect(first.notified).toHaveLength(2);
    expect(first.notified[1]).toMatch(/80 %/);
    expect(first.banners).toEqual(first.notified);

    // A restart with the same store: the month's 80 % alert is not repeated.
    const again = start();
    again.spend.handlers.setMonthlyCap({ dollars: 1 });
    again.read(1);
    expect(again.notified).toEqual([]);
    expect(again.store.get('spendAlerts')).toEqual({ month: '2026-06', sent: [50, 80] });
  });

  it('shows the month, its forecast and each column’s cost in the view', () => {
    const s = start();
    s.read(40); // $0.20 today
    s.spend.recordColumnReads(['col'], 40);
    const v = s.spend.view();
    expect(v.app).toMatchObject({ spentThisMonth: 0.2, daysAveraged: 0, daysLeft: 10 });
    expect(v.app.forecastDollars).toBeCloseTo(0.2 * 11);
    expect(v.accounts[0]!.month.spentThisMonth).toBe(0.2);
    expect(v.columns).toEqual([
      { columnId: 'col', pricePerRead: 0.005, todayDollars: 0.2, averageDollars: 0 },
    ]);
  });
});
