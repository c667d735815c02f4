import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PresenceState } from '../../../../src/main/platform/presence';
import {
  endSession,
  recordActivity,
  startSession,
} from '../../../../src/main/timebox/focus-session';
import { loadLedger, saveLedger } from '../../../../src/main/timebox/ledger-store';
import { MAX_STRETCH_SECONDS } from '../../../../src/main/timebox/meter';
import { dayUsage } from '../../../../src/main/timebox/usage';
import {
  defaultTimeboxSettings,
  type TimeboxSettings,
} from '../../../../src/shared/timebox/settings';
import { BRAND, MeterSim, PERSONAL } from './support/meter-sim';

const at = (iso: string) => Date.parse(iso);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const berlin = defaultTimeboxSettings('Europe/Berlin');
const settingsWith = (patch: Partial<TimeboxSettings>): TimeboxSettings => ({
  ...berlin,
  ...patch,
});
// Wednesday 2026-06-10, 09:00 CEST.
const WED_9 = at('2026-06-10T07:00:00Z');

/** Uses the shown deck with the window in front until `seconds` have been counted. */
function use(sim: MeterSim, seconds: number) {
  sim.set({ focused: true, visible: true, idleSeconds: 0 });
  sim.run(seconds);
}

describe('a scripted day against the truth', () => {
  type Segment = {
    what: string;
    seconds: number;
    deck: typeof BRAND | null;
    presence: (second: number) => Partial<PresenceState>;
    /** Seconds of real use in the segment, before the budget has its say. */
    real: number;
  };
  const present = () => ({ focused: true, visible: true, idleSeconds: 0 });
  const script: Segment[] = [
    { what: 'reads Brand', seconds: 600, deck: BRAND, presence: present, real: 600 },
    {
      what: 'another app in front, the deck still on screen and the user active',
      seconds: 120,
      deck: BRAND,
      presence: () => ({ focused: false }),
      real: 120,
    },
    // Sits in front of the window without touching anything: the first 60 s count.
    {
      what: 'goes idle',
      seconds: 300,
      deck: BRAND,
      presence: (s) => ({ focused: true, idleSeconds: s }),
      real: 60,
    },
    {
      what: 'window minimised',
      seconds: 180,
      deck: BRAND,
      presence: () => ({ visible: false, idleSeconds: 0 }),
      real: 0,
    },
    {
      what: 'screen locked',
      seconds: 60,
      deck: BRAND,
      presence: () => ({ visible: true, screenLocked: true }),
      real: 0,
    },
    {
      what: 'reads Personal',
      seconds: 240,
      deck: PERSONAL,
      presence: () => ({ screenLocked: false }),
      real: 240,
    },
    { what: 'no deck shown', seconds: 30, deck: null, presence: present, real: 0 },
    // 1020 s counted so far; the budget leaves 780 more.
    {
      what: 'reads Brand past the budget',
      seconds: 1200,
      deck: BRAND,
      presence: present,
      real: 1200,
    },
    { what: 'keeps trying Personal', seconds: 300, deck: PERSONAL, presence: present, real: 300 },
  ];

  it('counts exactly the real use, up to the budget, per deck and per account', () => {
    const sim = new MeterSim(WED_9, berlin);
    const budget = 30 * 60;
    const truth = { total: 0, brand: 0, personal: 0, acme: 0, me: 0 };
    let lockedAt: number | null = null;

    for (const segment of script) {
      sim.show(segment.deck);
      sim.run(segment.seconds, (s) => {
        sim.presence = { ...sim.presence, ...segment.presence(s) };
        if (lockedAt === null && sim.status.total.locked) lockedAt = sim.wall;
      });
      const counted = Math.min(segment.real, budget - truth.total);
      truth.total += counted;
      if (segment.deck) {
        truth[segment.deck.id as 'brand' | 'personal'] += counted;
        for (const a of segment.deck.accountIds) truth[a as 'acme' | 'me'] += counted;
      }
    }

    const usage = dayUsage(sim.state.ledger, '2026-06-10');
    expect({
      total: usage.totalSeconds,
      brand: usage.decks.brand,
      personal: usage.decks.personal,
      acme: usage.accounts.acme,
      me: usage.accounts.me,
    }).toEqual(truth);
    expect(truth.total).toBe(budget);
    // Locked the moment the 1800th second was counted: 780 s into "reads Brand past the budget".
    const segmentStart = WED_9 + (600 + 120 + 300 + 180 + 60 + 240 + 30) * 1000;
    expect(lockedAt).toBe(segmentStart + 780 * 1000 + 1000);
    // The banner and notification came 5 minutes and 1 minute before.
    expect(sim.announced).toEqual([
      { level: '5min', wall: segmentStart + 480 * 1000 },
      { level: '1min', wall: segmentStart + 720 * 1000 },
    ]);
  });

  it('stays locked until 04:00 the next morning, then opens with a fresh budget', () => {
    const sim = new MeterSim(WED_9, berlin);
    use(sim, 1800);
    expect(sim.status.total.lockReason).toBe('total-spent');
    expect(sim.status.total.opensAt).toBe(at('2026-06-11T02:00:00Z'));
    sim.pass(at('2026-06-11T01:59:59Z') - sim.wall);
    expect(sim.status.total.locked).toBe(true);
    sim.pass(1000);
    expect(sim.status).toMatchObject({
      day: '2026-06-11',
      total: { locked: false, usedSeconds: 0 },
    });
    // Only what was in front of the user overnight (nothing: the deck was locked) was counted.
    expect(sim.usedSeconds('2026-06-10')).toBe(1800);
  });

  it('counts nothing while the machine sleeps, and records no clock anomaly for it', () => {
    const sim = new MeterSim(WED_9, berlin);
    use(sim, 60);
    sim.sleep(3 * HOUR);
    use(sim, 60);
    expect(sim.usedSeconds()).toBe(120);
    expect(sim.state.ledger.anomalies).toEqual([]);
  });

  it('a stalled process is charged at most a few seconds for the time it did not watch', () => {
    const sim = new MeterSim(WED_9, berlin);
    use(sim, 10);
    sim.pass(10 * MIN, 10 * MIN);
    expect(sim.usedSeconds()).toBe(10 + MAX_STRETCH_SECONDS);
  });
});

describe('restarts', () => {
  it('a restart, or a kill and a restart, keeps the day, its use and its lock', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-meter-'));
    const file = path.join(dir, 'ledger.json');
    try {
      const sim = new MeterSim(WED_9, berlin);
      // Saved every 5 seconds while in use, as the service does.
      let lastSaved = 0;
      for (let i = 0; i < 25 * 60; i++) {
        sim.run(1);
        if (i % 5 === 4) {
          saveLedger(file, sim.state.ledger);
          lastSaved = sim.usedSeconds();
        }
      }
      sim.run(3); // ...and killed 3 s after the last save.
      const loaded = loadLedger(file, { now: sim.wall, today: '2026-06-10' });
      expect(sim.usedSeconds() - dayUsage(loaded.ledger, '2026-06-10').totalSeconds).toBe(3);
      expect(dayUsage(loaded.ledger, '2026-06-10').totalSeconds).toBe(lastSaved);

      sim.restart(loaded.ledger);
      expect(sim.status.total.remainingSeconds).toBe(1800 - lastSaved);
      use(sim, 10 * 60);
      expect(sim.status.total.locked).toBe(true);
      saveLedger(file, sim.state.ledger);
      sim.restart(loadLedger(file, { now: sim.wall, today: '2026-06-10' }).ledger);
      expect(sim.status.total.locked).toBe(true);
      expect(sim.state.ledger.anomalies).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a focus session survives a restart with the time it had run', () => {
    const sim = new MeterSim(WED_9, settingsWith({ mode: 'sessions-only' }));
    const started = startSession(null, {
      id: 's1',
      purpose: 'answer support',
      minutes: 10,
      remainingSeconds: sim.status.total.remainingSeconds,
      day: sim.status.day,
      wall: sim.wall,
      mono: sim.mono,
    });
    if (!started.ok) throw new Error(started.message);
    sim.state = { ...sim.state, session: started.session };
    use(sim, 4 * 60);
    sim.restart();
    expect(sim.status.focusSession?.remainingSeconds).toBe(6 * 60);
    expect(sim.status.total.locked).toBe(false);
  });
});

describe('the clock set by hand', () => {
  it('back by 2 days: the day stays, the lock stays until the wall clock passes its end', () => {
    const sim = new MeterSim(WED_9, berlin);
    use(sim, 1800);
    sim.setWall(WED_9 - 2 * DAY);
    expect(sim.status).toMatchObject({ day: '2026-06-10', total: { locked: true } });
    expect(sim.state.ledger.anomalies.map((a) => a.kind)).toEqual(['clock-back']);
    // Monday and Tuesday's resets pass on the wall clock without opening anything.
    const days = new Set<string>();
    while (sim.wall + HOUR < at('2026-06-11T02:00:00Z')) {
      sim.pass(HOUR, HOUR);
      days.add(sim.status.day);
      expect(sim.status.total.locked).toBe(true);
    }
    expect([...days]).toEqual(['2026-06-10']);
    sim.pass(HOUR, HOUR);
    expect(sim.status).toMatchObject({ day: '2026-06-11', total: { locked: false } });
  });

  it('forward by 1 day: borrows tomorrow, which is then spent, and setting it back gains nothing', () => {
    const sim = new MeterSim(WED_9, berlin);
    use(sim, 10 * 60);
    sim.setWall(sim.wall + DAY);
    expect(sim.status).toMatchObject({ day: '2026-06-11', total: { remainingSeconds: 1800 } });
    use(sim, 1800);
    expect(sim.status.total.locked).toBe(true);
    // Back to Wednesday, where 20 minutes were left: still Thursday, still locked.
    sim.setWall(WED_9 + 11 * MIN);
    expect(sim.status).toMatchObject({ day: '2026-06-11', total: { locked: true } });
    expect(sim.state.ledger.anomalies.map((a) => [a.kind, a.day])).toEqual([
      ['clock-forward', '2026-06-11'],
      ['clock-back', '2026-06-11'],
    ]);
    // Open again only on Friday at 04:00.
    sim.pass(at('2026-06-12T01:59:00Z') - sim.wall, HOUR);
    expect(sim.status.total.locked).toBe(true);
    sim.pass(MIN);
    expect(sim.status).toMatchObject({ day: '2026-06-12', total: { locked: false } });
    expect(sim.usedSeconds('2026-06-10')).toBe(600);
  });

  it('a restart with the clock set back keeps the latest day', () => {
    const sim = new MeterSim(WED_9, berlin);
    use(sim, 1800);
    sim.wall = WED_9 - 2 * DAY;
    sim.restart();
    expect(sim.status).toMatchObject({ day: '2026-06-10', total: { locked: true } });
    expect(sim.state.ledger.anomalies.map((a) => a.kind)).toEqual(['clock-back']);
  });
});

describe('DST days: the lock lifts at the reset, no earlier and no later', () => {
  it.each([
    // zone, reset hour, a moment on the day before, when the next day starts
    ['Europe/Berlin', 2, '2026-03-28T09:00:00Z', '2026-03-29T01:00:00Z'],
    ['Europe/Berlin', 4, '2026-03-28T09:00:00Z', '2026-03-29T02:00:00Z'],
    ['Europe/Berlin', 2, '2026-10-24T09:00:00Z', '2026-10-25T00:00:00Z'],
    ['Europe/Berlin', 4, '2026-10-24T09:00:00Z', '2026-10-25T03:00:00Z'],
    ['America/New_York', 2, '2026-03-07T15:00:00Z', '2026-03-08T07:00:00Z'],
    ['America/New_York', 4, '2026-03-07T15:00:00Z', '2026-03-08T08:00:00Z'],
    ['America/New_York', 1, '2026-10-31T15:00:00Z', '2026-11-01T05:00:00Z'],
    ['America/New_York', 4, '2026-10-31T15:00:00Z', '2026-11-01T09:00:00Z'],
  ] as const)(
    '%s, reset %i:00: spent on the day of %s, opens at %s',
    (zone, resetHour, start, opens) => {
      const sim = new MeterSim(at(start), settingsWith({ homeTimeZone: zone, resetHour }));
      use(sim, 1800);
      expect(sim.status.total.opensAt).toBe(at(opens));
      sim.pass(at(opens) - 1000 - sim.wall, HOUR);
      expect(sim.status.total.locked).toBe(true);
      sim.pass(1000);
      expect(sim.status.total.locked).toBe(false);
      // Through the whole of the next two hours (a repeated hour included), the new day holds.
      const day = sim.status.day;
      sim.pass(2 * HOUR, 5 * MIN);
      expect(sim.status.day).toBe(day);
    },
  );
});

describe('per-deck budgets (Brand 20, Personal 10, Launch none; 40 in all)', () => {
  it('locks each capped deck at its cap while the others stay open, then all at the total', () => {
    const forty = { ...berlin.weekdayBudgets, wed: 40 };
    const sim = new MeterSim(
      WED_9,
      settingsWith({ weekdayBudgets: forty, deckBudgets: { brand: 20, personal: 10 } }),
      ['brand', 'personal', 'launch'],
    );
    const locks = () => sim.status.decks.map((d) => d.lockReason);
    use(sim, 25 * 60);
    expect(locks()).toEqual(['deck-spent', null, null]);
    sim.show(PERSONAL);
    use(sim, 15 * 60);
    expect(locks()).toEqual(['deck-spent', 'deck-spent', null]);
    // Going back to Brand counts nothing: it stays locked.
    sim.show(BRAND);
    use(sim, 60);
    expect(sim.usedSeconds()).toBe(30 * 60);
    sim.show({ id: 'launch', accountIds: ['acme'] });
    use(sim, 15 * 60);
    expect(locks()).toEqual(['total-spent', 'total-spent', 'total-spent']);
    expect(dayUsage(sim.state.ledger, '2026-06-10')).toEqual({
      totalSeconds: 40 * 60,
      decks: { brand: 20 * 60, personal: 10 * 60, launch: 10 * 60 },
      accounts: { acme: 30 * 60, me: 30 * 60 },
    });
  });
});

describe('settings changed in a weak moment', () => {
  it('a bigger budget while locked waits for the next reset, and is in force after it', () => {
    const sim = new MeterSim(WED_9, berlin);
    use(sim, 1800);
    sim.propose(settingsWith({ weekdayBudgets: { ...berlin.weekdayBudgets, wed: 60, thu: 60 } }));
    expect(sim.status.total).toMatchObject({ locked: true, budgetSeconds: 1800 });
    expect(sim.status.pending).toEqual([
      { field: 'weekdayBudgets.wed', from: 30, to: 60 },
      { field: 'weekdayBudgets.thu', from: 30, to: 60 },
    ]);
    sim.restart();
    expect(sim.status.total.locked).toBe(true);
    sim.pass(at('2026-06-11T02:00:00Z') - sim.wall, HOUR);
    expect(sim.status).toMatchObject({
      day: '2026-06-11',
      pending: [],
      total: { budgetSeconds: 3600 },
    });
  });

  it.each([
    ['turning the time box off', { enabled: false }],
    ['a later reset hour', { resetHour: 8 }],
    ['an earlier reset hour', { resetHour: 0 }],
    ['another home zone (Tokyo, already the next day)', { homeTimeZone: 'Asia/Tokyo' }],
    ['no more deck budget', { deckBudgets: {} }],
  ] as const)('%s does not open a spent deck today', (_what, patch) => {
    const sim = new MeterSim(WED_9 + 12 * HOUR, settingsWith({ deckBudgets: { brand: 10 } }));
    use(sim, 10 * 60);
    expect(sim.deckStatus('brand').locked).toBe(true);
    sim.propose(settingsWith({ deckBudgets: { brand: 10 }, ...patch }));
    use(sim, 60);
    expect(sim.deckStatus('brand').locked).toBe(true);
    expect(sim.status.day).toBe('2026-06-10');
  });

  it.each([
    ['a smaller budget', { weekdayBudgets: { ...berlin.weekdayBudgets, wed: 20 } }, 'total-spent'],
    ['a deck budget below its use', { deckBudgets: { brand: 15 } }, 'deck-spent'],
    ['sessions only', { mode: 'sessions-only' }, 'sessions-only'],
  ] as const)('%s locks at once', (_what, patch, reason) => {
    const sim = new MeterSim(WED_9, berlin);
    use(sim, 25 * 60);
    sim.propose(settingsWith(patch));
    expect(sim.deckStatus('brand')).toMatchObject({ locked: true, lockReason: reason });
  });
});

describe('a focus session in sessions-only mode', () => {
  it('opens the columns for its length, counts its use and files its summary', () => {
    const sim = new MeterSim(WED_9, settingsWith({ mode: 'sessions-only' }));
    use(sim, 60);
    expect(sim.usedSeconds()).toBe(0);
    expect(sim.deckStatus('brand').lockReason).toBe('sessions-only');

    const started = startSession(sim.state.session, {
      id: 's1',
      purpose: 'answer support',
      minutes: 10,
      remainingSeconds: sim.status.total.remainingSeconds,
      day: sim.status.day,
      wall: sim.wall,
      mono: sim.mono,
    });
    if (!started.ok) throw new Error(started.message);
    sim.state = { ...sim.state, session: recordActivity(started.session, 'acme', 'reply') };
    sim.step();
    use(sim, 3 * 60);
    sim.set({ visible: false });
    sim.run(2 * 60);
    use(sim, 10 * 60); // the session ends 5 minutes into this
    expect(sim.status.focusSession).toMatchObject({ state: 'finished', remainingSeconds: 0 });
    expect(sim.deckStatus('brand').lockReason).toBe('sessions-only');
    expect(sim.usedSeconds()).toBe(8 * 60);
    expect(sim.state.ledger.sessions).toEqual([
      expect.objectContaining({
        id: 's1',
        day: '2026-06-10',
        activeSeconds: 8 * 60,
        endedEarly: false,
        accounts: { acme: { postsSeen: 0, repliesSent: 1, postsSent: 0 } },
      }),
    ]);
  });

  it('a session ended early files its summary once', () => {
    const sim = new MeterSim(WED_9, berlin);
    const started = startSession(null, {
      id: 's2',
      purpose: 'post the launch',
      minutes: 20,
      remainingSeconds: 1800,
      day: sim.status.day,
      wall: sim.wall,
      mono: sim.mono,
    });
    if (!started.ok) throw new Error(started.message);
    sim.state = { ...sim.state, session: started.session };
    use(sim, 90);
    sim.state = { ...sim.state, session: endSession(sim.state.session!, sim.mono) };
    sim.run(30);
    expect(sim.state.ledger.sessions.map((s) => [s.id, s.endedEarly, s.elapsedSeconds])).toEqual([
      ['s2', true, 90],
    ]);
  });
});
