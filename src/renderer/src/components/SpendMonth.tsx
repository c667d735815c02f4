import type { MonthForecast } from '../../../shared/spend/forecast';
import { formatDollars } from '../lib/spend-words';
import { useStore } from '../store';

function basis(f: MonthForecast): string {
  if (f.daysAveraged === 0) return 'at today’s pace so far';
  return `at ${formatDollars(f.dailyAverage)} a day (last ${f.daysAveraged === 1 ? 'day' : `${f.daysAveraged} days`})`;
}

/**
 * Where the month is heading: per account and for the whole app, what was spent this month, a
 * forecast to the month's end from the last 7 days' daily spend, and the cap (one for the app).
 */
export function SpendMonth() {
  const spend = useStore((s) => s.spend);
  const accounts = useStore((s) => s.accounts?.accounts);
  if (!spend) return null;
  const name = (id: string) => {
    const a = accounts?.find((x) => x.id === id);
    return a ? `@${a.username}` : id;
  };
  const cap = spend.monthlyCapDollars;
  const over = cap !== null && spend.app.forecastDollars > cap;
  return (
    <table className="spend-month" aria-label="Spend this month">
      <thead>
        <tr>
          <th scope="col"></th>
          <th scope="col">Spent this month</th>
          <th scope="col">Forecast to month end</th>
          <th scope="col">Cap</th>
        </tr>
      </thead>
      <tbody>
        {spend.accounts.map((a) => (
          <tr key={a.accountId}>
            <th scope="row">{name(a.accountId)}</th>
            <td>{formatDollars(a.month.spentThisMonth)}</td>
            <td title={basis(a.month)}>{formatDollars(a.month.forecastDollars)}</td>
            <td className="muted">shared</td>
          </tr>
        ))}
        <tr className={over ? 'over-limit' : undefined}>
          <th scope="row">Whole app</th>
          <td>{formatDollars(spend.app.spentThisMonth)}</td>
          <td title={basis(spend.app)}>
            {formatDollars(spend.app.forecastDollars)}
            {over && ' (over the cap)'}
          </td>
          <td>{cap === null ? 'No cap' : formatDollars(cap)}</td>
        </tr>
      </tbody>
    </table>
  );
}
