import { useState, type FormEvent } from 'react';
import { capDollars, spendCapProblem } from '../lib/field-problems';
import { monthWords } from '../lib/spend-words';
import { FieldError } from './FieldError';
import { useStore } from '../store';

/**
 * The monthly API spend cap: polling stops when the month reaches it. Empty means no cap. What
 * the user typed stays until main accepts it.
 */
export function SpendCapForm() {
  const spend = useStore((s) => s.spend);
  const setMonthlyCap = useStore((s) => s.setMonthlyCap);
  const [value, setValue] = useState(() =>
    spend?.monthlyCapDollars == null ? '' : String(spend.monthlyCapDollars),
  );
  const [tried, setTried] = useState(false);
  if (!spend) return null;
  const problem = tried ? spendCapProblem(value) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (spendCapProblem(value)) return;
    void setMonthlyCap(capDollars(value));
  };
  return (
    <section className="spend-settings" aria-labelledby="spend-heading">
      <h2 id="spend-heading">API spend</h2>
      <p className="muted">{monthWords(spend)}.</p>
      <form className="inline-form" onSubmit={submit}>
        <label htmlFor="spend-cap">Monthly cap in dollars</label>
        <input
          id="spend-cap"
          inputMode="decimal"
          className="short"
          placeholder="No cap"
          value={value}
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'spend-cap-problem' : 'spend-cap-hint'}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="button">
          Save cap
        </button>
      </form>
      <FieldError id="spend-cap-problem" problem={problem} />
      <p id="spend-cap-hint" className="form-hint">
        Leave empty for no cap.
      </p>
    </section>
  );
}
