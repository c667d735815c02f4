import { useStore } from '../../store';
import { NO_TAGS } from '../../store/people-slice';
import type { FiltersForm } from '../../lib/column-form';
import { LanguageSelect } from './LanguageSelect';

const TOGGLES: ReadonlyArray<{ key: keyof FiltersForm; label: string }> = [
  { key: 'hideReposts', label: 'Hide reposts' },
  { key: 'hideReplies', label: 'Hide replies' },
  { key: 'onlyLinks', label: 'Only posts with links' },
  { key: 'onlyMedia', label: 'Only posts with media' },
];

/** What the column hides; on a search these become query operators, so X never bills them. */
export function FiltersFields({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: FiltersForm;
  onChange(value: FiltersForm): void;
}) {
  const tags = useStore((s) => s.peopleTags?.tags ?? NO_TAGS);
  return (
    <fieldset className="form-group">
      <legend>Filters</legend>
      {TOGGLES.map(({ key, label }) => (
        <label key={key} className="checkbox wide">
          <input
            type="checkbox"
            checked={value[key] as boolean}
            onChange={(e) => onChange({ ...value, [key]: e.target.checked })}
          />
          {label}
        </label>
      ))}
      <label htmlFor={`${idPrefix}-filter-lang`}>Language</label>
      <LanguageSelect
        id={`${idPrefix}-filter-lang`}
        value={value.lang}
        onChange={(lang) => onChange({ ...value, lang })}
      />
      <label htmlFor={`${idPrefix}-only-tagged`}>Only people tagged as</label>
      <select
        id={`${idPrefix}-only-tagged`}
        value={value.onlyTagged}
        onChange={(e) => onChange({ ...value, onlyTagged: e.target.value })}
      >
        <option value="">Anyone</option>
        {tags.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${idPrefix}-muted-words`}>Muted words</label>
      <textarea
        id={`${idPrefix}-muted-words`}
        rows={2}
        placeholder="One per line, or separated by commas"
        value={value.mutedWords}
        onChange={(e) => onChange({ ...value, mutedWords: e.target.value })}
      />
      <label htmlFor={`${idPrefix}-muted-accounts`}>Muted accounts</label>
      <textarea
        id={`${idPrefix}-muted-accounts`}
        rows={2}
        placeholder="@handle, @another"
        value={value.mutedAccounts}
        onChange={(e) => onChange({ ...value, mutedAccounts: e.target.value })}
      />
    </fieldset>
  );
}
