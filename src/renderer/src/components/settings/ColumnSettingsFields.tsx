import { useMemo } from 'react';
import {
  COLUMN_TYPES,
  COLUMN_TYPE_LABELS,
  COLUMN_WIDTHS,
} from '../../../../shared/decks/constants';
import type { ColumnType, ColumnWidth } from '../../../../shared/decks/schema';
import { filtersFromForm, searchQueryOf, type ColumnForm } from '../../lib/column-form';
import { defaultTitle, type ColumnProblems } from '../../lib/column-form-problems';
import { FieldError } from '../FieldError';
import { FieldLabel, problemProps } from './FieldLabel';
import { splitColumnForm } from '../../lib/column-split';
import { queryFit } from '../../lib/search-query';
import { intervalMs } from '../../lib/interval';
import { AccountField } from './AccountField';
import { ArchiveFields } from './ArchiveFields';
import { MentionsRoute } from './MentionsRoute';
import { useMentionsCovered } from './use-mentions-covered';
import { VolumePreview } from './VolumePreview';
import { FiltersFields } from './FiltersFields';
import { ListFields } from './ListFields';
import { QueryPreview } from './QueryPreview';
import { RefreshFields } from './RefreshFields';
import { SearchFields } from './SearchFields';

interface Props {
  value: ColumnForm;
  /** What is wrong with the fields, shown beside each (after a first try to save). */
  problems?: ColumnProblems;
  onChange(value: ColumnForm): void;
  idPrefix: string;
  /** Saves the search split over several columns (the builder's query does not fit one). */
  onSplit(forms: ColumnForm[]): void;
  /** The deck the column is in: its Mentions columns decide which @handles a search skips. */
  deckId?: string;
}

const widthLabel = (w: ColumnWidth) => w[0]!.toUpperCase() + w.slice(1);

/** Every setting of a column, shared by the add and edit forms. */
export function ColumnSettingsFields({
  value,
  problems = {},
  onChange,
  idPrefix,
  onSplit,
  deckId,
}: Props) {
  const set = (patch: Partial<ColumnForm>) => onChange({ ...value, ...patch });
  const isSearch = value.type === 'search';
  const covered = useMentionsCovered(deckId);
  const query = isSearch ? searchQueryOf(value, covered) : '';
  const fit = useMemo(
    () => (isSearch ? queryFit(query, filtersFromForm(value.filters)) : null),
    [isSearch, query, value.filters],
  );
  const split = useMemo(
    () => (fit && !fit.fits && value.searchMode === 'builder' ? splitColumnForm(value) : null),
    [fit, value],
  );

  return (
    <>
      <label htmlFor={`${idPrefix}-title`}>Title</label>
      <input
        id={`${idPrefix}-title`}
        value={value.title}
        placeholder={defaultTitle(value)}
        {...problemProps(`${idPrefix}-title`, problems.title)}
        onChange={(e) => set({ title: e.target.value })}
      />
      <FieldError id={`${idPrefix}-title-problem`} problem={problems.title ?? null} />
      <label htmlFor={`${idPrefix}-type`}>Type</label>
      <select
        id={`${idPrefix}-type`}
        value={value.type}
        onChange={(e) => set({ type: e.target.value as ColumnType })}
      >
        {COLUMN_TYPES.map((t) => (
          <option key={t} value={t}>
            {COLUMN_TYPE_LABELS[t]}
          </option>
        ))}
      </select>
      <label htmlFor={`${idPrefix}-width`}>Width</label>
      <select
        id={`${idPrefix}-width`}
        value={value.width}
        onChange={(e) => set({ width: e.target.value as ColumnWidth })}
      >
        {COLUMN_WIDTHS.map((w) => (
          <option key={w} value={w}>
            {widthLabel(w)}
          </option>
        ))}
      </select>
      <AccountField
        id={`${idPrefix}-account`}
        value={value.accountId}
        onChange={(accountId) => set({ accountId })}
      />

      {isSearch && (
        <SearchFields idPrefix={idPrefix} value={value} problems={problems} onChange={onChange} />
      )}
      {value.type === 'archive' && (
        <ArchiveFields idPrefix={idPrefix} value={value} onChange={onChange} />
      )}
      {value.type === 'user' && (
        <>
          <FieldLabel htmlFor={`${idPrefix}-username`} required>
            Username
          </FieldLabel>
          <input
            id={`${idPrefix}-username`}
            placeholder="@handle"
            value={value.username}
            {...problemProps(`${idPrefix}-username`, problems.username, true)}
            onChange={(e) => set({ username: e.target.value })}
          />
          <FieldError id={`${idPrefix}-username-problem`} problem={problems.username ?? null} />
        </>
      )}
      {value.type === 'list' && (
        <ListFields idPrefix={idPrefix} value={value} problem={problems.listId} onChange={set} />
      )}
      {fit && (
        <QueryPreview
          fit={fit}
          splitInto={split?.ok ? split.forms.length : 0}
          splitProblem={split && !split.ok ? split.message : null}
          onSplit={() => split?.ok && onSplit(split.forms)}
        />
      )}
      {isSearch && (
        <MentionsRoute deckId={deckId} query={query} value={value} onChange={onChange} />
      )}
      {fit?.fits && <VolumePreview query={fit.query} intervalMs={intervalMs(value.interval)} />}

      <details className="more-settings">
        <summary>Refresh, notifications and filters</summary>
        <div className="more-settings-grid">
          <RefreshFields
            idPrefix={idPrefix}
            interval={value.interval}
            notify={value.notify}
            onInterval={(interval) => set({ interval })}
            onNotify={(notify) => set({ notify })}
          />
          <FiltersFields
            idPrefix={idPrefix}
            value={value.filters}
            onChange={(filters) => set({ filters })}
          />
        </div>
      </details>
    </>
  );
}
