import { createSettablePresence, presentState } from '../src/main/platform/presence';
import { systemClock } from '../src/shared/time/clock';
import { benchTimebox } from './ledger-day';

/**
 * The process that ledger-kill.ts kills: the real time box service on the real clock, the user
 * present all along, writing its ledger where it is told. It says when it started counting and
 * then counts until it is killed.
 */
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: ledger-kill-child.ts <data dir>');
const { timebox } = benchTimebox({
  clock: systemClock,
  presence: createSettablePresence(presentState),
  dataDir,
  idleThresholdSeconds: 300,
});
timebox.start();
process.stdout.write(`started ${Date.now()}\n`);
setInterval(() => {}, 60_000);
