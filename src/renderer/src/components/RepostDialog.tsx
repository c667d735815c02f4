import { useStore } from '../store';
import { selectAccount } from '../store/selectors';
import { Avatar } from './Avatar';
import { useModalDialog } from './use-modal-dialog';

/** "Repost @kate's post as @acme?": asked before every repost through the API. */
export function RepostDialog() {
  const pending = useStore((s) => s.pendingRepost);
  const account = useStore(selectAccount(pending?.accountId));
  const askRepost = useStore((s) => s.askRepost);
  const repostAs = useStore((s) => s.repostAs);
  const ref = useModalDialog(pending !== null);

  const handle = account ? `@${account.username}` : 'this account';
  return (
    <dialog
      ref={ref}
      className="repost-dialog"
      aria-labelledby="repost-heading"
      style={account ? { borderColor: account.color } : undefined}
      onClose={() => useStore.getState().pendingRepost && askRepost(null)}
    >
      {pending && (
        <>
          <h2 id="repost-heading">
            Repost {pending.author}&rsquo;s post as {handle}?
          </h2>
          <p className="muted">Everyone following {handle} will see it.</p>
          <div className="form-buttons">
            <button
              type="button"
              className="button primary send-button"
              style={account ? { background: account.color, borderColor: account.color } : {}}
              autoFocus
              onClick={() => {
                askRepost(null);
                void repostAs(pending.accountId, pending.postId);
              }}
            >
              {account && (
                <Avatar
                  url={account.avatarUrl}
                  color={account.color}
                  name={account.name}
                  size={20}
                />
              )}
              Repost as {handle}
            </button>
            <button type="button" className="button" onClick={() => askRepost(null)}>
              Cancel
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
