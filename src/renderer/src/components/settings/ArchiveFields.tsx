import { parseArchiveQuery } from '../../../../shared/search/archive-query';
import type { ColumnForm } from '../../lib/column-form';

/**
 * An Archive column's search: words, "phrases", from:, lang:, since: and until: over the posts
 * Timedeck has already read. A query it cannot read says why beside the field.
 */
export function ArchiveFields({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: ColumnForm;
  onChange(value: ColumnForm): void;
}) {
  const typed = value.query.trim();
  const parsed = typed ? parseArchiveQuery(typed) : null;
  const error = parsed && !parsed.ok ? parsed.error : null;
  return (
    <>
      <label htmlFor={`${idPrefix}-archive-query`}>Search your archive</label>
      <input
        id={`${idPrefix}-archive-query`}
        placeholder='refund "order number" from:quillory since:2026-11-01'
        value={value.query}
        aria-invalid={error !== null}
        aria-describedby={`${idPrefix}-archive-help`}
        onChange={(e) => onChange({ ...value, query: e.target.value })}
      />
      <p id={`${idPrefix}-archive-help`} className="archive-help">
        Searches the posts Timedeck has already read: no request to X, no cost, works offline.
      </p>
      {error && (
        <p className="archive-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
