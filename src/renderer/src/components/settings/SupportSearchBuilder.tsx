import type { BuilderForm } from '../../lib/column-form';
import { FieldError } from '../FieldError';
import { FieldLabel, problemProps } from './FieldLabel';
import { LanguageSelect } from './LanguageSelect';
import { MisspellingPicker } from './MisspellingPicker';

/**
 * Everything people write when they mean the brand (its names, their misspellings, its
 * products), minus what is not a customer talking.
 */
export function SupportSearchBuilder({
  idPrefix,
  value,
  brandProblem,
  onChange,
}: {
  idPrefix: string;
  value: BuilderForm;
  /** Nothing to search for yet, in words. */
  brandProblem?: string;
  onChange(value: BuilderForm): void;
}) {
  const set = (patch: Partial<BuilderForm>) => onChange({ ...value, ...patch });
  return (
    <>
      <FieldLabel htmlFor={`${idPrefix}-brands`} required>
        Brand names
      </FieldLabel>
      <input
        id={`${idPrefix}-brands`}
        placeholder="Acme, Acme Widgets"
        value={value.brandNames}
        {...problemProps(`${idPrefix}-brands`, brandProblem, true)}
        onChange={(e) => set({ brandNames: e.target.value })}
      />
      <FieldError id={`${idPrefix}-brands-problem`} problem={brandProblem ?? null} />
      <label htmlFor={`${idPrefix}-misspellings`}>Misspellings</label>
      <div className="field-stack">
        <textarea
          id={`${idPrefix}-misspellings`}
          rows={3}
          placeholder="One per line"
          value={value.misspellings}
          onChange={(e) => set({ misspellings: e.target.value })}
        />
        <MisspellingPicker
          idPrefix={idPrefix}
          brandNames={value.brandNames}
          misspellings={value.misspellings}
          onChange={(misspellings) => set({ misspellings })}
        />
      </div>
      <label htmlFor={`${idPrefix}-products`}>Products</label>
      <textarea
        id={`${idPrefix}-products`}
        rows={3}
        placeholder="Paste a list: one per line, or separated by commas"
        value={value.products}
        onChange={(e) => set({ products: e.target.value })}
      />
      <label htmlFor={`${idPrefix}-own-handles`}>Leave out posts by</label>
      <input
        id={`${idPrefix}-own-handles`}
        placeholder="The brand's own handles: @acme"
        value={value.excludeAuthors}
        onChange={(e) => set({ excludeAuthors: e.target.value })}
      />
      <label className="checkbox wide">
        <input
          type="checkbox"
          checked={value.excludeReposts}
          onChange={(e) => set({ excludeReposts: e.target.checked })}
        />
        Leave out reposts
      </label>
      <label htmlFor={`${idPrefix}-search-lang`}>Search language</label>
      <LanguageSelect
        id={`${idPrefix}-search-lang`}
        value={value.lang}
        onChange={(lang) => set({ lang })}
      />
    </>
  );
}
