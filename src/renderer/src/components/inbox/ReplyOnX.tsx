import { useEffect, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { intents } from '../../../../shared/accounts/intents';
import type { ConversationView } from '../../../../shared/inbox/schema';
import { composeLength } from '../../../../shared/posts/weighted-length';
import { useStore } from '../../store';
import { LengthMeter } from '../composer/LengthMeter';

/**
 * "Reply on X": X lets apps reply only where the customer summoned the brand, so the reply is
 * drafted here (length-checked), copied, and opened in X's reply intent in the browser; the
 * conversation waits once the owner says they sent it. Nothing here is an error.
 */
export function ReplyOnX({
  conversation: c,
  onClose,
}: {
  conversation: ConversationView;
  onClose(): void;
}) {
  const id = useId();
  const { openLink, copyText, act, flash } = useStore(
    useShallow((s) => ({
      openLink: s.openLink,
      copyText: s.copyText,
      act: s.actOnInbox,
      flash: s.showFlash,
    })),
  );
  const [text, setText] = useState('');
  const [opened, setOpened] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textRef.current?.focus(), []);
  const length = composeLength(text);
  const customer = c.customerUsername ? `@${c.customerUsername}` : 'the customer';

  const open = async () => {
    if (text.trim()) await copyText(text, 'Reply copied: paste it on x.com if it is not there');
    if (await openLink(intents.reply(c.lastPostId, text.trim()))) setOpened(true);
  };
  const sent = async () => {
    if (await act({ action: 'sentOnX', keys: [c.key] })) {
      flash(`${customer} is waiting for their answer now`);
      onClose();
    }
  };

  return (
    <form
      className="inbox-panel inbox-reply"
      aria-label={`Reply on X to ${customer}`}
      onSubmit={(e) => {
        e.preventDefault();
        void (opened ? sent() : open());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <p className="composer-note">
        {customer} did not mention the brand, so X lets you answer only on x.com: write it here, and
        it opens there with your text (copied as well).
      </p>
      <label htmlFor={`${id}-text`}>Your reply</label>
      <textarea
        ref={textRef}
        id={`${id}-text`}
        rows={3}
        value={text}
        aria-describedby={`${id}-length`}
        onChange={(e) => setText(e.target.value)}
      />
      <LengthMeter id={`${id}-length`} length={length} />
      <div className="inbox-actions">
        {!opened ? (
          <button
            type="submit"
            className="button small primary"
            disabled={!length.valid && text !== ''}
          >
            Copy and open on X
          </button>
        ) : (
          <>
            <button type="submit" className="button small primary">
              I sent it
            </button>
            <button type="button" className="button small" onClick={() => void open()}>
              Open on X again
            </button>
          </>
        )}
        <button type="button" className="button small" onClick={onClose}>
          {opened ? 'Not sent' : 'Cancel'}
        </button>
      </div>
    </form>
  );
}
