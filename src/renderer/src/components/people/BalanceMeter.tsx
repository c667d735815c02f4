import { useEffect } from 'react';
import { POST_CLASSES, type PostClass } from '../../../../shared/outcomes/post-class';
import { useStore } from '../../store';

type Mix = { total: number; promotional: number; support: number; social: number };

export const mixWords = (m: Mix) =>
  m.total === 0
    ? 'no posts'
    : `${m.promotional} promotional, ${m.support} support, ${m.social} social of ${m.total}`;

/**
 * One account's balance of promotional, support and social posts over 7 and 30 days, against
 * the owner's target, with each post's class and why; a class set here is remembered.
 */
export function BalanceMeter({ accountId, handle }: { accountId: string; handle: string }) {
  const balance = useStore((s) => s.balances[accountId]);
  const loadBalance = useStore((s) => s.loadBalance);
  const setPostClass = useStore((s) => s.setPostClass);
  useEffect(() => void loadBalance(accountId), [loadBalance, accountId]);
  if (!balance) return <p className="muted">Reading @{handle}&rsquo;s posts…</p>;
  if ('error' in balance) return <p role="alert">{balance.error}</p>;
  const { last7, last30, target } = balance;
  const over = (m: Mix) =>
    m.total > 0 && m.promotional * target.outOf > m.total * target.promotional;
  return (
    <section className="balance" aria-label={`Balance of @${handle}`}>
      <h4>@{handle}</h4>
      {(
        [
          ['Last 7 days', last7],
          ['Last 30 days', last30],
        ] as const
      ).map(([label, m]) => (
        <p key={label} className={over(m) ? 'balance-over' : undefined}>
          {label}: {mixWords(m)}
          {over(m) ? ` — above your target of ${target.promotional} in ${target.outOf}` : ''}
          {m.total > 0 && (
            <meter
              min={0}
              max={m.total}
              value={m.promotional}
              high={(m.total * target.promotional) / target.outOf}
              aria-label={`Promotional posts, ${label.toLowerCase()}`}
            />
          )}
        </p>
      ))}
      <details>
        <summary>Posts and their classes</summary>
        <ul className="balance-posts">
          {balance.posts.slice(0, 30).map((p) => (
            <li key={p.id}>
              <select
                aria-label="Class of this post"
                value={p.overridden ? p.postClass : ''}
                onChange={(e) =>
                  void setPostClass(accountId, p.id, (e.target.value || null) as PostClass | null)
                }
              >
                <option value="">Rules: {p.postClass}</option>
                {POST_CLASSES.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>{' '}
              <span title={p.reason}>{p.text}</span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
