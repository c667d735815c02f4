import { useEffect, useState } from 'react';
import type { InboxSession } from '../../../../shared/inbox/schema';
import { useStore } from '../../store';

const names = (list: InboxSession['answered']) =>
  list.map((c) => c.customer ?? 'a customer').join(', ');

/** An "Answer the inbox" session's summary: the conversations answered and closed in it. */
export function InboxSessionSummary({ since }: { since: number }) {
  const work = useStore((s) => s.inboxSessionWork);
  const [result, setResult] = useState<InboxSession | null | 'loading'>('loading');
  useEffect(() => {
    let live = true;
    void work(since, Date.now()).then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [work, since]);
  if (result === 'loading') return <p className="muted">Counting the inbox…</p>;
  if (result === null) return null;
  const { answered, done } = result;
  return (
    <section aria-labelledby="session-inbox-heading">
      <h3 id="session-inbox-heading">The inbox in this session</h3>
      <p>
        {answered.length} conversation{answered.length === 1 ? '' : 's'} answered
        {answered.length > 0 ? `: ${names(answered)}` : ''}.
      </p>
      <p>
        {done.length} conversation{done.length === 1 ? '' : 's'} done
        {done.length > 0 ? `: ${names(done)}` : ''}.
      </p>
    </section>
  );
}
