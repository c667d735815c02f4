import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatDollars, spendToday } from '../../lib/spend-words';
import { LOCK_HEADLINES, opensWords, usedOfBudget } from '../../lib/timebox-words';
import { useStore } from '../../store';
import { shownStatus } from '../../store/timebox-selectors';
import { LockInboxSummary } from '../inbox/LockInboxSummary';
import { OverrideFlow } from './OverrideFlow';

/**
 * What a locked deck shows instead of its columns: no post, no column, nothing to scroll. Time
 * used against the budget, when the deck opens again, and what today brought; the draft is kept.
 * A spent budget can be overridden (if the settings allow); "sessions only" opens with a session.
 */
export function LockPanel({ deckName }: { deckName: string }) {
  const shown = useStore(useShallow(shownStatus));
  const total = useStore((s) => s.timebox?.status.total);
  const day = useStore((s) => s.timebox?.status.day);
  const today = useStore((s) => s.timeReport?.days.find((d) => d.day === day));
  // One source for spend: the figure the header shows (X's UTC day), not the report's own sum.
  const spend = useStore((s) => s.spend);
  const zone = useStore((s) => s.timeboxSettings?.active.homeTimeZone);
  const hasDraft = useStore((s) => s.draft.text.trim() !== '');
  const loadTimeReport = useStore((s) => s.loadTimeReport);
  const openStart = useStore((s) => s.setStartSessionOpen);
  useEffect(() => void loadTimeReport(), [loadTimeReport, day]);

  if (!shown || !total || !shown.lockReason) return null;
  const reason = shown.lockReason;
  const deckOwn = shown.ownBudget === true;
  const figures = deckOwn ? shown : total;
  const fraction = figures.budgetSeconds > 0 ? figures.usedSeconds / figures.budgetSeconds : 1;

  return (
    <section className="lock-panel" aria-labelledby="lock-heading">
      <div className="lock-card">
        <p className="lock-deck muted">{deckName} is locked</p>
        <h2 id="lock-heading">{LOCK_HEADLINES[reason]}</h2>
        {reason === 'fault' ? (
          <p>
            Something inside Timedeck failed, so it stopped trusting its own count of your time and
            locked every deck rather than leave them open. Restart Timedeck to open them again.
          </p>
        ) : reason === 'sessions-only' ? (
          <>
            <p>In “sessions only” mode the columns open while a focus session runs.</p>
            <button type="button" className="button primary" onClick={() => openStart(true)}>
              Start a focus session
            </button>
          </>
        ) : (
          <p className="lock-opens">{opensWords(shown.opensAt, zone)}</p>
        )}

        <div className="lock-usage">
          <div className="lock-usage-bar" aria-hidden="true">
            <div style={{ width: `${Math.round(Math.min(1, fraction) * 100)}%` }} />
          </div>
          <p>
            {deckOwn ? 'This deck: ' : 'Today: '}
            <strong>{usedOfBudget(figures.usedSeconds, figures.budgetSeconds)}</strong> used
            {deckOwn && <> · all decks: {usedOfBudget(total.usedSeconds, total.budgetSeconds)}</>}
          </p>
        </div>

        <section className="lock-outcomes" aria-labelledby="lock-outcomes-heading">
          <h3 id="lock-outcomes-heading">What today brought</h3>
          {today ? (
            <dl className="outcome-list">
              <Outcome label="Posts sent" value={today.postsSent} />
              <Outcome label="Replies sent" value={today.repliesSent} />
              <Outcome
                label="Posts read"
                value={spend ? spendToday(spend).postsRead : today.postsRead}
              />
              <Outcome
                label="API spend"
                value={formatDollars(spend ? spendToday(spend).dollars : today.dollars)}
              />
            </dl>
          ) : (
            <p className="muted">Loading…</p>
          )}
        </section>

        <LockInboxSummary />
        {hasDraft && (
          <p className="lock-draft">Your draft is kept: it will be there when the deck opens.</p>
        )}
        {(reason === 'total-spent' || reason === 'deck-spent') && <OverrideFlow />}
      </div>
    </section>
  );
}

function Outcome({ label, value }: { label: string; value: number | string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
