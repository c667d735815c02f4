import { describe, expect, it } from 'vitest';
import type { LoadedLedger } from '../../../../src/main/timebox/ledger-store';
import {
  recoverSettings,
  reconcileUsage,
  usageMirrorOf,
} from '../../../../src/main/timebox/second-record';
import {
  initialSettingsState,
  proposeSettings,
} from '../../../../src/main/timebox/settings-change';
import { countTick, emptyLedger, markUsageLost } from '../../../../src/main/timebox/usage';
import { defaultTimeboxSettings } from '../../../../src/shared/timebox/settings';

const today = '2026-11-23';
const now = Date.parse('2026-11-23T12:00:00Z');
const used = (seconds: number) =>
  countTick(emptyLedger(), { day: today, deckId: 'brand', accountIds: [], seconds });
const loaded = (outcome: LoadedLedger['outcome'], ledger = emptyLedger()): LoadedLedger => ({
  ledger,
  outcome,
  notice: null,
});

describe('nothing a user deletes or damages refills the day (issue 10)', () => {
  it('a true first start (nothing on disk) is a normal first start', () => {
    const r = reconcileUsage({
      loaded: loaded('fresh'),
      mirror: null,
      ranBefore: false,
      today,
      now,
    });
    expect(r.notice).toBeNull();
    expect(r.ledger.days).toEqual({});
  });

  it('both ledger copies deleted: today keeps the mirrored usage, and a notice says why', () => {
    const mirror = usageMirrorOf(used(1500), today);
    const r = reconcileUsage({ loaded: loaded('fresh'), mirror, ranBefore: true, today, now });
    expect(r.ledger.days[today]!.totalSeconds).toBe(1500);
    expect(r.notice?.message).toMatch(/missing.*25 min/);
  });

  it('both ledger copies deleted and no record of today: today counts as spent', () => {
    for (const mirror of [null, usageMirrorOf(used(600), '2026-11-22')]) {
      const r = reconcileUsage({ loaded: loaded('fresh'), mirror, ranBefore: true, today, now });
      expect(r.ledger.days[today]!.lost).toBe(true);
      expect(r.notice?.level).toBe('error');
    }
  });

  it('both ledger copies garbage: the mirror replaces "spent" with what was really used', () => {
    const lost = markUsageLost(emptyLedger(), today);
    const mirror = usageMirrorOf(used(900), today);
    const r = reconcileUsage({ loaded: loaded('lost', lost), mirror, ranBefore: true, today, now });
    expect(r.ledger.days[today]).toMatchObject({ totalSeconds: 900 });
    expect(r.ledger.days[today]!.lost).toBeUndefined();
  });

  it('an older ledger put back: the larger usage counts', () => {
    const mirror = usageMirrorOf(used(1200), today);
    const r = reconcileUsage({
      loaded: loaded('loaded', used(60)),
      mirror,
      ranBefore: true,
      today,
      now,
    });
    expect(r.ledger.days[today]!.totalSeconds).toBe(1200);
    expect(r.notice?.message).toMatch(/larger/);
    const fine = reconcileUsage({
      loaded: loaded('loaded', used(1300)),
      mirror,
      ranBefore: true,
      today,
      now,
    });
    expect(fine.ledger.days[today]!.totalSeconds).toBe(1300);
    expect(fine.notice).toBeNull();
  });

  it('both settings copies garbage: the strictest settings the ledger remembers hold', () => {
    const base = defaultTimeboxSettings('Europe/Berlin');
    const ten = { ...base, weekdayBudgets: { ...base.weekdayBudgets, mon: 10 } };
    // Ten minutes in force today, and a loosening to 60 waiting for the reset.
    const remembered = proposeSettings(
      initialSettingsState(ten, today),
      {
        ...ten,
        weekdayBudgets: { ...ten.weekdayBudgets, mon: 60 },
      },
      today,
    );
    const r = recoverSettings(null, remembered, today);
    expect(r.settings!.active.weekdayBudgets.mon).toBe(10);
    expect(r.settings!.desired.weekdayBudgets.mon).toBe(10);
    expect(r.notice?.message).toMatch(/strictest/);
    // The store's own settings win when it has them; with nothing remembered, nothing changes.
    expect(recoverSettings(remembered, undefined, today).settings).toBe(remembered);
    expect(recoverSettings(null, undefined, today)).toEqual({ settings: null, notice: null });
  });
});
