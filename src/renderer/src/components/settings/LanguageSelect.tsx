import { X_LANGUAGES } from '../../../../shared/search/languages';

const SORTED = Object.entries(X_LANGUAGES).sort((a, b) => a[1].localeCompare(b[1]));

/** The languages X's search knows, by name; '' is any language. */
export function LanguageSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange(code: string): void;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">Any language</option>
      {SORTED.map(([code, name]) => (
        <option key={code} value={code}>
          {name}
        </option>
      ))}
    </select>
  );
}
