import { afterEach, describe, expect, it } from 'vitest';
import { createSettablePresence, presentState } from '../../../../src/main/platform/presence';
import { bootTimebox } from '../../../support/timebox-rig';

const SEC = 1000;
const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((s) => s()));

describe('the stretches the time box counts, as the inbox hears them', () => {
  it('are exactly what the ledger counts: present only, never more than the time that passed', () => {
    const presence = createSettablePresence(presentState);
    const stretches: Array<{ from: number; to: number }> = [];
    const t = bootTimebox({ presence, onCounted: (s) => stretches.push(s) });
    stops.push(() => t.service.stop());
    const start = t.clock.monotonic();

    t.clock.advance(30 * SEC);
    presence.set({ visible: false });
    t.clock.advance(60 * SEC);
    presence.set({ visible: true });
    t.clock.advance(15 * SEC);

    const total = stretches.reduce((n, s) => n + (s.to - s.from), 0);
    expect(total).toBe(t.service.view().status.total.usedSeconds * SEC);
    expect(total).toBe(45 * SEC);
    // In order, never overlapping, all within the time that passed.
    stretches.forEach((s, i) => {
      expect(s.to).toBeGreaterThan(s.from);
      expect(s.from).toBeGreaterThanOrEqual(i === 0 ? start : stretches[i - 1]!.to);
      expect(s.to).toBeLessThanOrEqual(t.clock.monotonic());
    });
    // Nothing while away: no stretch lies in the hidden minute.
    const hiddenFrom = start + 30 * SEC;
    expect(stretches.some((s) => s.to > hiddenFrom + SEC && s.from < hiddenFrom + 59 * SEC)).toBe(
      false,
    );
  });

  it('a listener that throws never stops the time box counting', () => {
    const t = bootTimebox({
      onCounted: () => {
        throw new Error('the inbox failed');
      },
    });
    stops.push(() => t.service.stop());
    t.clock.advance(20 * SEC);
    expect(t.service.view().status.total.usedSeconds).toBe(20);
  });
});
