import { useShallow } from 'zustand/react/shallow';
import { countdown, minutesWords, usedOfBudget } from '../../lib/timebox-words';
import { useStore } from '../../store';
import { meterFigures } from '../../store/timebox-selectors';

/** How full the bar looks: warning colours only in the last minutes, as main warns. */
function tone(remainingSeconds: number, locked: boolean): string {
  if (locked) return 'locked';
  if (remainingSeconds <= 60) return 'last-minute';
  if (remainingSeconds <= 5 * 60) return 'low';
  return 'ok';
}

/**
 * The header's small meter: the shown deck's time against its budget, always there; a countdown
 * only in the last ten minutes (main says when), so the rest of the day has no clock to watch.
 */
export function Meter() {
  const f = useStore(useShallow(meterFigures));
  if (!f) return null;
  if (!f.enabled) {
    return <span className="time-meter off">Time box off</span>;
  }
  const label = f.scope === 'deck' ? 'This deck’s time today' : 'Time for X today';
  const fraction = f.budgetSeconds > 0 ? Math.min(1, f.usedSeconds / f.budgetSeconds) : 1;
  const used = usedOfBudget(f.usedSeconds, f.budgetSeconds);
  return (
    <div
      className={`time-meter tone-${tone(f.remainingSeconds, f.locked)}`}
      title={`${label}: ${used}, ${minutesWords(f.remainingSeconds)} left`}
    >
      <div
        className="time-meter-bar"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={Math.floor(f.budgetSeconds / 60)}
        aria-valuenow={Math.min(Math.floor(f.usedSeconds / 60), Math.floor(f.budgetSeconds / 60))}
        aria-valuetext={`${used} used`}
      >
        <div className="time-meter-fill" style={{ width: `${Math.round(fraction * 100)}%` }} />
      </div>
      <span className="time-meter-text" aria-hidden="true">
        {used}
      </span>
      {f.showCountdown && (
        <span className="time-countdown" role="timer" aria-label="Time left today">
          {countdown(f.remainingSeconds)}
        </span>
      )}
    </div>
  );
}
