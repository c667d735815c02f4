import type { ColumnForm } from '../../lib/column-form';
import { SupportSearchBuilder } from './SupportSearchBuilder';

/** A search column's query: built from the support-search builder, or written by hand. */
export function SearchFields({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: ColumnForm;
  onChange(value: ColumnForm): void;
}) {
  const mode = (searchMode: ColumnForm['searchMode']) => (
    <label className="checkbox">
      <input
        type="radio"
        name={`${idPrefix}-search-mode`}
        checked={value.searchMode === searchMode}
        onChange={() => onChange({ ...value, searchMode })}
      />
      {searchMode === 'builder' ? 'Support-search builder' : 'An X query I write'}
    </label>
  );
  return (
    <>
      <fieldset className="form-group inline">
        <legend>Search with</legend>
        {mode('builder')}
        {mode('query')}
      </fieldset>
      {value.searchMode === 'query' ? (
        <>
          <label htmlFor={`${idPrefix}-query`}>X query</label>
          <textarea
            id={`${idPrefix}-query`}
            rows={3}
            placeholder='acme OR "acme widgets" -is:retweet'
            value={value.query}
            onChange={(e) => onChange({ ...value, query: e.target.value })}
          />
        </>
      ) : (
        <SupportSearchBuilder
          idPrefix={idPrefix}
          value={value.builder}
          onChange={(builder) => onChange({ ...value, builder })}
        />
      )}
    </>
  );
}
