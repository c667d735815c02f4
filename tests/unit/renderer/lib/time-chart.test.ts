import { describe, expect, it } from 'vitest';
import { timeChart } from '../../../../src/renderer/src/lib/time-chart';
import { reportDay } from '../fixtures';

const day = (n: number, usedMin: number, budgetMin = 30) =>
  reportDay(`2026-11-${String(n).padStart(2, '0')}`, usedMin, { budgetSeconds: budgetMin * 60 });

const size = { width: 600, height: 180 };

describe('the 30-day chart', () => {
  const days = Array.from({ length: 30 }, (_, i) => day(i + 1, i % 3 === 0 ? 35 : i, 30));
  const chart = timeChart(days, size);

  it('draws one bar per day, oldest on the left, inside the plot', () => {
    expect(chart.bars.map((b) => b.day)).toEqual(days.map((d) => d.day));
    for (let i = 1; i < chart.bars.length; i++) {
      expect(chart.bars[i]!.x).toBeGreaterThan(chart.bars[i - 1]!.x);
    }
    for (const b of chart.bars) {
      expect(b.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(b.x + b.width).toBeLessThanOrEqual(chart.plot.right + 0.1);
      expect(b.y + b.height).toBeCloseTo(chart.plot.bottom, 0);
    }
  });

  it('makes bar heights proportional to the minutes used', () => {
    const [a, b] = [chart.bars[2]!, chart.bars[4]!]; // 2 and 4 minutes
    expect(b.height).toBeCloseTo(a.height * 2, 0);
    expect(timeChart([day(1, 0), day(2, 10)], size).bars[0]!.height).toBe(0);
  });

  it('marks days over the budget', () => {
    expect(chart.bars.filter((b) => b.over).map((b) => b.usedMinutes)).toEqual(Array(10).fill(35));
  });

  it('fits the axis to the highest of use and budget, in a few round ticks', () => {
    expect(chart.maxMinutes).toBeGreaterThanOrEqual(35);
    expect(chart.ticks.length).toBeLessThanOrEqual(5);
    expect(chart.ticks[0]).toEqual({ minutes: 0, y: chart.plot.bottom });
    expect(chart.ticks.at(-1)).toEqual({ minutes: chart.maxMinutes, y: chart.plot.top });
  });

  it('steps the budget line with each day’s budget', () => {
    const varying = timeChart([day(1, 0, 30), day(2, 0, 60), day(3, 0, 0)], size);
    const ys = [...varying.budgetPath.matchAll(/[ML][\d.]+ ([\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(3);
    expect(ys[1]!).toBeLessThan(ys[0]!); // a bigger budget sits higher
    expect(ys[2]!).toBe(varying.plot.bottom); // no budget: on the axis
  });

  it('labels every seventh day and the last, without two labels crowding each other', () => {
    expect(chart.labels.map((l) => l.day)).toEqual([
      '2026-11-01',
      '2026-11-08',
      '2026-11-15',
      '2026-11-22',
      '2026-11-30',
    ]);
  });

  it('draws nothing for no days, and an axis for days without any use', () => {
    expect(timeChart([], size)).toMatchObject({ bars: [], budgetPath: '', labels: [] });
    const idle = timeChart([day(1, 0, 0)], size);
    expect(idle.maxMinutes).toBeGreaterThan(0);
    expect(idle.bars[0]!.height).toBe(0);
  });
});
