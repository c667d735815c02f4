import {
  balanceOf,
  classifyPost,
  DEFAULT_BALANCE_TARGET,
  type PostClass,
} from '../../shared/outcomes/post-class';
import { normaliseDomain } from '../../shared/outcomes/utm';
import type { BalanceView, BrandSettings } from '../../shared/outcomes/balance-schema';
import type { Clock } from '../../shared/time/clock';
import type { XError } from '../../shared/x/errors';
import type { Post, PostPage } from '../../shared/x/types';
import { AppFailure, xFailure } from '../errors';
import type { Handlers } from '../ipc/router';
import type { PeopleStore } from '../library/people';

const DAY_MS = 86_400_000;
/** An account's own timeline is read at most this often (an owned read, but still a request). */
const FRESH_MS = 10 * 60_000;
const DEFAULT_SETTINGS: BrandSettings = {
  domains: [],
  products: [],
  target: DEFAULT_BALANCE_TARGET,
};

type XResult<T> = { ok: true; value: T } | { ok: false; error: XError };

/**
 * The balance of each account's own posts: promotional, support or social (rules in
 * src/shared/outcomes/post-class.ts, the owner's override remembered), over 7 and 30 days,
 * from the account's own timeline (an owned read). Also keeps the owner's domains and target.
 */
export function createBalanceService(deps: {
  people: PeopleStore;
  clock: Clock;
  /** The owner's accounts' X ids. */
  accountIds(): readonly string[];
  readOwnPosts(accountId: string): Promise<XResult<PostPage>>;
  settings: { get(): BrandSettings | null; set(s: BrandSettings): void };
  /** Whether a person is a customer: an inbox conversation, or the "customer" tag. */
  isCustomer(personId: string): boolean;
}) {
  const { people, clock } = deps;
  const cache = new Map<string, { at: number; posts: Post[] }>();
  const settings = () => deps.settings.get() ?? DEFAULT_SETTINGS;

  async function ownPosts(accountId: string): Promise<Post[]> {
    const hit = cache.get(accountId);
    if (hit && clock.now() - hit.at < FRESH_MS) return hit.posts;
    const result = await deps.readOwnPosts(accountId);
    if (!result.ok) {
      // X did not answer: the last posts read still give a balance.
      if (hit) return hit.posts;
      throw xFailure(result.error);
    }
    const posts = result.value.posts.filter((p) => p.authorId === accountId);
    cache.set(accountId, { at: clock.now(), posts });
    return posts;
  }

  async function view(accountId: string): Promise<BalanceView> {
    if (!deps.accountIds().includes(accountId))
      throw new AppFailure('not_found', 'That is not one of your accounts.');
    const { domains, products, target } = settings();
    const posts = (await ownPosts(accountId))
      .filter((p) => !p.referenced.some((r) => r.type === 'retweeted'))
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    const overrides = people.postClassOverrides(posts.map((p) => p.id));
    const classed = posts.map((p) => {
      const override = overrides[p.id];
      const c = classifyPost(
        {
          text: p.text,
          urls: p.entities.urls.map((u) => u.expandedUrl ?? u.url),
          replyToCustomer:
            p.inReplyToUserId !== undefined &&
            !deps.accountIds().includes(p.inReplyToUserId) &&
            deps.isCustomer(p.inReplyToUserId),
          ...(override ? { override } : {}),
        },
        { domains, products },
      );
      return {
        id: p.id,
        text: p.text,
        createdAt: Date.parse(p.createdAt),
        postClass: c.postClass,
        reason: c.reason,
        overridden: override !== undefined,
      };
    });
    const mix = (days: number) => {
      const { total, promotional, support, social } = balanceOf(
        classed.filter((p) => p.createdAt >= clock.now() - days * DAY_MS).map((p) => p.postClass),
      );
      return { total, promotional, support, social };
    };
    return { accountId, posts: classed, last7: mix(7), last30: mix(30), target };
  }

  const handlers: Handlers['balance'] = {
    settings: () => settings(),
    setSettings: (request) => {
      const domains: string[] = [];
      for (const typed of request.domains) {
        const d = normaliseDomain(typed);
        if (d === null)
          throw new AppFailure('invalid_payload', `“${typed.slice(0, 60)}” is not a domain name`);
        if (!domains.includes(d)) domains.push(d);
      }
      const next = { domains, products: request.products, target: request.target };
      deps.settings.set(next);
      return next;
    },
    view: ({ accountId }) => view(accountId),
    setClass: ({ accountId, postId, postClass }) => {
      people.setPostClass(postId, accountId, (postClass ?? null) as PostClass | null, clock.now());
      return view(accountId);
    },
  };
  return { handlers };
}
