import { describe, expect, it } from 'vitest';
import {
  NO_ALERTS_SENT,
  alertMessage,
  dueAlert,
  type SpendAlertsSent,
} from '../../../../src/shared/spend/alerts';

/** Feeds a month of rising spend through dueAlert and collects what fires. */
function run(spends: number[], cap: number | null, month = '2026-06', start = NO_ALERTS_SENT) {
  let state: SpendAlertsSent = start;
  const fired: number[] = [];
  for (const spent of spends) {
    const d = dueAlert(spent, cap, month, state);
    if (d.fire !== null) fired.push(d.fire);
    state = d.next;
  }
  return { fired, state };
}

describe('spend alerts at 50, 80 and 100 % of the cap', () => {
  it('fires each threshold once as spend rises past it', () => {
    const { fired, state } = run([1, 4.99, 5, 5.5, 7.9, 8, 8.1, 9.99, 10, 12, 15], 10);
    expect(fired).toEqual([50, 80, 100]);
    expect(state).toEqual({ month: '2026-06', sent: [50, 80, 100] });
  });

  it('never repeats one already given this month (as after a restart)', () => {
    const { fired } = run([8.5, 9], 10, '2026-06', { month: '2026-06', sent: [50, 80] });
    expect(fired).toEqual([]);
  });

  it('gives one alert, the highest, when spend jumps past several', () => {
    const { fired, state } = run([8.5, 9], 10);
    expect(fired).toEqual([80]);
    expect(state.sent).toEqual([50, 80]);
  });

  it('starts afresh in a new month', () => {
    const { fired } = run([9], 10, '2026-07', { month: '2026-06', sent: [50, 80, 100] });
    expect(fired).toEqual([80]);
  });

  it('gives none without a cap, and none below half of it', () => {
    expect(run([100, 1000], null).fired).toEqual([]);
    expect(run([0, 4.9], 10).fired).toEqual([]);
  });

  it('leaves the state as it is when nothing changes', () => {
    const state = { month: '2026-06', sent: [50] };
    expect(dueAlert(6, 10, '2026-06', state).next).toBe(state);
  });

  it('says where spend stands', () => {
    expect(alertMessage(80, 8.123, 10)).toBe(
      'API spend is at 80 % of the monthly cap: $8.12 of $10.00.',
    );
    expect(alertMessage(100, 10, 10)).toMatch(/reached the monthly cap.*stopped polling/);
  });
});
