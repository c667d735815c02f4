import type { ReportDay } from '../../../shared/timebox/view';

/**
 * The geometry of the Time view's chart: one bar per day of minutes used, and the day's budget
 * as a stepped line (budgets differ by weekday, and overrides move them). Pure numbers, so the
 * component only draws.
 */

export interface ChartSize {
  width: number;
  height: number;
}

export interface ChartBar {
  day: string;
  x: number;
  y: number;
  width: number;
  height: number;
  usedMinutes: number;
  budgetMinutes: number;
  /** Used more than the budget (an override, or a lost record counted as spent). */
  over: boolean;
}

export interface ChartTick {
  minutes: number;
  y: number;
}

export interface ChartGeometry {
  plot: { left: number; top: number; right: number; bottom: number };
  bars: ChartBar[];
  /** SVG path data of the budget line; empty when there are no days. */
  budgetPath: string;
  ticks: ChartTick[];
  /** Days to label under the axis: every seventh from the first, and the last. */
  labels: Array<{ day: string; x: number }>;
  maxMinutes: number;
}

const MARGIN = { left: 40, right: 8, top: 10, bottom: 22 };
const TICK_STEPS = [5, 10, 15, 30, 60, 120, 240];
const MAX_TICKS = 4;

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The smallest step that keeps the axis to a few ticks, and the top it rounds up to. */
function axis(maxMinutes: number): { step: number; top: number } {
  const need = Math.max(maxMinutes, 1);
  const step = TICK_STEPS.find((s) => need / s <= MAX_TICKS) ?? 480;
  return { step, top: Math.ceil(need / step) * step };
}

export function timeChart(days: readonly ReportDay[], size: ChartSize): ChartGeometry {
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: size.width - MARGIN.right,
    bottom: size.height - MARGIN.bottom,
  };
  const minutes = days.map((d) => ({
    day: d.day,
    used: d.usedSeconds / 60,
    budget: d.budgetSeconds / 60,
  }));
  const { step, top } = axis(Math.max(0, ...minutes.flatMap((m) => [m.used, m.budget])));
  const plotHeight = plot.bottom - plot.top;
  const yOf = (m: number) => round1(plot.bottom - (Math.min(m, top) / top) * plotHeight);
  const slot = days.length > 0 ? (plot.right - plot.left) / days.length : 0;
  const barWidth = round1(slot * 0.7);
  const slotX = (i: number) => plot.left + i * slot;

  const bars = minutes.map((m, i): ChartBar => {
    const y = yOf(m.used);
    return {
      day: m.day,
      x: round1(slotX(i) + (slot - barWidth) / 2),
      y,
      width: barWidth,
      height: round1(plot.bottom - y),
      usedMinutes: Math.floor(m.used),
      budgetMinutes: Math.floor(m.budget),
      over: m.used > m.budget,
    };
  });

  const budgetPath = minutes
    .map((m, i) => {
      const y = yOf(m.budget);
      const start = round1(slotX(i));
      const end = round1(slotX(i + 1));
      return `${i === 0 ? 'M' : 'L'}${start} ${y} H${end}`;
    })
    .join(' ');

  const ticks: ChartTick[] = [];
  for (let m = 0; m <= top; m += step) ticks.push({ minutes: m, y: yOf(m) });

  const labels = minutes
    .map((m, i) => ({ day: m.day, x: round1(slotX(i) + slot / 2), i }))
    .filter(({ i }) => {
      const last = minutes.length - 1;
      // A weekly label too close to the last one would overlap it.
      return i === last || (i % 7 === 0 && last - i >= 3);
    })
    .map(({ day, x }) => ({ day, x }));

  return { plot, bars, budgetPath, ticks, labels, maxMinutes: top };
}
