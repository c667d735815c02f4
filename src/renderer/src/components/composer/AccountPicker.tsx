import type { AccountView } from '../../../../shared/accounts/schema';
import { Avatar } from '../Avatar';

/** Which account posts: a radio group of the signed-in accounts, each on its colour. */
export function AccountPicker({
  accounts,
  value,
  onChange,
}: {
  accounts: readonly AccountView[];
  value: string | null;
  onChange(accountId: string): void;
}) {
  return (
    <fieldset className="account-picker">
      <legend>Post as</legend>
      {accounts.map((a) => (
        <label
          key={a.id}
          className={`account-choice${a.id === value ? ' chosen' : ''}`}
          style={{ borderColor: a.color }}
        >
          <input
            type="radio"
            name="composer-account"
            value={a.id}
            checked={a.id === value}
            onChange={() => onChange(a.id)}
          />
          <Avatar url={a.avatarUrl} color={a.color} name={a.name} size={24} />
          <span>
            @{a.username} <span className="muted">{a.role}</span>
          </span>
        </label>
      ))}
      {accounts.length === 0 && (
        <p className="muted">No account is signed in: add one under Accounts.</p>
      )}
    </fieldset>
  );
}
