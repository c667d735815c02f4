import {
  COLUMN_TYPES,
  COLUMN_TYPE_LABELS,
  COLUMN_WIDTHS,
  type ColumnDraft,
} from '../../../shared/decks/schema';

interface Props {
  value: ColumnDraft;
  onChange(value: ColumnDraft): void;
  idPrefix: string;
}

/** The fields of a column's settings, shared by the add and edit forms. */
export function ColumnFields({ value, onChange, idPrefix }: Props) {
  return (
    <>
      <label htmlFor={`${idPrefix}-title`}>Title</label>
      <input
        id={`${idPrefix}-title`}
        value={value.title}
        onChange={(e) => onChange({ ...value, title: e.target.value })}
      />
      <label htmlFor={`${idPrefix}-type`}>Type</label>
      <select
        id={`${idPrefix}-type`}
        value={value.type}
        onChange={(e) => onChange({ ...value, type: e.target.value as ColumnDraft['type'] })}
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
        onChange={(e) => onChange({ ...value, width: e.target.value as ColumnDraft['width'] })}
      >
        {COLUMN_WIDTHS.map((w) => (
          <option key={w} value={w}>
            {w[0]!.toUpperCase() + w.slice(1)}
          </option>
        ))}
      </select>
    </>
  );
}
