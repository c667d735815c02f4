import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { intents } from '../../../../shared/accounts/intents';
import { composeLength } from '../../../../shared/posts/weighted-length';
import { replyRoute } from '../../../../shared/accounts/summoned';
import { useStore } from '../../store';
import { selectAccounts } from '../../store/selectors';
import { Avatar } from '../Avatar';
import { ReferencedPost } from '../post/ReferencedPost';
import { AccountPicker } from './AccountPicker';
import { LengthMeter } from './LengthMeter';
import { SendError } from './SendError';

/**
 * The composer: a modal dialog (focus stays in it; Escape closes it and the draft is kept).
 * It wears the colour and avatar of the account that will post. A reply the author did not
 * summon goes to x.com, and replying as another account than the column's asks first.
 */
export function Composer() {
  const { open, draft, columnAccountId, sending, sendError } = useStore(
    useShallow((s) => ({
      open: s.composerOpen,
      draft: s.draft,
      columnAccountId: s.composerColumnAccountId,
      sending: s.sending,
      sendError: s.sendError,
    })),
  );
  const actions = useStore(
    useShallow((s) => ({
      close: s.closeComposer,
      setText: s.setDraftText,
      setAccount: s.setDraftAccount,
      dropReply: s.dropReplyTarget,
      send: s.sendDraft,
      openLink: s.openLink,
      flash: s.showFlash,
    })),
  );
  const accounts = useStore(selectAccounts);
  const account = accounts.find((a) => a.id === draft.accountId);
  const route = useStore((s) => {
    const post = draft.inReplyToId ? s.postCache.postsById[draft.inReplyToId] : undefined;
    return post && account ? replyRoute(post, account, s.postCache) : 'api';
  });
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement;
      dialog.showModal();
      dialog.querySelector('textarea')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus();
    }
  }, [open]);

  const length = composeLength(draft.text);
  const replying = draft.inReplyToId !== null;
  const otherAccount = replying && columnAccountId !== null && draft.accountId !== columnAccountId;
  const columnHandle = accounts.find((a) => a.id === columnAccountId)?.username;
  const handle = account ? `@${account.username}` : 'no account';

  const replyOnX = () => {
    if (!draft.inReplyToId) return;
    void actions.openLink(intents.reply(draft.inReplyToId, draft.text)).then((ok) => {
      if (!ok) return;
      // The text went to x.com with the intent: nothing is left to send from here.
      actions.setText('');
      actions.dropReply();
      actions.close();
      actions.flash('Finish the reply on x.com, in your browser');
    });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (route === 'intent') return replyOnX();
    if (otherAccount && !confirming) return setConfirming(true);
    setConfirming(false);
    void actions.send().then((ok) => ok && actions.flash(`Posted as ${handle}`));
  };

  const sendLabel =
    route === 'intent' ? 'Continue on x.com' : `${replying ? 'Reply' : 'Post'} as ${handle}`;

  return (
    <dialog
      ref={dialogRef}
      className="composer"
      aria-labelledby="composer-heading"
      style={account ? { borderColor: account.color } : undefined}
      onClose={() => {
        setConfirming(false);
        if (useStore.getState().composerOpen) actions.close();
      }}
    >
      {open && (
        <form onSubmit={submit} className="composer-form">
          <div className="composer-head">
            <h2 id="composer-heading">{replying ? 'Reply' : 'New post'}</h2>
            <button type="button" className="button" onClick={actions.close}>
              Close
            </button>
          </div>
          {draft.inReplyToId && (
            <div className="composer-reply-to">
              <ReferencedPost postId={draft.inReplyToId} kind="replied_to" />
              <button type="button" className="button small" onClick={actions.dropReply}>
                Make it a new post
              </button>
            </div>
          )}
          <AccountPicker
            accounts={accounts}
            value={draft.accountId}
            onChange={(id) => {
              setConfirming(false);
              actions.setAccount(id);
            }}
          />
          <label htmlFor="composer-text" className="visually-hidden">
            {replying ? 'Reply text' : 'Post text'}
          </label>
          <textarea
            id="composer-text"
            className="composer-text"
            rows={6}
            value={draft.text}
            placeholder={replying ? 'Write your reply' : 'What is happening?'}
            aria-describedby="composer-length"
            onChange={(e) => actions.setText(e.target.value)}
          />
          <div className="composer-foot">
            <LengthMeter id="composer-length" length={length} />
            <button
              type="submit"
              className="button primary send-button"
              style={account ? { background: account.color, borderColor: account.color } : {}}
              disabled={sending || !account || !length.valid}
            >
              {account && (
                <Avatar
                  url={account.avatarUrl}
                  color={account.color}
                  name={account.name}
                  size={20}
                />
              )}
              {sending ? 'Sending…' : sendLabel}
            </button>
          </div>
          {route === 'intent' && (
            <p className="composer-note">
              X lets apps reply only to authors who mentioned {handle} or quoted its posts: this
              reply opens on x.com with your text.
            </p>
          )}
          {confirming && (
            <div className="composer-confirm">
              <p role="alert">
                This column reads as @{columnHandle ?? '?'}. Reply as {handle} instead?
              </p>
              <button type="submit" className="button primary" autoFocus>
                Yes, reply as {handle}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                Choose again
              </button>
            </div>
          )}
          {sendError && (
            <SendError error={sendError} onReplyOnX={draft.inReplyToId ? replyOnX : null} />
          )}
        </form>
      )}
    </dialog>
  );
}
