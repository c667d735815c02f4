import { measureArchive } from './archive';
import { measureBundleSize } from './bundle-size';
import { measureLedgerDay } from './ledger-day';
import { measureLedgerKill } from './ledger-kill';
import { measureMerge } from './merge';
import { measurePollingDays } from './polling-day';
import type { Metric } from './results';
import { measureScroll } from './scroll';

export interface Measured {
  values: Partial<Record<Metric, number>>;
  details: unknown;
}

/**
 * Every step, in the order they run: a name for --only, whether it needs the app built, and
 * what it measures. A new bench file adds one line here and its keys to results.ts's METRICS.
 */
export const STEPS: ReadonlyArray<{
  name: string;
  needsBuild?: boolean;
  run: () => Measured | Promise<Measured>;
}> = [
  { name: 'bundle', needsBuild: true, run: () => measureBundleSize() },
  { name: 'merge', run: () => measureMerge({ warmup: 3, runs: 9 }) },
  { name: 'ledger', run: () => measureLedgerDay() },
  { name: 'kill', run: () => measureLedgerKill() },
  { name: 'archive', run: () => measureArchive() },
  { name: 'polling', run: () => measurePollingDays() },
  { name: 'scroll', needsBuild: true, run: () => measureScroll() },
];
