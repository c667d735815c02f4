import { intents, postUrl } from '../../../shared/accounts/intents';
import type { AccountView } from '../../../shared/accounts/schema';
import { originalFromRepost, shownAuthor, shownPost } from '../lib/reposts';
import { replyRoute, type ReplyRoute } from '../../../shared/accounts/summoned';
import { useStore, type Store } from './index';
import { selectColumn } from './selectors';

/**
 * What a post's buttons and the r/t/o keys do. Each acts on the post a card shows (the original
 * of a repost), as the column's account, and goes through X's web intents where the API would
 * refuse: a reply the author did not summon, likes and quotes (gone from self-serve access).
 */

const state = () => useStore.getState();

function target(s: Store, postId: string) {
  const post = s.postCache.postsById[postId];
  if (!post) return null;
  const { shown } = shownPost(post, s.postCache.postsById);
  const author = shownAuthor(post, shown, s.postCache.usersById);
  return { post: shown, author };
}

/**
 * A reply to a repost whose original the store lacks goes to that original as the repost tells
 * it: stored, so that the composer shows what the reply answers (a later read of the original
 * replaces it).
 */
function keepOriginalOfRepost(postId: string) {
  const s = state();
  const post = s.postCache.postsById[postId];
  const told = post && originalFromRepost(post);
  if (!post || !told || s.postCache.postsById[told.post.id]) return;
  s.keepPostContext({
    posts: [post],
    referenced: [told.post],
    users: s.postCache.usersById[told.author.id] ? [] : [told.author],
    media: [],
  });
}

export function columnAccount(s: Store, columnId: string | null): AccountView | undefined {
  const accountId = selectColumn(columnId)(s)?.accountId;
  return accountId ? s.accounts?.accounts.find((a) => a.id === accountId) : undefined;
}

/** How a reply from the column's account would go; 'api' when the column has no account yet. */
export function replyRouteIn(s: Store, columnId: string | null, postId: string): ReplyRoute {
  const t = target(s, postId);
  const account = columnAccount(s, columnId);
  if (!t || !account) return 'api';
  return replyRoute(t.post, account, s.postCache);
}

/** Whether the column's account can repost through the API (else: X's intent). */
export function canRepostIn(s: Store, columnId: string | null): boolean {
  const account = columnAccount(s, columnId);
  return account !== undefined && account.capabilities.repost && account.state === 'ok';
}

export function replyTo(columnId: string | null, postId: string): void {
  const t = target(state(), postId);
  if (!t) return;
  if (replyRouteIn(state(), columnId, postId) === 'intent') {
    void state().openLink(intents.reply(t.post.id));
    return;
  }
  keepOriginalOfRepost(postId);
  state().openComposer({ columnId, inReplyToId: t.post.id });
}

export function repost(columnId: string | null, postId: string): void {
  const t = target(state(), postId);
  if (!t) return;
  const account = columnAccount(state(), columnId);
  if (account && canRepostIn(state(), columnId)) {
    // A repost is public and billed: the user confirms it (a stray "t" must not post).
    state().askRepost({
      accountId: account.id,
      postId: t.post.id,
      author: t.author ? `@${t.author.username}` : 'this author',
    });
  } else {
    void state().openLink(intents.repost(t.post.id));
  }
}

export function like(postId: string): void {
  const t = target(state(), postId);
  if (t) void state().openLink(intents.like(t.post.id));
}

export function quote(postId: string): void {
  const t = target(state(), postId);
  if (t?.author) void state().openLink(intents.quote(t.author.username, t.post.id));
}

/** The post's address on x.com; X redirects /i/status/<id> when the author is unknown. */
export function linkOf(postId: string): string | null {
  const t = target(state(), postId);
  if (!t) return null;
  return postUrl(t.author?.username ?? 'i', t.post.id);
}

export function openOnX(postId: string): void {
  const url = linkOf(postId);
  if (url) void state().openLink(url);
}

export function copyLink(postId: string): void {
  const url = linkOf(postId);
  if (url) void state().copyText(url, 'Link copied');
}
