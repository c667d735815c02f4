import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ACCOUNT_COLORS } from '../../../shared/accounts/constants';
import type { AccountView } from '../../../shared/accounts/schema';
import { useStore } from '../store';
import { ArchiveSettingsForm } from './ArchiveSettingsForm';
import { Avatar } from './Avatar';
import { ExternalLink } from './ExternalLink';
import { SpendCapForm } from './SpendCapForm';
import { XAppForm } from './XAppForm';

const COLOR_NAMES: Record<string, string> = {
  '#4c9eff': 'Blue',
  '#f5b942': 'Amber',
  '#3ecf8e': 'Green',
  '#ff6b9a': 'Pink',
  '#a78bfa': 'Violet',
  '#ff8a4c': 'Orange',
};

/** Accounts and the X app: who Timedeck acts as, and through which developer app. */
export function AccountsPanel({ onClose }: { onClose(): void }) {
  const accounts = useStore((s) => s.accounts);
  const { signIn, cancelSignIn, allowWeakStorage } = useStore(
    useShallow((s) => ({
      signIn: s.signIn,
      cancelSignIn: s.cancelSignIn,
      allowWeakStorage: s.allowWeakStorage,
    })),
  );
  if (!accounts) return null;
  const attempt = accounts.signIn;
  const waiting = attempt && (attempt.phase === 'waiting' || attempt.phase === 'exchanging');

  return (
    <aside
      className="side-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="accounts-heading"
    >
      <div className="side-panel-header">
        <h2 id="accounts-heading">Accounts</h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      {accounts.storage === 'unavailable' && (
        <p className="message error">
          This system cannot encrypt sign-in tokens, so Timedeck cannot keep accounts signed in.
        </p>
      )}
      {accounts.storage === 'weak' && !accounts.weakStorageAllowed && (
        <div className="message warning">
          <span>
            Your system has no keyring: Timedeck could store sign-in tokens only with weak
            protection (anyone with your user account could read them).
          </span>
          <button type="button" className="button" onClick={() => void allowWeakStorage()}>
            Allow weak storage
          </button>
        </div>
      )}
      <ul className="account-list" aria-label="Signed-in accounts">
        {accounts.accounts.map((account, index) => (
          <AccountRow
            key={account.id}
            account={account}
            index={index}
            count={accounts.accounts.length}
          />
        ))}
      </ul>
      <div className="sign-in" aria-live="polite">
        {waiting ? (
          <>
            <p>
              Waiting for X in your browser… If it did not open,{' '}
              <ExternalLink href={attempt.authorizeUrl} className="authorize-link">
                open the X sign-in page
              </ExternalLink>
              .
            </p>
            <button
              type="button"
              className="button"
              onClick={() => void cancelSignIn(attempt.attemptId)}
            >
              Cancel sign-in
            </button>
          </>
        ) : (
          <button type="button" className="button primary" onClick={() => void signIn()}>
            Add account
          </button>
        )}
        {attempt?.phase === 'failed' && <p className="sign-in-result error">{attempt.message}</p>}
        {attempt?.phase === 'done' && <p className="sign-in-result">{attempt.message}</p>}
      </div>
      <SpendCapForm />
      <XAppForm />
      <ArchiveSettingsForm />
    </aside>
  );
}

function AccountRow({
  account,
  index,
  count,
}: {
  account: AccountView;
  index: number;
  count: number;
}) {
  const { updateAccount, moveAccount, signOut, signIn } = useStore(
    useShallow((s) => ({
      updateAccount: s.updateAccount,
      moveAccount: s.moveAccount,
      signOut: s.signOut,
      signIn: s.signIn,
    })),
  );
  const [role, setRole] = useState(account.role);
  const handle = `@${account.username}`;
  return (
    <li
      className="account"
      style={{ borderLeftColor: account.color }}
      aria-label={`${account.name} ${handle}`}
    >
      <Avatar url={account.avatarUrl} color={account.color} name={account.name} />
      <div className="account-who">
        <strong>{account.name}</strong> <span className="muted">{handle}</span>
        {account.demo && <span className="badge">Demo</span>}
        {account.state === 'needs-sign-in' && (
          <span className="needs-sign-in">
            Needs sign-in{' '}
            <button type="button" className="button" onClick={() => void signIn(account.id)}>
              Sign in again
            </button>
          </span>
        )}
      </div>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void updateAccount(account.id, { role });
        }}
      >
        <input
          aria-label={`Role of ${handle}`}
          value={role}
          onChange={(e) => setRole(e.target.value)}
        />
        <button type="submit" className="button">
          Save role
        </button>
      </form>
      <select
        aria-label={`Colour of ${handle}`}
        value={account.color}
        onChange={(e) =>
          void updateAccount(account.id, { color: e.target.value as AccountView['color'] })
        }
      >
        {ACCOUNT_COLORS.map((c) => (
          <option key={c} value={c}>
            {COLOR_NAMES[c] ?? c}
          </option>
        ))}
      </select>
      <div className="account-actions">
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${handle} up`}
          disabled={index === 0}
          onClick={() => void moveAccount(account.id, index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${handle} down`}
          disabled={index === count - 1}
          onClick={() => void moveAccount(account.id, index + 1)}
        >
          ↓
        </button>
        <button type="button" className="button" onClick={() => void signOut(account.id)}>
          Sign out {handle}
        </button>
      </div>
    </li>
  );
}
