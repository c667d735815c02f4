import type { TimeReport } from '../../../../shared/timebox/view';
import { minutesWords } from '../../lib/timebox-words';

/** Overrides and anomalies (a clock moved, a lost record), newest first, in main's words. */
export function ReportEntries({ entries }: { entries: TimeReport['entries'] }) {
  return (
    <section className="time-section" aria-labelledby="time-entries-heading">
      <h3 id="time-entries-heading">Overrides and anomalies</h3>
      {entries.length === 0 ? (
        <p className="muted">None in the last 30 days.</p>
      ) : (
        <ul className="entry-list">
          {[...entries].reverse().map((e) => (
            <li key={`${e.kind}-${e.at}-${e.text}`} className={`entry kind-${e.kind}`}>
              <span className="entry-day">{e.day}</span> {e.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Finished focus sessions, newest first. */
export function SessionList({ sessions }: { sessions: TimeReport['sessions'] }) {
  if (sessions.length === 0) return null;
  return (
    <section className="time-section" aria-labelledby="time-sessions-heading">
      <h3 id="time-sessions-heading">Focus sessions</h3>
      <ul className="entry-list">
        {[...sessions].reverse().map((s, i) => (
          <li key={`${s.day}-${i}`} className="entry">
            <span className="entry-day">{s.day}</span> <strong>{s.purpose}</strong>:{' '}
            {minutesWords(s.activeSeconds)} active of {minutesWords(s.lengthSeconds)}
            {s.endedEarly ? ' (ended early)' : ''} · {s.postsSeen} seen, {s.repliesSent} replies,{' '}
            {s.postsSent} posts sent
          </li>
        ))}
      </ul>
    </section>
  );
}
