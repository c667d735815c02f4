import type { QueryFit } from '../../lib/search-query';

/**
 * The query X will receive, and its length against X's limit. Too long from the builder, it
 * offers to split the search over several columns.
 */
export function QueryPreview({
  fit,
  splitInto,
  splitProblem,
  onSplit,
}: {
  fit: QueryFit;
  /** Columns the builder's search would need; 0 when it cannot be split (or is not built). */
  splitInto: number;
  splitProblem: string | null;
  onSplit(): void;
}) {
  return (
    <div className="query-preview">
      <span className="query-preview-label">X query</span>
      <code className="query-text">{fit.query || '(empty)'}</code>
      <span className={fit.fits ? 'muted' : 'over-limit'}>
        {fit.length} / {fit.limit} characters
        {fit.fits ? '' : ': too long for one X search'}
      </span>
      {!fit.fits && splitInto > 1 && (
        <button type="button" className="button small" onClick={onSplit}>
          Split into {splitInto} columns
        </button>
      )}
      {!fit.fits && splitProblem && <span className="over-limit">{splitProblem}</span>}
    </div>
  );
}
