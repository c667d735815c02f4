import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TimeboxService } from '../../../../src/main/timebox/timebox-service';
import { lastGoodPath } from '../../../../src/main/store/open-store';
import { lastGoodLedgerPath } from '../../../../src/main/timebox/ledger-store';
import { bootTimebox } from '../../../support/timebox-rig';

/**
 * A user (or a cleaning tool) deletes the time ledger and both its copies, and the usage mirror
 * Timedeck keeps in its settings file, while the time box runs; then the app restarts on the
 * same folder. Today's use must not come back as zero, and a locked deck must stay locked.
 */

const MINUTE = 60_000;
let running: TimeboxService[] = [];
afterEach(() => {
  running.forEach((s) => s.stop());
  running = [];
});

function boot(options: { dataDir?: string; now?: number } = {}) {
  const t = bootTimebox(options);
  running.push(t.service);
  return t;
}

/** A 5-minute day (stricter, so at once): a day is spent in few ticks of the fake clock. */
function fiveMinuteDays(t: ReturnType<typeof boot>) {
  const { desired } = t.service.handlers.getSettings(undefined) as {
    desired: Record<string, unknown>;
  };
  const weekdayBudgets = { mon: 5, tue: 5, wed: 5, thu: 5, fri: 5, sat: 5, sun: 5 };
  t.service.handlers.setSettings({ ...desired, weekdayBudgets } as never);
  expect(t.service.view().status.total.budgetSeconds).toBe(5 * 60);
}

/** Stops the service as a quit does (it saves on the way out). */
function quit(t: ReturnType<typeof boot>) {
  t.service.stop();
  running = running.filter((s) => s !== t.service);
}

/**
 * Kills it: nothing more runs (its timers live on its own fake clock, which nobody moves again),
 * and nothing is saved on the way out.
 */
function kill(t: ReturnType<typeof boot>) {
  running = running.filter((s) => s !== t.service);
}

/**
 * Deletes both ledger files, and empties the mirror of today's usage in the store file and its
 * copy (to the null a store that never had one holds: the file stays valid, so this is the
 * record gone, not the store file damaged).
 */
function deleteTheRecords(dataDir: string) {
  const ledger = path.join(dataDir, 'time-ledger.json');
  for (const file of [ledger, lastGoodLedgerPath(ledger)]) fs.rmSync(file, { force: true });
  const storeFile = path.join(dataDir, 'timedeck.json');
  for (const file of [storeFile, lastGoodPath(storeFile)]) {
    if (!fs.existsSync(file)) continue;
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(file.endsWith('.last-good') || 'timeboxUsage' in json).toBe(true);
    json.timeboxUsage = null;
    fs.writeFileSync(file, JSON.stringify(json));
  }
  expect(fs.existsSync(ledger)).toBe(false);
}

const usedSeconds = (t: ReturnType<typeof boot>) => t.service.view().status.total.usedSeconds;
const allLocked = (t: ReturnType<typeof boot>) =>
  t.service
    .view()
    .status.decks.map((d) => d.deckId)
    .every((id) => t.service.isLocked(id));

describe('the ledger and its second record deleted while the time box runs', () => {
  it('the running service writes today back, and a restart keeps the 3 minutes used', () => {
    const first = boot();
    first.clock.advance(3 * MINUTE);
    expect(usedSeconds(first)).toBe(3 * 60);
    deleteTheRecords(first.dataDir);

    // It goes on counting, and its next saves put today back on disk.
    first.clock.advance(MINUTE);
    expect(usedSeconds(first)).toBe(4 * 60);
    const at = first.clock.now();
    quit(first);
    expect(fs.existsSync(path.join(first.dataDir, 'time-ledger.json'))).toBe(true);

    const second = boot({ dataDir: first.dataDir, now: at });
    expect(usedSeconds(second)).toBe(4 * 60);
    expect(allLocked(second)).toBe(false);
  });

  it('killed before it could save again: the restart counts today as spent and says why', () => {
    const first = boot();
    first.clock.advance(3 * MINUTE);
    // Saved to disk: the ledger and the mirror both know the 3 minutes.
    const at = first.clock.now();
    deleteTheRecords(first.dataDir);
    kill(first);

    const second = boot({ dataDir: first.dataDir, now: at });
    const total = second.service.view().status.total;
    // Not a fresh day: with no record of today left, the day counts as spent, and locks.
    expect(total.usedSeconds).toBeGreaterThanOrEqual(total.budgetSeconds);
    expect(total.locked).toBe(true);
    expect(allLocked(second)).toBe(true);
    expect(second.notices.some((m) => /no record of today's use survived/.test(m))).toBe(true);

    // Still locked a while later, and the next day opens as any other.
    second.clock.advance(2 * MINUTE);
    expect(allLocked(second)).toBe(true);
    second.clock.setWall(second.service.view().status.nextResetAt + MINUTE);
    second.clock.advance(1000);
    expect(second.service.view().status.total.usedSeconds).toBeLessThan(60);
    expect(allLocked(second)).toBe(false);
  });

  it.each([
    ['quit', quit],
    ['killed', kill],
  ] as const)('a deck locked for the day stays locked over a restart (%s)', (_how, stop) => {
    const first = boot();
    fiveMinuteDays(first);
    first.clock.advance(6 * MINUTE);
    expect(first.service.view().status.total.locked).toBe(true);
    expect(allLocked(first)).toBe(true);
    deleteTheRecords(first.dataDir);
    const at = first.clock.now();
    stop(first);

    const second = boot({ dataDir: first.dataDir, now: at });
    const total = second.service.view().status.total;
    expect(total.locked).toBe(true);
    expect(total.usedSeconds).toBeGreaterThanOrEqual(total.budgetSeconds);
    expect(allLocked(second)).toBe(true);
    second.clock.advance(2 * MINUTE);
    expect(allLocked(second)).toBe(true);
  });
});
