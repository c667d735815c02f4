import { renderTweet, tweetIncludes } from '../fields';
import { decodeToken, encodeToken, paginate, type Cursor } from '../paging';
import type { ParsedQuery } from '../params';
import { invalidRequest, type ApiAnswer } from '../problems';
import type { SimPost } from '../world/types';
import { ok, type ApiContext } from './context';

/** Which meta fields an endpoint's answer carries (they differ between X's endpoints). */
export type MetaStyle = 'timeline' | 'search' | 'list';

/** A page of posts with data, includes, partial errors and meta, as X's timelines answer. */
export function pageOfPosts(
  ctx: ApiContext,
  q: ParsedQuery,
  posts: SimPost[],
  style: MetaStyle,
  tokenParam: 'next_token' | 'pagination_token',
): ApiAnswer {
  let cursor: Cursor | undefined;
  if (q.token !== undefined) {
    cursor = decodeToken(q.token);
    if (!cursor) {
      return invalidRequest([
        {
          parameters: { [tokenParam]: [q.token] },
          message: `The \`${tokenParam}\` query parameter value [${q.token}] is not a valid token`,
        },
      ]);
    }
  }
  const page = paginate(posts, {
    maxResults: q.maxResults,
    sinceId: q.sinceId,
    untilId: q.untilId,
    startTime: q.startTime,
    endTime: q.endTime,
    cursor,
  });
  if (page.items.length === 0) return ok({ meta: { result_count: 0 } });
  const meta: Record<string, unknown> = {};
  if (style !== 'list') {
    meta.newest_id = page.items[0]!.id;
    meta.oldest_id = page.items[page.items.length - 1]!.id;
  }
  meta.result_count = page.items.length;
  if (page.next) meta.next_token = encodeToken(page.next);
  if (page.previous && style !== 'search') meta.previous_token = encodeToken(page.previous);
  return ok({
    data: page.items.map((p) => renderTweet(p, ctx.view, q.fields.tweet)),
    ...tweetIncludes(page.items, ctx.view, q.fields),
    meta,
  });
}
