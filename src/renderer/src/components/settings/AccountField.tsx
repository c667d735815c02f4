import { useStore } from '../../store';
import { selectAccounts } from '../../store/selectors';

/** Which signed-in account the column reads as. */
export function AccountField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string | null;
  onChange(accountId: string | null): void;
}) {
  const accounts = useStore(selectAccounts);
  const color = accounts.find((a) => a.id === value)?.color;
  return (
    <>
      <label htmlFor={id}>Account</label>
      <div className="field-with-swatch">
        <span
          className="swatch"
          aria-hidden="true"
          style={color ? { background: color } : undefined}
        />
        <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">No account yet</option>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              @{a.username} ({a.role})
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
