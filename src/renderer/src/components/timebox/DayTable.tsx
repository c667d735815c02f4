import type { ReportDay } from '../../../../shared/timebox/view';
import { formatDollars } from '../../lib/spend-words';
import { minutesWords } from '../../lib/timebox-words';

/** Every day of the report, newest first: time beside what it brought. */
export function DayTable({ days, id }: { days: readonly ReportDay[]; id: string }) {
  const newestFirst = [...days].reverse();
  return (
    <div className="table-scroll">
      <table className="time-table day-table" id={id}>
        <caption>Per day: time and outcomes</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Used</th>
            <th scope="col">Budget</th>
            <th scope="col">Posts sent</th>
            <th scope="col">Replies sent</th>
            <th scope="col">Posts read</th>
            <th scope="col">API spend</th>
            <th scope="col">Override</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((d) => (
            <tr key={d.day} className={d.usedSeconds > d.budgetSeconds ? 'over' : undefined}>
              <th scope="row">{d.day}</th>
              <td>{minutesWords(d.usedSeconds)}</td>
              <td>{minutesWords(d.budgetSeconds)}</td>
              <td>{d.postsSent}</td>
              <td>{d.repliesSent}</td>
              <td>{d.postsRead}</td>
              <td>{formatDollars(d.dollars)}</td>
              <td>{d.overrideMinutes > 0 ? `${d.overrideMinutes} min` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
