import { productIn, productsOf } from '../../../../shared/answers/products';
import { firstNameOf } from '../../../../shared/answers/template';
import type { Store } from '../../store';

/** What the post being answered says about the customer, for an answer's variables. */
export interface AnswerContext {
  postId: string | null;
  postText: string;
  values: Record<string, string | undefined>;
}

/**
 * The known variables for the draft: {first_name} and {handle} from the customer the reply
 * answers, {product} from the brand's product list (its support columns' settings) as the
 * customer's post names it. {link} comes from the answer itself.
 */
export function answerContext(s: Store): AnswerContext {
  const { inReplyToId, accountId } = s.draft;
  const post = inReplyToId ? s.postCache.postsById.get(inReplyToId) : undefined;
  const author = post ? s.postCache.usersById[post.authorId] : undefined;
  const products = accountId ? productsOf(s.layout?.decks ?? [], accountId) : [];
  return {
    postId: post?.id ?? null,
    postText: post?.text ?? '',
    values: {
      first_name: author ? firstNameOf(author.name, author.username) : undefined,
      handle: author ? `@${author.username}` : undefined,
      product: post ? (productIn(post.text, products) ?? undefined) : undefined,
    },
  };
}

/** When an answer was last used, in words a person reads at a glance. */
export function usedLine(useCount: number, lastUsedAt: number | null, now = Date.now()): string {
  if (useCount === 0 || lastUsedAt === null) return 'Not used yet';
  const days = Math.floor((now - lastUsedAt) / 86_400_000);
  const when = days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
  return `Used ${useCount === 1 ? 'once' : `${useCount} times`}, last ${when}`;
}
