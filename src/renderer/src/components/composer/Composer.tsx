import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { AnswerView } from '../../../../shared/answers/schema';
import { useShallow } from 'zustand/react/shallow';
import { intents } from '../../../../shared/accounts/intents';
import { MAX_DRAFT_CHARS, draftAtCap } from '../../../../shared/posts/draft-cap';
import { composeLength } from '../../../../shared/posts/weighted-length';
import { replyRoute } from '../../../../shared/accounts/summoned';
import { useStore } from '../../store';
import { selectAccounts, selectActiveDeck } from '../../store/selectors';
import { selectShownLocked } from '../../store/timebox-selectors';
import { Avatar } from '../Avatar';
import { ReferencedPost } from '../post/ReferencedPost';
import { AccountPicker } from './AccountPicker';
import { AnswerFields } from './AnswerFields';
import { AnswerPicker } from './AnswerPicker';
import { AnswerSuggestions } from './AnswerSuggestions';
import { answerContext } from './answer-values';
import { LengthMeter } from './LengthMeter';
import { PostPrice } from './PostPrice';
import { SendError } from './SendError';
import { TrackedLinks } from './TrackedLinks';
import { useBrandChecks } from './brand-checks';

/**
 * The composer: a modal dialog (focus stays in it; Escape closes it and the draft is kept).
 * It wears the colour and avatar of the account that will post. A reply the author did not
 * summon goes to x.com, and replying as another account than the column's asks first.
 */
export function Composer() {
  const { open, draft, columnAccountId, sending, sendError, sendRetryAt } = useStore(
    useShallow((s) => ({
      open: s.composerOpen,
      draft: s.draft,
      columnAccountId: s.composerColumnAccountId,
      sending: s.sending,
      sendError: s.sendError,
      sendRetryAt: s.sendRetryAt,
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
      suggest: s.suggestAnswers,
      insertAnswer: s.insertAnswer,
      noteReplyOnX: s.noteReplyOnX,
      openComposer: s.openComposer,
    })),
  );
  const draftAnswer = useStore((s) => s.draftAnswer);
  const accounts = useStore(selectAccounts);
  const locked = useStore(selectShownLocked);
  const account = accounts.find((a) => a.id === draft.accountId);
  const route = useStore((s) => {
    const post = draft.inReplyToId ? s.postCache.postsById.get(draft.inReplyToId) : undefined;
    return post && account ? replyRoute(post, account, s.postCache) : 'api';
  });
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Tracked links and the balance warning (src/shared/outcomes/): off per post, warned once.
  const deckName = useStore((s) => selectActiveDeck(s)?.name ?? '');
  const [tracking, setTracking] = useState(true);
  const [campaign, setCampaign] = useState<string | null>(null);
  const [content, setContent] = useState('');
  const [warned, setWarned] = useState(false);
  const brand = useBrandChecks({
    text: draft.text,
    accountId: draft.accountId,
    replying: draft.inReplyToId !== null,
    campaign: campaign ?? deckName,
    content,
  });
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [pickerOpen, setPickerOpen] = useState(false);
  const [suggested, setSuggested] = useState<{ key: string; answers: AnswerView[] }>({
    key: '',
    answers: [],
  });
  const [secondPostLink, setSecondPostLink] = useState<string | null>(null);
  const cursorAt = useRef<number | null>(null);
  const replyPostId = draft.inReplyToId;
  const replyPostText = useStore((s) => answerContext(s).postText);

  // The top three answers for the post being answered, for the account that will reply.
  const suggestKey =
    open && replyPostId && draft.accountId && replyPostText
      ? `${draft.accountId}:${replyPostId}`
      : '';
  const suggestions = suggested.key === suggestKey && suggestKey ? suggested.answers : [];
  useEffect(() => {
    if (!suggestKey || !replyPostId || !draft.accountId) return;
    let current = true;
    void actions
      .suggest(draft.accountId, replyPostId, replyPostText)
      .then((answers) => current && setSuggested({ key: suggestKey, answers }));
    return () => {
      current = false;
    };
  }, [suggestKey, replyPostId, replyPostText, draft.accountId, actions]);

  // After Insert, the cursor goes to the first variable still empty (or the end).
  useEffect(() => {
    const at = cursorAt.current;
    const area = textRef.current;
    if (at === null || !area) return;
    cursorAt.current = null;
    area.focus();
    area.setSelectionRange(at, at);
  }, [draft.text]);

  const insert = (answer: AnswerView) => {
    const area = textRef.current;
    const start = area?.selectionStart ?? draft.text.length;
    const end = area?.selectionEnd ?? start;
    const { values } = answerContext(useStore.getState());
    cursorAt.current = actions.insertAnswer(answer, values, start, end - start);
    setPickerOpen(false);
    setSecondPostLink(null);
    // The same text as before (an empty answer) would not move the cursor: do it now too.
    requestAnimationFrame(() => {
      const at = cursorAt.current;
      if (at === null) return;
      cursorAt.current = null;
      textRef.current?.focus();
      textRef.current?.setSelectionRange(at, at);
    });
  };

  const onTextKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const area = e.currentTarget;
    const atStart = area.selectionStart === 0 && area.selectionEnd === 0;
    if ((e.key === ' ' && e.ctrlKey) || (e.key === '/' && atStart && !e.ctrlKey && !e.altKey)) {
      e.preventDefault();
      setPickerOpen(true);
      return;
    }
    const n = e.altKey && !e.ctrlKey ? Number(/^Digit([1-3])$/.exec(e.code)?.[1]) : NaN;
    const suggested = suggestions[n - 1];
    if (suggested) {
      e.preventDefault();
      insert(suggested);
    }
  };

  const unfilled = draftAnswer
    ? draftAnswer.missing.filter((v) => draft.text.includes(`{${v}}`))
    : [];
  const linkInText = draftAnswer?.link ? draft.text.includes(draftAnswer.link) : false;
  const takeLinkOut = () => {
    const link = draftAnswer?.link;
    if (!link) return;
    actions.setText(
      draft.text
        .split(link)
        .join('')
        .replace(/[ \t]+([.,!?:;]|$)/gm, '$1')
        .replace(/[ \t]{2,}/g, ' ')
        .trim(),
    );
    setSecondPostLink(link);
  };

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
  const atCap = draftAtCap(draft.text);
  const replying = draft.inReplyToId !== null;
  const otherAccount = replying && columnAccountId !== null && draft.accountId !== columnAccountId;
  const columnHandle = accounts.find((a) => a.id === columnAccountId)?.username;
  const handle = account ? `@${account.username}` : 'no account';

  const replyOnX = () => {
    if (!draft.inReplyToId) return;
    const { inReplyToId, accountId, text } = draft;
    void actions.openLink(intents.reply(inReplyToId, text)).then((ok) => {
      if (!ok) return;
      if (accountId) actions.noteReplyOnX(accountId, inReplyToId, text);
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
    if (brand.warning && !warned) return setWarned(true);
    setConfirming(false);
    if (unfilled.length > 0) return;
    setWarned(false);
    if (tracking && brand.tracked.links.length > 0) actions.setText(brand.tracked.text);
    const link = secondPostLink;
    const accountId = draft.accountId;
    void actions.send().then((ok) => {
      if (!ok) return;
      actions.flash(`Posted as ${handle}`);
      setSecondPostLink(null);
      if (link && accountId) {
        // The link, ready as its own post: the owner sends it (or not) when they choose.
        actions.openComposer({ accountId, inReplyToId: null });
        actions.setText(link);
      }
    });
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
        setPickerOpen(false);
        if (useStore.getState().composerOpen) actions.close();
      }}
    >
      {open && (
        <form
          onSubmit={submit}
          className="composer-form"
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              e.currentTarget.requestSubmit();
            }
          }}
        >
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
          <AnswerSuggestions answers={suggestions} onPick={insert} />
          {pickerOpen && (
            <AnswerPicker
              accountId={draft.accountId}
              onPick={insert}
              onClose={() => {
                setPickerOpen(false);
                textRef.current?.focus();
              }}
            />
          )}
          <label htmlFor="composer-text" className="visually-hidden">
            {replying ? 'Reply text' : 'Post text'}
          </label>
          <textarea
            id="composer-text"
            ref={textRef}
            aria-keyshortcuts="Control+Space"
            title="/ at the start or Ctrl+Space: your answers"
            className="composer-text"
            rows={6}
            value={draft.text}
            placeholder={replying ? 'Write your reply' : 'What is happening?'}
            maxLength={MAX_DRAFT_CHARS}
            aria-describedby={atCap ? 'composer-length composer-cap' : 'composer-length'}
            onChange={(e) => actions.setText(e.target.value)}
            onKeyDown={onTextKeyDown}
          />
          <TrackedLinks
            tracked={brand.tracked}
            on={tracking}
            setOn={setTracking}
            campaign={campaign ?? deckName}
            setCampaign={setCampaign}
            content={content}
            setContent={setContent}
          />
          {brand.warning && (
            <p className="composer-note balance-warning" role={warned ? 'alert' : 'status'}>
              {brand.warning}
              {warned ? ' Send again to post it anyway.' : ''}
            </p>
          )}
          <AnswerFields unfilled={unfilled} linkInText={linkInText} onTakeLinkOut={takeLinkOut} />
          {secondPostLink && (
            <p className="composer-note" role="status">
              The link is out of this reply: after sending, it waits in a new post.
            </p>
          )}
          {atCap && (
            <p id="composer-cap" className="composer-note composer-cap" role="status">
              A draft holds at most {MAX_DRAFT_CHARS.toLocaleString('en-GB')} characters: anything
              typed or pasted past that was not kept.
            </p>
          )}
          <div className="composer-foot">
            <LengthMeter id="composer-length" length={length} />
            <PostPrice text={draft.text} isReply={replying} viaX={route === 'intent'} />
            <button
              type="submit"
              className="button primary send-button"
              style={account ? { background: account.color, borderColor: account.color } : {}}
              disabled={sending || locked || !account || !length.valid || unfilled.length > 0}
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
          {locked && (
            <p className="composer-note" role="status">
              The deck is locked now (your focus session is over): your text is kept here and as
              your draft. Start a session to send it.
            </p>
          )}
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
            <SendError
              error={sendError}
              retryAt={sendRetryAt}
              onRetry={() =>
                void actions.send().then((ok) => ok && actions.flash(`Posted as ${handle}`))
              }
              onReplyOnX={draft.inReplyToId ? replyOnX : null}
            />
          )}
        </form>
      )}
    </dialog>
  );
}
