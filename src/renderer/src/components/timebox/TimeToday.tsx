import { useShallow } from 'zustand/react/shallow';
import { minutesWords, usedOfBudget } from '../../lib/timebox-words';
import { useStore } from '../../store';
import { selectAccounts, selectDecks } from '../../store/selectors';

function Bar({ used, budget }: { used: number; budget: number }) {
  const fraction = budget > 0 ? Math.min(1, used / budget) : used > 0 ? 1 : 0;
  return (
    <span className="today-bar" aria-hidden="true">
      <span style={{ width: `${Math.round(fraction * 100)}%` }} />
    </span>
  );
}

/** Today per deck (against its own cap, or the total) and per account, as main counts it. */
export function TimeToday() {
  const status = useStore((s) => s.timebox?.status);
  const decks = useStore(selectDecks);
  const accounts = useStore(selectAccounts);
  const accountSeconds = useStore(
    useShallow((s) => s.timeReport?.days.find((d) => d.day === s.timebox?.status.day)?.accounts),
  );
  if (!status) return null;
  const deckName = (id: string) => decks.find((d) => d.id === id)?.name ?? 'A deleted deck';
  const handle = (id: string) => {
    const a = accounts.find((x) => x.id === id);
    return a ? `@${a.username}` : 'An account no longer signed in';
  };
  return (
    <section className="time-section" aria-labelledby="time-today-heading">
      <h3 id="time-today-heading">Today</h3>
      <table className="time-table today-table">
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col">Used of budget</th>
            <th scope="col">
              <span className="visually-hidden">Share of the budget</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="today-total">
            <th scope="row">All decks</th>
            <td>
              {usedOfBudget(status.total.usedSeconds, status.total.budgetSeconds)}
              {status.total.locked && <span className="badge">locked</span>}
            </td>
            <td>
              <Bar used={status.total.usedSeconds} budget={status.total.budgetSeconds} />
            </td>
          </tr>
          {status.decks.map((d) => (
            <tr key={d.deckId}>
              <th scope="row">{deckName(d.deckId)}</th>
              <td>
                {d.ownBudget
                  ? usedOfBudget(d.usedSeconds, d.budgetSeconds)
                  : `${minutesWords(d.usedSeconds)} (no budget of its own)`}
                {d.locked && <span className="badge">locked</span>}
              </td>
              <td>
                <Bar used={d.usedSeconds} budget={d.budgetSeconds} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {accountSeconds && Object.keys(accountSeconds).length > 0 && (
        <table className="time-table">
          <caption>Per account</caption>
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Time</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(accountSeconds).map(([id, secs]) => (
              <tr key={id}>
                <th scope="row">{handle(id)}</th>
                <td>{minutesWords(secs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
