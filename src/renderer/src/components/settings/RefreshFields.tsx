import { INTERVAL_UNITS, type IntervalInput } from '../../lib/interval';

/** How often the column asks X, and whether new posts notify. */
export function RefreshFields({
  idPrefix,
  interval,
  notify,
  onInterval,
  onNotify,
}: {
  idPrefix: string;
  interval: IntervalInput;
  notify: boolean;
  onInterval(value: IntervalInput): void;
  onNotify(value: boolean): void;
}) {
  return (
    <>
      <label htmlFor={`${idPrefix}-interval`}>Refresh every</label>
      <div className="field-row">
        <input
          id={`${idPrefix}-interval`}
          inputMode="decimal"
          className="short"
          value={interval.value}
          onChange={(e) => onInterval({ ...interval, value: e.target.value })}
        />
        <select
          aria-label="Refresh unit"
          value={interval.unit}
          onChange={(e) =>
            onInterval({ ...interval, unit: e.target.value as IntervalInput['unit'] })
          }
        >
          {INTERVAL_UNITS.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </div>
      <span className="form-hint">
        Every read costs money on X&rsquo;s pay-per-use plan; 2 minutes suits most columns.
      </span>
      <label className="checkbox wide">
        <input type="checkbox" checked={notify} onChange={(e) => onNotify(e.target.checked)} />
        Notify me of new posts
      </label>
    </>
  );
}
