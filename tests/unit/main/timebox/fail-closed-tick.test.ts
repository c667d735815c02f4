import { afterEach, describe, expect, it } from 'vitest';
import { createEventHub } from '../../../../src/main/ipc/events';
import {
  createSettablePresence,
  presentState,
  type PresenceSource,
} from '../../../../src/main/platform/presence';
import type { TimeboxService } from '../../../../src/main/timebox/timebox-service';
import { OWN_PAGE, bootTimebox, timeboxRouter } from '../../../support/timebox-rig';

/**
 * The time box fails closed: no exception, no hostile setting stops it counting or opens a deck.
 * Each test here broke the time box before (issue 10): a throwing listener stopped the tick for
 * good, and a deck budget keyed "toString" passed the schema and then made every tick throw.
 */

const OWN = OWN_PAGE;
let running: TimeboxService[] = [];
afterEach(() => {
  running.forEach((s) => s.stop());
  running = [];
});

function boot(options: { presence?: PresenceSource; throwingListener?: boolean } = {}) {
  const errors: unknown[] = [];
  const events = createEventHub({ onListenerError: (e) => errors.push(e) });
  const seen: string[] = [];
  if (options.throwingListener)
    events.subscribe(() => {
      throw new Error('a transport that broke');
    });
  events.subscribe((event) => seen.push(event));
  const t = bootTimebox({ events, presence: options.presence });
  running.push(t.service);
  return { ...t, router: timeboxRouter(t.service), errors, seen };
}

const used = (t: ReturnType<typeof boot>) => t.service.view().status.total.usedSeconds;

describe('the time box fails closed', () => {
  it('keeps counting and locks on time when an event listener throws on every event', () => {
    const t = boot({ throwingListener: true });
    t.clock.advance(60 * 60_000);
    // The other listener heard every change, and the hub reported the broken one.
    expect(t.seen).toContain('timebox.changed');
    expect(t.errors.length).toBeGreaterThan(0);
    expect(used(t)).toBe(30 * 60);
    expect(t.service.gate('brand')).toMatchObject({ state: 'locked' });
    expect(t.service.postRefusal()).toMatch(/locked/);
  }, 120_000);

  it('refuses a deck budget named after a prototype property, changes nothing, and counts on', async () => {
    const t = boot();
    const before = await t.router.dispatch('timebox.getSettings', undefined, OWN);
    expect(before.ok).toBe(true);
    const desired = (before as { value: { desired: Record<string, unknown> } }).value.desired;
    for (const key of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const payload = JSON.parse(
        JSON.stringify({ ...desired, deckBudgets: {} }).replace(
          '"deckBudgets":{}',
          `"deckBudgets":{"${key}":5}`,
        ),
      ) as unknown;
      const result = await t.router.dispatch('timebox.setSettings', payload, OWN);
      expect(result.ok, key).toBe(false);
    }
    const after = await t.router.dispatch('timebox.getSettings', undefined, OWN);
    expect(after).toEqual(before);
    t.clock.advance(31 * 60_000);
    expect(t.service.view().status.total.locked).toBe(true);
  }, 120_000);

  it('refuses unknown keys and budgets for decks that do not exist, leaving all as it was', async () => {
    const t = boot();
    const before = await t.router.dispatch('timebox.getSettings', undefined, OWN);
    const desired = (before as { value: { desired: Record<string, unknown> } }).value.desired;
    const extra = await t.router.dispatch(
      'timebox.setSettings',
      { ...desired, weekdayBudgets: { ...(desired.weekdayBudgets as object), mon: 5 }, extra: 1 },
      OWN,
    );
    expect(extra).toMatchObject({ ok: false, error: { kind: 'invalid_payload' } });
    const ghost = await t.router.dispatch(
      'timebox.setSettings',
      {
        ...desired,
        weekdayBudgets: { ...(desired.weekdayBudgets as object), mon: 5 },
        deckBudgets: { nowhere: 1 },
      },
      OWN,
    );
    expect(ghost).toMatchObject({ ok: false, error: { kind: 'invalid_payload' } });
    expect(await t.router.dispatch('timebox.getSettings', undefined, OWN)).toEqual(before);
    expect(t.service.view().status.total.budgetSeconds).toBe(30 * 60);
    // A budget for a deck that exists is taken (a tightening: at once).
    const real = await t.router.dispatch(
      'timebox.setSettings',
      { ...desired, deckBudgets: { brand: 5 } },
      OWN,
    );
    expect(real.ok).toBe(true);
    expect(t.service.view().status.decks.find((d) => d.deckId === 'brand')!.budgetSeconds).toBe(
      300,
    );
  }, 120_000);

  it('counts, keeps its locks and says so once when a step throws, and locks when the time runs out', () => {
    const settable = createSettablePresence(presentState);
    let broken = false;
    const presence: PresenceSource = {
      get: () => {
        if (broken) throw new Error('presence broke');
        return settable.get();
      },
      subscribe: (l) => settable.subscribe(l),
    };
    const t = boot({ presence });
    t.clock.advance(10 * 60_000);
    expect(t.service.gate('brand')).toBeNull();
    broken = true;
    t.clock.advance(10 * 60_000);
    // Still open: its last decision holds while time remains.
    expect(t.service.gate('brand')).toBeNull();
    t.clock.advance(11 * 60_000);
    expect(t.service.gate('brand')).toMatchObject({ state: 'locked' });
    expect(t.service.gate('personal')).toMatchObject({ state: 'locked' });
    expect(t.notices.filter((n) => /internal error/.test(n))).toHaveLength(1);
    // When the fault clears, the meter takes over again and knows the time was used.
    broken = false;
    t.clock.advance(5_000);
    expect(used(t)).toBeGreaterThanOrEqual(30 * 60);
    expect(t.service.view().status.total.locked).toBe(true);
  }, 120_000);

  it('locks a deck it has not decided on, rather than opening it', () => {
    const t = boot();
    expect(t.service.gate('a-deck-made-a-moment-ago')).toMatchObject({ state: 'locked' });
    expect(t.service.isLocked('a-deck-made-a-moment-ago')).toBe(true);
  });
});
