import type { InboxSession } from '../../shared/inbox/schema';
import type { StoredConversation } from '../library/inbox';

/**
 * What the owner did in the inbox between two times (an "Answer the inbox" focus session):
 * conversations a reply went to, and conversations closed, each once, by who the customer is.
 */
export function sessionWork(
  all: readonly StoredConversation[],
  since: number,
  until: number,
): InboxSession {
  const within = (at: number) => at >= since && at <= until;
  const entry = (c: StoredConversation) => ({
    key: c.key,
    customer: c.customerUsername ? `@${c.customerUsername}` : null,
  });
  const answered: InboxSession['answered'] = [];
  const done: InboxSession['done'] = [];
  for (const c of all) {
    const history = c.life.history;
    if (history.some((h) => h.cause === 'reply' && within(h.at))) answered.push(entry(c));
    // Done by the owner or by an "I sent it" then done; undone since does not count.
    const last = [...history].reverse().find((h) => within(h.at));
    if (last && last.to === 'done' && c.life.state === 'done') done.push(entry(c));
  }
  return { answered, done };
}
