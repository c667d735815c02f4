import { useMemo } from 'react';
import {
  COLUMN_TYPES,
  COLUMN_TYPE_LABELS,
  COLUMN_WIDTHS,
  type ColumnType,
  type ColumnWidth,
} from '../../../../shared/decks/schema';
import { filtersFromForm, searchQueryOf, type ColumnForm } from '../../lib/column-form';
import { splitColumnForm } from '../../lib/column-split';
import { queryFit } from '../../lib/search-query';
import { AccountField } from './AccountField';
import { ArchiveFields } from './ArchiveFields';
import { FiltersFields } from './FiltersFields';
import { QueryPreview } from './QueryPreview';
import { RefreshFields } from './RefreshFields';
import { SearchFields } from './SearchFields';

interface Props {
  value: ColumnForm;
  onChange(value: ColumnForm): void;
  idPrefix: string;
  /** Saves the search split over several columns (the builder's query does not fit one). */
  onSplit(forms: ColumnForm[]): void;
}

const widthLabel = (w: ColumnWidth) => w[0]!.toUpperCase() + w.slice(1);

/** Every setting of a column, shared by the add and edit forms. */
export function ColumnSettingsFields({ value, onChange, idPrefix, onSplit }: Props) {
  const set = (patch: Partial<ColumnForm>) => onChange({ ...value, ...patch });
  const isSearch = value.type === 'search';
  const fit = useMemo(
    () => (isSearch ? queryFit(searchQueryOf(value), filtersFromForm(value.filters)) : null),
    [isSearch, value],
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
        onChange={(e) => set({ title: e.target.value })}
      />
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

      {isSearch && <SearchFields idPrefix={idPrefix} value={value} onChange={onChange} />}
      {value.type === 'archive' && (
        <ArchiveFields idPrefix={idPrefix} value={value} onChange={onChange} />
      )}
      {value.type === 'user' && (
        <>
          <label htmlFor={`${idPrefix}-username`}>Username</label>
          <input
            id={`${idPrefix}-username`}
            placeholder="@handle"
            value={value.username}
            onChange={(e) => set({ username: e.target.value })}
          />
        </>
      )}
      {value.type === 'list' && (
        <>
          <label htmlFor={`${idPrefix}-list`}>List id</label>
          <input
            id={`${idPrefix}-list`}
            inputMode="numeric"
            placeholder="The number at the end of the list's x.com address"
            value={value.listId}
            onChange={(e) => set({ listId: e.target.value })}
          />
        </>
      )}
      {fit && (
        <QueryPreview
          fit={fit}
          splitInto={split?.ok ? split.forms.length : 0}
          splitProblem={split && !split.ok ? split.message : null}
          onSplit={() => split?.ok && onSplit(split.forms)}
        />
      )}

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
