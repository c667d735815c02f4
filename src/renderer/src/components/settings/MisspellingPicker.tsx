import { useState } from 'react';
import {
  listsMisspelling,
  misspellingSuggestions,
  toggleMisspelling,
} from './misspelling-suggestions';

/**
 * "Suggest misspellings": the likeliest ways people misspell the brand, best first, each with a
 * checkbox that adds it to (or takes it from) the misspellings list. Keyboard slips only when
 * the user asks for them.
 */
export function MisspellingPicker({
  idPrefix,
  brandNames,
  misspellings,
  onChange,
}: {
  idPrefix: string;
  brandNames: string;
  misspellings: string;
  onChange(misspellings: string): void;
}) {
  const [open, setOpen] = useState(false);
  const [keyboardTypos, setKeyboardTypos] = useState(false);
  const suggestions = open ? misspellingSuggestions(brandNames, { keyboardTypos }) : [];
  return (
    <div className="misspelling-picker">
      <button
        type="button"
        className="button small"
        aria-expanded={open}
        aria-controls={`${idPrefix}-misspelling-suggestions`}
        disabled={brandNames.trim() === ''}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide suggestions' : 'Suggest misspellings'}
      </button>
      {open && (
        <fieldset id={`${idPrefix}-misspelling-suggestions`} className="misspelling-suggestions">
          <legend>Likely misspellings, most likely first</legend>
          {suggestions.length === 0 && <p className="hint">Type a brand name first.</p>}
          <ul>
            {suggestions.map((s) => (
              <li key={s}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={listsMisspelling(misspellings, s)}
                    onChange={(e) => onChange(toggleMisspelling(misspellings, s, e.target.checked))}
                  />
                  {s}
                </label>
              </li>
            ))}
          </ul>
          <label className="checkbox keyboard-typos">
            <input
              type="checkbox"
              checked={keyboardTypos}
              onChange={(e) => setKeyboardTypos(e.target.checked)}
            />
            Also suggest keyboard typos
          </label>
        </fieldset>
      )}
    </div>
  );
}
