import { useState, type FormEvent } from 'react';
import { PROPOSED_DAILY_MINUTES, parseDailyMinutes } from '../lib/first-run';
import { useStore } from '../store';
import { selectDecks } from '../store/selectors';
import { useModalDialog } from './use-modal-dialog';

/**
 * The first start: what Timedeck is, demo or your own X app, today's budget (30 minutes
 * proposed) and the decks to start with. Skippable; once answered or skipped, never shown again.
 */
export function FirstRunSheet() {
  const open = useStore((s) => s.info?.firstRun === true);
  const ref = useModalDialog(open);
  const finish = useStore((s) => s.finishFirstRun);
  return (
    <dialog
      ref={ref}
      className="first-run"
      aria-labelledby="first-run-heading"
      // Escape is a skip: the defaults stay, and the sheet does not come back.
      onCancel={() => void finish({})}
    >
      {open && <FirstRunForm onSkip={() => void finish({})} />}
    </dialog>
  );
}

function FirstRunForm({ onSkip }: { onSkip(): void }) {
  const demo = useStore((s) => s.info?.demo ?? false);
  const decks = useStore(selectDecks);
  const finish = useStore((s) => s.finishFirstRun);
  const removeDeck = useStore((s) => s.removeDeck);
  const openPanel = useStore((s) => s.toggleSidePanel);
  const [source, setSource] = useState<'demo' | 'own'>(demo ? 'demo' : 'own');
  const [minutes, setMinutes] = useState(String(PROPOSED_DAILY_MINUTES));
  // The decks the user unticked: the layout may arrive after the sheet does.
  const [dropped, setDropped] = useState<ReadonlySet<string>>(() => new Set());
  const budget = parseDailyMinutes(minutes);
  const noDeck = decks.length > 0 && decks.every((d) => dropped.has(d.id));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if ('error' in budget || noDeck) return;
    for (const deck of decks) if (dropped.has(deck.id)) await removeDeck(deck.id);
    if (await finish({ dailyMinutes: budget.minutes })) {
      if (source === 'own') openPanel('accounts');
    }
  };

  return (
    <form className="first-run-form" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="first-run-heading">Welcome to Timedeck</h2>
      <p>
        Timedeck shows X in columns — your brand’s mentions, searches and lists side by side — and
        keeps to a daily time budget: when today’s time is spent, the columns lock until tomorrow.
      </p>

      <fieldset>
        <legend>How do you want to start?</legend>
        <label className="checkbox">
          <input
            type="radio"
            name="first-run-source"
            checked={source === 'demo'}
            onChange={() => setSource('demo')}
          />
          Try the demo: a simulated shop’s X, nothing leaves this computer
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name="first-run-source"
            checked={source === 'own'}
            onChange={() => setSource('own')}
          />
          Connect your X app (its client ID), then sign in your accounts
        </label>
      </fieldset>

      <label htmlFor="first-run-minutes">Today’s budget for X, in minutes</label>
      <input
        id="first-run-minutes"
        inputMode="numeric"
        className="short"
        required
        aria-invalid={'error' in budget}
        aria-describedby="first-run-minutes-hint"
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
      />
      <span id="first-run-minutes-hint" className={'error' in budget ? 'form-error' : 'form-hint'}>
        {'error' in budget
          ? budget.error
          : `${PROPOSED_DAILY_MINUTES} minutes proposed; every day gets the same until you change it in Time.`}
      </span>

      {decks.length > 0 && (
        <fieldset aria-describedby="first-run-decks-hint">
          <legend>Decks to start with</legend>
          {decks.map((deck) => (
            <label key={deck.id} className="checkbox">
              <input
                type="checkbox"
                checked={!dropped.has(deck.id)}
                onChange={(e) => {
                  const next = new Set(dropped);
                  if (e.target.checked) next.delete(deck.id);
                  else next.add(deck.id);
                  setDropped(next);
                }}
              />
              {deck.name} ({deck.columns.map((c) => c.title).join(', ')})
            </label>
          ))}
          <span id="first-run-decks-hint" className={noDeck ? 'form-error' : 'form-hint'}>
            {noDeck ? 'Keep at least one deck.' : 'You can add, rename and move decks later.'}
          </span>
        </fieldset>
      )}

      <div className="first-run-actions">
        <button type="button" className="button" onClick={onSkip}>
          Skip
        </button>
        <button type="submit" className="button primary">
          Start
        </button>
      </div>
    </form>
  );
}
