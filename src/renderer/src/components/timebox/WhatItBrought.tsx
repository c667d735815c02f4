import { useEffect, useState } from 'react';
import type { BroughtRow } from '../../../../shared/outcomes/brought-schema';
import { formatAmount, type OutcomeKind } from '../../../../shared/outcomes/return-on-time';
import { OUTCOME_LABELS } from '../../lib/outcome-words';
import { useStore } from '../../store';

const money = (byCurrency: Record<string, number>) =>
  Object.entries(byCurrency)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([c, minor]) => formatAmount(minor, c))
    .join(' + ') || '—';

const kinds = (r: BroughtRow) =>
  Object.entries(r.byKind)
    .map(([k, n]) => `${n} ${OUTCOME_LABELS[k as OutcomeKind].toLowerCase()}`)
    .join(', ') || '—';

function Row({ row, head }: { row: BroughtRow; head?: boolean }) {
  return (
    <tr className={head ? 'brought-total' : undefined}>
      <th scope="row">{row.name}</th>
      <td>{row.minutes} min</td>
      <td>{row.dollars === null ? '—' : `$${row.dollars.toFixed(2)}`}</td>
      <td>{kinds(row)}</td>
      <td>{money(row.value)}</td>
      <td>{money(row.valuePerHour)}</td>
    </tr>
  );
}

/**
 * "What it brought": the time on X beside the outcomes the owner logged, today and over 7 and
 * 30 days, in all, per deck and per account. Money stays in its currency; with nothing logged it
 * says so instead of showing a zero.
 */
export function WhatItBrought() {
  const brought = useStore((s) => s.brought);
  const loadBrought = useStore((s) => s.loadBrought);
  const usedMinutes = useStore((s) => Math.floor((s.timebox?.status.total.usedSeconds ?? 0) / 60));
  const [index, setIndex] = useState(2);
  useEffect(() => void loadBrought(), [loadBrought, usedMinutes]);
  const period = brought?.periods[index];
  return (
    <section className="time-section what-it-brought" aria-labelledby="brought-heading">
      <h3 id="brought-heading">What it brought</h3>
      {!brought || !period ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <div className="segmented" role="group" aria-label="Period">
            {brought.periods.map((p, i) => (
              <button
                key={p.label}
                type="button"
                className="button"
                aria-pressed={i === index}
                onClick={() => setIndex(i)}
              >
                {p.label}
              </button>
            ))}
          </div>
          {!brought.hasOutcomes && (
            <p className="muted">
              No outcomes logged yet. Log one from a post&rsquo;s author (ⓘ) or from People.
            </p>
          )}
          <table aria-label={`What it brought: ${period.label}`}>
            <thead>
              <tr>
                <th scope="col"></th>
                <th scope="col">Time on X</th>
                <th scope="col">API</th>
                <th scope="col">Outcomes</th>
                <th scope="col">Value</th>
                <th scope="col">Value per hour</th>
              </tr>
            </thead>
            <tbody>
              <Row row={period.total} head />
              {period.decks.map((r) => (
                <Row key={`d-${r.id}`} row={{ ...r, name: `Deck ${r.name}` }} />
              ))}
              {period.accounts.map((r) => (
                <Row key={`a-${r.id}`} row={r} />
              ))}
            </tbody>
          </table>
          <p className="muted">
            Money is summed per currency, never converted. X bills accounts, not decks: a
            deck&rsquo;s API cost is shown with its account.
          </p>
        </>
      )}
    </section>
  );
}
