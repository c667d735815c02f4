import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEventHub } from '../../../../src/main/ipc/events';
import { FakeClock } from '../../../../src/shared/time/clock';
import { silentLogger } from '../../../../src/main/platform/logger';
import { createSettablePresence, presentState } from '../../../../src/main/platform/presence';
import {
  createTimeboxService,
  type TimeboxService,
} from '../../../../src/main/timebox/timebox-service';
import { openNodeStore } from '../../../../src/harness/node-store';
import { TimeboxSettingsSchema } from '../../../../src/shared/timebox/settings';
import type { TimeboxView, TimeboxWarning } from '../../../../src/shared/timebox/view';

// Monday 2026-11-23, 09:00 in Berlin.
const START = Date.parse('2026-11-23T08:00:00Z');
let services: TimeboxService[] = [];
afterEach(() => {
  services.forEach((s) => s.stop());
  services = [];
});

function boot(
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-timebox-')),
  clock = new FakeClock(START),
) {
  const { store } = openNodeStore(dataDir, clock.now);
  const presence = createSettablePresence(presentState);
  const events = createEventHub();
  const views: TimeboxView[] = [];
  const warnings: TimeboxWarning[] = [];
  const notes: string[] = [];
  let lockChanges = 0;
  events.subscribe((e, p) => {
    if (e === 'timebox.changed') views.push(p as TimeboxView);
    if (e === 'timebox.warning') warnings.push(p as TimeboxWarning);
  });
  const service = createTimeboxService({
    clock,
    log: silentLogger,
    events,
    store,
    presence,
    dataDir,
    systemTimeZone: 'Europe/Berlin',
    newId: () => `id-${Math.random()}`,
    notify: (n) => notes.push(n.body),
    notice: (n) => notes.push(n.message),
    onLocksChanged: () => lockChanges++,
    spendOn: () => ({ postsRead: 0, dollars: 0 }),
  });
  service.start();
  services.push(service);
  const used = () => service.view().status.total.usedSeconds;
  return {
    dataDir,
    clock,
    store,
    presence,
    events,
    service,
    views,
    warnings,
    notes,
    used,
    lockChanges: () => lockChanges,
  };
}

describe('the time box service', { timeout: 120_000 }, () => {
  it('counts while the deck is on screen and the user is active, focused or not', () => {
    const t = boot();
    t.clock.advance(60_000);
    expect(t.used()).toBe(60);
    // Columns on a second screen while the user works elsewhere: that counts.
    t.presence.set({ focused: false });
    t.clock.advance(60_000);
    expect(t.used()).toBe(120);
    t.presence.set({ focused: true, idleSeconds: 120 });
    t.clock.advance(60_000);
    t.presence.set({ idleSeconds: 0, visible: false });
    t.clock.advance(60_000);
    t.presence.set({ visible: true, suspended: true });
    t.clock.advance(60_000);
    t.presence.set({ suspended: false });
    t.clock.advance(30_000);
    expect(t.used()).toBe(150);
  });

  it('with "count only while Timedeck is focused", an unfocused window does not count', async () => {
    const t = boot();
    const view = await t.service.handlers.getSettings(undefined);
    const desired = TimeboxSettingsSchema.parse(view.desired);
    await t.service.handlers.setSettings({ ...desired, countOnlyWhenFocused: true });
    // Counting less is a loosening: it waits for the reset, and says so.
    expect((await t.service.handlers.getSettings(undefined)).pending).toEqual([
      { field: 'countOnlyWhenFocused', from: false, to: true },
    ]);
    t.presence.set({ focused: false });
    t.clock.advance(60_000);
    expect(t.used()).toBe(60);
  });

  it('warns at 5 and 1 minutes, then locks: the gate holds the deck and posting is refused', () => {
    const t = boot();
    t.clock.advance(24 * 60_000 + 59_000);
    expect(t.warnings).toEqual([]);
    t.clock.advance(2_000);
    expect(t.warnings.map((w) => w.level)).toEqual(['5min']);
    t.clock.advance(4 * 60_000);
    expect(t.warnings.map((w) => w.level)).toEqual(['5min', '1min']);
    expect(t.notes).toHaveLength(2);
    expect(t.service.gate('brand')).toBeNull();
    t.clock.advance(61_000);
    expect(t.service.view().status.total.locked).toBe(true);
    expect(t.service.gate('brand')).toMatchObject({
      state: 'locked',
      message: expect.stringMatching(/^Locked until Tue 04:00/) as string,
    });
    expect(t.service.postRefusal()).toMatch(/Nothing is posted while the deck is locked/);
    expect(t.lockChanges()).toBeGreaterThanOrEqual(2);
    // Locked time does not count.
    const used = t.used();
    t.clock.advance(10 * 60_000);
    expect(t.used()).toBe(used);
  });

  it('opens again at the next reset (04:00 in the home zone)', () => {
    const t = boot();
    t.clock.advance(31 * 60_000);
    expect(t.service.gate('brand')).not.toBeNull();
    t.presence.set({ focused: false });
    t.clock.setWall(Date.parse('2026-11-24T02:59:00Z'));
    t.clock.advance(30_000);
    expect(t.service.gate('brand')).not.toBeNull();
    t.clock.advance(60_000);
    expect(t.service.gate('brand')).toBeNull();
    expect(t.service.view().status.day).toBe('2026-11-24');
  });

  it('holds a loosening change until the reset, and applies a tightening one at once', async () => {
    const t = boot();
    const view = await t.service.handlers.getSettings(undefined);
    const desired = TimeboxSettingsSchema.parse(view.desired);
    const looser = { ...desired, weekdayBudgets: { ...desired.weekdayBudgets, mon: 90 } };
    const after = await t.service.handlers.setSettings(looser);
    expect(after.pending).toEqual([{ field: 'weekdayBudgets.mon', from: 30, to: 90 }]);
    expect(t.service.view().status.total.budgetSeconds).toBe(30 * 60);
    const tighter = { ...desired, weekdayBudgets: { ...desired.weekdayBudgets, mon: 10 } };
    await t.service.handlers.setSettings(tighter);
    expect(t.service.view().status.total.budgetSeconds).toBe(10 * 60);
  });

  it('grants an override only after 30 focused seconds; leaving the window restarts the wait', async () => {
    const t = boot();
    t.clock.advance(31 * 60_000);
    await t.service.handlers.requestOverride({ reason: 'a customer is waiting on a refund' });
    t.clock.advance(20_000);
    t.presence.set({ focused: false });
    t.clock.advance(5_000);
    t.presence.set({ focused: true });
    expect(t.service.view().override).toMatchObject({ state: 'waiting', waitRemainingMs: 30_000 });
    t.clock.advance(29_000);
    expect(t.service.view().status.total.locked).toBe(true);
    t.clock.advance(1_000);
    expect(t.service.view().override.state).toBe('granted');
    expect(t.service.view().status.total.locked).toBe(false);
    expect(t.service.view().status.total.remainingSeconds).toBe(5 * 60);
    const report = await t.service.handlers.report(undefined);
    expect(report.entries.at(-1)!.text).toMatch(/Override: 5 min from 2026-11-24/);
    await expect(async () =>
      t.service.handlers.requestOverride({ reason: 'again' }),
    ).rejects.toThrow();
  });

  it('keeps the counted time across a restart, and a clock set back does not reopen the day', () => {
    const first = boot();
    first.clock.advance(20 * 60_000);
    first.service.stop();
    services = [];
    const clock = new FakeClock(first.clock.now() - 2 * 86_400_000);
    const second = boot(first.dataDir, clock);
    expect(second.used()).toBeGreaterThanOrEqual(20 * 60 - 5);
    expect(second.service.view().status.day).toBe('2026-11-23');
    const report = second.service.handlers.report(undefined) as ReturnType<
      TimeboxService['handlers']['report']
    >;
    expect(JSON.stringify(report)).toMatch(/clock moved back/i);
  });

  it('exports one CSV row per day and deck', async () => {
    const t = boot();
    t.clock.advance(90_000);
    const { filename, csv } = await t.service.handlers.exportCsv(undefined);
    expect(filename).toBe('timedeck-time-2026-11-23.csv');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(
      'day,deck,minutes_used,day_minutes_used,day_budget_minutes,override_minutes,posts_sent,replies_sent,posts_read,api_dollars',
    );
    // The first day of use: the days before it are left out.
    expect(lines).toHaveLength(2);
    expect(lines.at(-1)).toBe('2026-11-23,Brand,2,2,30,0,0,0,0,0.000');
  });
});
