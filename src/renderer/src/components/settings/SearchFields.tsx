import type { ColumnForm } from '../../lib/column-form';
import type { ColumnProblems } from '../../lib/column-form-problems';
import { FieldError } from '../FieldError';
import { FieldLabel, problemProps } from './FieldLabel';
import { SupportSearchBuilder } from './SupportSearchBuilder';

/** A search column's query: built from the support-search builder, or written by hand. */
export function SearchFields({
  idPrefix,
  value,
  problems,
  onChange,
}: {
  idPrefix: string;
  value: ColumnForm;
  problems: ColumnProblems;
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
          <FieldLabel htmlFor={`${idPrefix}-query`} required>
            X query
          </FieldLabel>
          <textarea
            id={`${idPrefix}-query`}
            rows={3}
            placeholder='acme OR "acme widgets" -is:retweet'
            value={value.query}
            {...problemProps(`${idPrefix}-query`, problems.query, true)}
            onChange={(e) => onChange({ ...value, query: e.target.value })}
          />
          <FieldError id={`${idPrefix}-query-problem`} problem={problems.query ?? null} />
        </>
      ) : (
        <SupportSearchBuilder
          idPrefix={idPrefix}
          value={value.builder}
          brandProblem={problems.brandNames}
          onChange={(builder) => onChange({ ...value, builder })}
        />
      )}
    </>
  );
}
