import { listIncludes, renderList } from '../fields';
import { MAX_RESULTS, decodeListToken, encodeListToken, paginate, type Cursor } from '../paging';
import { LIST_EXPANSIONS, LIST_PARAMS, checkId } from '../params';
import { invalidRequest, notFoundAnswer } from '../problems';
import { ok, withQuery, type Handler } from './context';

export const getOwnedLists: Handler = (ctx) => {
  const id = ctx.path.id!;
  const spec = {
    params: ['max_results', 'pagination_token', ...LIST_PARAMS],
    expansions: LIST_EXPANSIONS,
    maxResults: MAX_RESULTS['GET /2/users/:id/owned_lists'],
  };
  return withQuery(ctx, spec, [checkId('id', id)], (q) => {
    if (!ctx.world.user(id)) return notFoundAnswer('user', 'id', id);
    let cursor: Cursor | undefined;
    if (q.token !== undefined) {
      cursor = decodeListToken(q.token);
      if (!cursor) {
        return invalidRequest([
          {
            parameters: { pagination_token: [q.token] },
            message: `The \`pagination_token\` query parameter value [${q.token}] is not a valid token`,
          },
        ]);
      }
    }
    // Newest list first; the cursor is a position in that order, which keeps X's short tokens.
    const owned = ctx.world.listsOwnedBy(id).sort((a, b) => b.createdAt - a.createdAt);
    const lists = owned.map((list, i) => ({
      list,
      idNum: BigInt(owned.length - i),
      createdAt: list.createdAt,
    }));
    const page = paginate(lists, { maxResults: q.maxResults, cursor });
    if (page.items.length === 0) return ok({ meta: { result_count: 0 } });
    const meta: Record<string, unknown> = { result_count: page.items.length };
    if (page.next) meta.next_token = encodeListToken(page.next);
    if (page.previous) meta.previous_token = encodeListToken(page.previous);
    const found = page.items.map((i) => i.list);
    return ok({
      data: found.map((l) => renderList(l, q.fields.list)),
      ...listIncludes(found, ctx.view, q.fields),
      meta,
    });
  });
};
