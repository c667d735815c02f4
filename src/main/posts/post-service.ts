import type { Draft } from '../../shared/columns/content';
import { AppFailure, conflict, xFailure } from '../errors';
import type { Handlers } from '../ipc/router';
import type { PersistedState } from '../store/schema';
import type { StateStore } from '../store/state-store';
import type { XResult } from '../../shared/x/errors';
import type { XClient } from '../x/x-client';

export interface PostDeps {
  store: StateStore<PersistedState>;
  /** Runs an X call as the account (with its session), or refuses. */
  asAccount<T>(
    accountId: string,
    call: (client: XClient) => Promise<XResult<T>>,
  ): Promise<XResult<T>>;
  accountExists(accountId: string): boolean;
  /** The time box: may this account post now? Returns the refusal in plain words, or null. */
  lockedFor(accountId: string): string | null;
  /** A post or reply went out: the time box counts outcomes, the inbox notes the reply. */
  onSent(
    accountId: string,
    reply: boolean,
    sent: { postId: string; inReplyToId?: string; answerId?: string },
  ): void;
}

/** Posting, replying and reposting, and the composer's draft (kept across errors and restarts). */
export function createPostService(deps: PostDeps) {
  const guard = (accountId: string) => {
    if (!deps.accountExists(accountId)) throw conflict('That account is no longer signed in.');
    const locked = deps.lockedFor(accountId);
    if (locked) throw new AppFailure('locked', locked);
  };

  const posts: Handlers['posts'] = {
    create: async ({ accountId, text, inReplyToId, answerId }) => {
      guard(accountId);
      const result = await deps.asAccount(accountId, (c) =>
        c.createPost({ text, ...(inReplyToId ? { inReplyTo: inReplyToId } : {}) }),
      );
      if (!result.ok) throw xFailure(result.error);
      deps.onSent(accountId, inReplyToId !== undefined, {
        postId: result.value.id,
        ...(inReplyToId ? { inReplyToId } : {}),
        ...(answerId ? { answerId } : {}),
      });
      return { postId: result.value.id };
    },
    context: async ({ accountId, postId }) => {
      guard(accountId);
      const result = await deps.asAccount(accountId, (c) => c.post(postId));
      if (!result.ok) throw xFailure(result.error);
      const { posts, includes } = result.value;
      return { posts, referenced: includes.posts, users: includes.users, media: includes.media };
    },
    repost: async ({ accountId, postId }) => {
      guard(accountId);
      const result = await deps.asAccount(accountId, (c) => c.repost(accountId, postId));
      if (!result.ok) throw xFailure(result.error);
      return null;
    },
  };

  const drafts: Handlers['drafts'] = {
    get: (): Draft => deps.store.get('draft'),
    set: (draft) => {
      deps.store.set('draft', draft);
      return null;
    },
  };
  return { posts, drafts };
}
