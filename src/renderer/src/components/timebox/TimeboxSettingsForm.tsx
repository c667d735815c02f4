import { useMemo, useState, type FormEvent } from 'react';
import { WEEKDAYS, type TimeboxMode } from '../../../../shared/timebox/constants';
import {
  settingsForm,
  settingsFromForm,
  timeboxFormProblems,
  type TimeboxSettingsForm as Form,
} from '../../lib/timebox-settings-form';
import { FieldError } from '../FieldError';
import { instantWords, weekdayName } from '../../lib/timebox-words';
import { useStore } from '../../store';
import { selectDecks } from '../../store/selectors';
import { PendingChanges } from './PendingChanges';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const zoneNames = (): string[] => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
};

/**
 * The time box settings. The form shows what the user set (looser changes may still be waiting);
 * main decides what applies when: stricter at once, looser at the next reset, listed below.
 */
export function TimeboxSettingsForm() {
  const view = useStore((s) => s.timeboxSettings);
  const decks = useStore(selectDecks);
  const save = useStore((s) => s.saveTimeboxSettings);
  const deckIds = useMemo(() => decks.map((d) => d.id), [decks]);
  const [form, setForm] = useState<Form | null>(() =>
    view ? settingsForm(view.desired, deckIds) : null,
  );
  const [saved, setSaved] = useState(false);
  const [tried, setTried] = useState(false);
  const [zones] = useState(zoneNames);
  if (!view) return <p className="muted">Loading the settings…</p>;
  const current = form ?? settingsForm(view.desired, deckIds);
  const edit = (patch: Partial<Form>) => {
    setSaved(false);
    setForm({ ...current, ...patch });
  };
  const zone = view.active.homeTimeZone;
  const problems = tried ? timeboxFormProblems(current) : {};
  const invalid = (key: string) => ({
    'aria-invalid': problems[key] !== undefined,
    'aria-describedby': problems[key] ? `tb-problem-${key}` : undefined,
  });
  const problemOf = (key: string) => (
    <FieldError id={`tb-problem-${key}`} problem={problems[key] ?? null} />
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(timeboxFormProblems(current)).length > 0) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.timebox-settings [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    void save(settingsFromForm(current)).then((ok) => {
      if (!ok) return;
      const next = useStore.getState().timeboxSettings;
      if (next) setForm(settingsForm(next.desired, deckIds));
      setSaved(true);
    });
  };

  return (
    <section className="time-section" aria-labelledby="time-settings-heading">
      <h3 id="time-settings-heading">Time box settings</h3>
      <form className="timebox-settings" aria-labelledby="time-settings-heading" onSubmit={submit}>
        <label className="checkbox wide">
          <input
            type="checkbox"
            checked={current.enabled}
            onChange={(e) => edit({ enabled: e.target.checked })}
          />
          Limit my time on X
        </label>

        <fieldset className="form-group weekday-budgets">
          <legend>Daily budget in minutes</legend>
          {WEEKDAYS.map((d) => (
            <label key={d} className="weekday-field">
              <span>{weekdayName(d).slice(0, 3)}</span>
              <input
                aria-label={`${weekdayName(d)} budget in minutes`}
                inputMode="numeric"
                className="short"
                placeholder="no limit"
                value={current.weekdayBudgets[d]}
                {...invalid(d)}
                onChange={(e) =>
                  edit({ weekdayBudgets: { ...current.weekdayBudgets, [d]: e.target.value } })
                }
              />
              {problemOf(d)}
            </label>
          ))}
          <span className="form-hint wide">Leave a day empty for no limit on that day.</span>
        </fieldset>

        <label htmlFor="tb-reset-hour">The day resets at</label>
        <select
          id="tb-reset-hour"
          value={current.resetHour}
          onChange={(e) => edit({ resetHour: e.target.value })}
        >
          {HOURS.map((h) => (
            <option key={h} value={String(h)}>
              {String(h).padStart(2, '0')}:00
            </option>
          ))}
        </select>

        <label htmlFor="tb-zone">Home time zone</label>
        <input
          id="tb-zone"
          list="tb-zone-names"
          value={current.homeTimeZone}
          {...invalid('homeTimeZone')}
          onChange={(e) => edit({ homeTimeZone: e.target.value })}
        />
        {problemOf('homeTimeZone')}
        <datalist id="tb-zone-names">
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>

        <label htmlFor="tb-mode">Mode</label>
        <select
          id="tb-mode"
          value={current.mode}
          onChange={(e) => edit({ mode: e.target.value as TimeboxMode })}
        >
          <option value="open">Open until the budget is spent</option>
          <option value="sessions-only">Sessions only: open during a focus session</option>
        </select>

        {decks.length > 0 && (
          <fieldset className="form-group deck-budgets">
            <legend>Deck budgets in minutes (inside the daily budget; empty for none)</legend>
            {decks.map((d) => (
              <label key={d.id} className="deck-budget-field">
                <span>{d.name}</span>
                <input
                  aria-label={`Budget of the deck ${d.name} in minutes`}
                  inputMode="numeric"
                  className="short"
                  placeholder="none"
                  value={current.deckBudgets[d.id] ?? ''}
                  {...invalid(`deck:${d.id}`)}
                  onChange={(e) =>
                    edit({ deckBudgets: { ...current.deckBudgets, [d.id]: e.target.value } })
                  }
                />
                {problemOf(`deck:${d.id}`)}
              </label>
            ))}
          </fieldset>
        )}

        <label htmlFor="tb-idle">Idle after (seconds)</label>
        <input
          id="tb-idle"
          inputMode="numeric"
          className="short"
          {...invalid('idleThresholdSeconds')}
          aria-describedby={
            problems.idleThresholdSeconds ? 'tb-problem-idleThresholdSeconds' : 'tb-idle-hint'
          }
          value={current.idleThresholdSeconds}
          onChange={(e) => edit({ idleThresholdSeconds: e.target.value })}
        />
        {problemOf('idleThresholdSeconds')}
        <span id="tb-idle-hint" className="form-hint">
          Time counts only while you have used the computer within this many seconds.
        </span>

        <label className="checkbox wide">
          <input
            type="checkbox"
            checked={current.countOnlyWhenFocused}
            onChange={(e) => edit({ countOnlyWhenFocused: e.target.checked })}
          />
          Count only while Timedeck is focused
        </label>

        <label htmlFor="tb-overrides">Overrides per day</label>
        <select
          id="tb-overrides"
          value={current.overridesPerDay}
          onChange={(e) => edit({ overridesPerDay: e.target.value })}
        >
          <option value="0">None</option>
          <option value="1">1</option>
          <option value="2">2</option>
          <option value="3">3</option>
        </select>

        <label htmlFor="tb-override-minutes">Override length (minutes)</label>
        <input
          id="tb-override-minutes"
          inputMode="numeric"
          className="short"
          value={current.overrideMinutes}
          {...invalid('overrideMinutes')}
          onChange={(e) => edit({ overrideMinutes: e.target.value })}
        />
        {problemOf('overrideMinutes')}

        <p className="form-hint wide">
          Stricter settings apply at once; looser ones wait for the next reset (
          {instantWords(view.nextResetAt, zone)}).
        </p>
        <div className="form-buttons">
          <button type="submit" className="button primary">
            Save time settings
          </button>
          <span className="muted" role="status">
            {saved ? 'Saved.' : ''}
          </span>
        </div>
      </form>
      <PendingChanges pending={view.pending} nextResetAt={view.nextResetAt} timeZone={zone} />
    </section>
  );
}
