import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { createEventHub } from '../../../../src/main/ipc/events';
import { installFatalErrorPolicy } from '../../../../src/main/platform/fatal-errors';
import { silentLogger } from '../../../../src/main/platform/logger';
import type { TimeboxService } from '../../../../src/main/timebox/timebox-service';
import { bootTimebox } from '../../../support/timebox-rig';
import type { TimeboxView } from '../../../../src/shared/timebox/view';

let running: TimeboxService[] = [];
afterEach(() => {
  running.forEach((s) => s.stop());
  running = [];
});

function boot() {
  const events = createEventHub();
  const views: TimeboxView[] = [];
  events.subscribe((e, p) => {
    if (e === 'timebox.changed') views.push(p as TimeboxView);
  });
  const errors: string[] = [];
  const t = bootTimebox({ events, log: { ...silentLogger, error: (m: string) => errors.push(m) } });
  running.push(t.service);
  const deckIds = () => t.service.view().status.decks.map((d) => d.deckId);
  return { ...t, views, errors, deckIds };
}

describe('an error nothing caught', () => {
  it.each(['uncaughtException', 'unhandledRejection'] as const)(
    '(%s) is logged and locks every deck until restart, while the count goes on',
    (event) => {
      const t = boot();
      const proc = new EventEmitter();
      const remove = installFatalErrorPolicy(proc, {
        log: { ...silentLogger, error: (m: string) => t.errors.push(m) },
        failClosed: (reason) => t.service.failClosed(reason),
      });
      t.clock.advance(60_000);
      expect(t.deckIds().length).toBeGreaterThan(0);
      expect(t.deckIds().every((id) => !t.service.isLocked(id))).toBe(true);
      const before = t.lockChanges();

      proc.emit(event, new Error('the meter broke'));

      expect(t.errors.some((m) => m.includes('the meter broke'))).toBe(true);
      expect(t.deckIds().every((id) => t.service.isLocked(id))).toBe(true);
      expect(t.service.gate(t.deckIds()[0]!)).toMatchObject({ state: 'locked' });
      expect(t.service.postRefusal()).toMatch(/Nothing is posted/);
      expect(t.lockChanges()).toBeGreaterThan(before);
      expect(t.notices.some((m) => m.includes('Restart Timedeck'))).toBe(true);
      const shown = t.views.at(-1)!.status;
      expect(shown.total).toMatchObject({ locked: true, lockReason: 'fault', opensAt: null });

      // Time goes on and is still counted; the lock holds, even past the day's reset.
      t.clock.advance(60_000);
      expect(t.service.view().status.total.usedSeconds).toBe(120);
      t.clock.setWall(t.service.view().status.nextResetAt + 60_000);
      t.clock.advance(1000);
      expect(t.service.view().status.total.usedSeconds).toBeLessThan(120);
      expect(t.deckIds().every((id) => t.service.isLocked(id))).toBe(true);
      remove();
      expect(proc.listenerCount('uncaughtException')).toBe(0);
    },
  );

  it('locks once, keeping the first reason, however many errors follow', () => {
    const t = boot();
    t.service.failClosed('first');
    t.service.failClosed('second');
    expect(t.notices.filter((m) => m.includes('Restart Timedeck'))).toHaveLength(1);
    expect(t.notices[0]).toContain('first');
  });

  it('still locks when the logger itself throws', () => {
    const t = boot();
    const proc = new EventEmitter();
    installFatalErrorPolicy(proc, {
      log: {
        ...silentLogger,
        error: () => {
          throw new Error('disk full');
        },
      },
      failClosed: (reason) => t.service.failClosed(reason),
    });
    proc.emit('unhandledRejection', 'a string, not an Error');
    expect(t.deckIds().every((id) => t.service.isLocked(id))).toBe(true);
  });
});
