import { useState, type FormEvent } from 'react';
import { monthWords } from '../lib/spend-words';
import { useStore } from '../store';
import { SpendMonth } from './SpendMonth';

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
  if (!spend) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = value.trim().replace(',', '.').replace(/^\$/, '');
    void setMonthlyCap(text === '' ? null : Number(text));
  };
  return (
    <section className="spend-settings" aria-labelledby="spend-heading">
      <h2 id="spend-heading">API spend</h2>
      <p className="muted">{monthWords(spend)}.</p>
      <SpendMonth />
      <form className="inline-form" onSubmit={submit}>
        <label htmlFor="spend-cap">Monthly cap in dollars</label>
        <input
          id="spend-cap"
          inputMode="decimal"
          className="short"
          placeholder="No cap"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="button">
          Save cap
        </button>
      </form>
    </section>
  );
}
