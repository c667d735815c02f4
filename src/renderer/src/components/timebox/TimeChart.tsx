import { useMemo } from 'react';
import type { ReportDay } from '../../../../shared/timebox/view';
import { timeChart } from '../../lib/time-chart';

const SIZE = { width: 600, height: 180 };

const shortDay = (day: string) => {
  const [, month, date] = day.split('-');
  return `${Number(date)}/${Number(month)}`;
};

/**
 * The last 30 days as bars of minutes used, with the budget as a line. Inline SVG; for screen
 * readers it is one image with a summary, and the table beside it (`tableId`) has every number.
 */
export function TimeChart({ days, tableId }: { days: readonly ReportDay[]; tableId: string }) {
  const chart = useMemo(() => timeChart(days, SIZE), [days]);
  const usedDays = days.filter((d) => d.usedSeconds > 0).length;
  const overDays = chart.bars.filter((b) => b.over).length;
  const summary =
    `Minutes of X per day over the last ${days.length === 1 ? 'day' : `${days.length} days`}, against the daily budget: ` +
    `used on ${usedDays} days, over the budget on ${overDays}. Every day is in the table below.`;
  return (
    <figure className="time-chart">
      <svg
        viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
        role="img"
        aria-label={summary}
        aria-describedby={tableId}
        preserveAspectRatio="xMidYMid meet"
      >
        {chart.ticks.map((t) => (
          <g key={t.minutes} className="chart-tick">
            <line x1={chart.plot.left} x2={chart.plot.right} y1={t.y} y2={t.y} />
            <text x={chart.plot.left - 6} y={t.y} dominantBaseline="middle" textAnchor="end">
              {t.minutes}
            </text>
          </g>
        ))}
        {chart.bars.map((b) => (
          <rect
            key={b.day}
            className={b.over ? 'chart-bar over' : 'chart-bar'}
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
          >
            <title>{`${b.day}: ${b.usedMinutes} of ${b.budgetMinutes} min`}</title>
          </rect>
        ))}
        <path className="chart-budget" d={chart.budgetPath} />
        {chart.labels.map((l) => (
          <text key={l.day} className="chart-label" x={l.x} y={SIZE.height - 6} textAnchor="middle">
            {shortDay(l.day)}
          </text>
        ))}
      </svg>
      <figcaption className="chart-legend">
        <span className="legend-bar" aria-hidden="true" /> minutes used
        <span className="legend-line" aria-hidden="true" /> budget
        <span className="legend-bar over" aria-hidden="true" /> over the budget
      </figcaption>
    </figure>
  );
}
