import { useState } from 'react';
import {
  OUTCOME_KINDS,
  parseAmount,
  type OutcomeKind,
} from '../../../../shared/outcomes/return-on-time';
import { COMMON_CURRENCIES, OUTCOME_LABELS } from '../../lib/outcome-words';
import { useStore } from '../../store';
import { FieldError } from '../FieldError';

/**
 * Logs what came of a post, a person or a conversation: a kind, an optional value in a currency
 * (kept in minor units, never converted), a note, and the deck and account it came from. What
 * was typed stays in the form until it is saved.
 */
export function OutcomeForm({
  personId,
  postId,
  deckId,
  accountId,
  idPrefix,
}: {
  personId?: string;
  postId?: string;
  deckId?: string;
  accountId?: string;
  idPrefix: string;
}) {
  const logOutcome = useStore((s) => s.logOutcome);
  const [kind, setKind] = useState<OutcomeKind>('sale');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('GBP');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setSaved(null);
    const code = currency.trim().toUpperCase();
    let value: { valueMinor?: number; currency?: string } = {};
    if (amount.trim() !== '') {
      if (!/^[A-Z]{3}$/.test(code)) return setProblem('A currency is three letters, like GBP');
      const minor = parseAmount(amount, code);
      if (minor === null) return setProblem(`“${amount.trim()}” is not an amount in ${code}`);
      value = { valueMinor: minor, currency: code };
    }
    setProblem(null);
    setBusy(true);
    const refusal = await logOutcome({
      kind,
      ...value,
      note: note.trim(),
      ...(personId ? { personId } : {}),
      ...(postId ? { postId } : {}),
      ...(deckId ? { deckId } : {}),
      ...(accountId ? { accountId } : {}),
    });
    setBusy(false);
    if (refusal) return setProblem(refusal);
    setSaved(`Logged: ${OUTCOME_LABELS[kind]}${value.currency ? ` ${amount.trim()} ${code}` : ''}`);
    setAmount('');
    setNote('');
  };

  const errorId = `${idPrefix}-error`;
  return (
    <form
      className="outcome-form"
      aria-label="Log an outcome"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label>
        Outcome
        <select value={kind} onChange={(e) => setKind(e.target.value as OutcomeKind)}>
          {OUTCOME_KINDS.map((k) => (
            <option key={k} value={k}>
              {OUTCOME_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Value
        <input
          inputMode="decimal"
          value={amount}
          placeholder="optional"
          aria-invalid={problem !== null}
          aria-describedby={errorId}
          onChange={(e) => setAmount(e.target.value)}
        />
      </label>
      <label>
        Currency
        <input
          list={`${idPrefix}-currencies`}
          value={currency}
          size={4}
          maxLength={3}
          onChange={(e) => setCurrency(e.target.value.toUpperCase())}
        />
        <datalist id={`${idPrefix}-currencies`}>
          {COMMON_CURRENCIES.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </label>
      <label className="outcome-note">
        Note
        <input value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="button" disabled={busy}>
        Log outcome
      </button>
      <FieldError id={errorId} problem={problem} />
      {saved && (
        <span className="muted" role="status">
          {saved}
        </span>
      )}
    </form>
  );
}
