import { useStore } from '../../store';
import { selectAccount } from '../../store/selectors';
import { Avatar } from '../Avatar';

/** Whose eyes the column reads with: the account's avatar on its colour. */
export function ColumnAccountBadge({ accountId }: { accountId: string | null }) {
  const account = useStore(selectAccount(accountId));
  if (!account) {
    return (
      <span className="column-account none" title="No account chosen">
        No account
      </span>
    );
  }
  return (
    <span className="column-account" title={`Reads as @${account.username}`}>
      <Avatar url={account.avatarUrl} color={account.color} name={account.name} size={20} />
      <span className="column-account-handle">@{account.username}</span>
    </span>
  );
}
