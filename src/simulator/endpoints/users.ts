import { renderUser, userIncludes } from '../fields';
import { USER_EXPANSIONS, USER_PARAMS, checkId, checkUsername, type QuerySpec } from '../params';
import { notFoundAnswer } from '../problems';
import type { SimUser } from '../world/types';
import { ok, withQuery, type ApiContext, type Handler } from './context';

const USER_QUERY: QuerySpec = { params: USER_PARAMS, expansions: USER_EXPANSIONS };

function userAnswer(
  ctx: ApiContext,
  user: SimUser | undefined,
  notFound: () => ReturnType<Handler>,
): ReturnType<Handler> {
  return withQuery(ctx, USER_QUERY, [], (q) => {
    if (!user) return notFound();
    return ok({
      data: renderUser(user, ctx.view, q.fields.user),
      ...userIncludes([user], ctx.view, q.fields),
    });
  });
}

/** User context only (the route refuses app-only tokens), so there is always a signed-in user. */
export const getMe: Handler = (ctx) => {
  const userId = ctx.caller.kind === 'user' ? ctx.caller.userId : '';
  return userAnswer(ctx, ctx.world.user(userId), () => notFoundAnswer('user', 'id', userId));
};

export const getUserById: Handler = (ctx) => {
  const id = ctx.path.id!;
  const problem = checkId('id', id);
  if (problem) return withQuery(ctx, USER_QUERY, [problem], () => ok({}));
  return userAnswer(ctx, ctx.world.user(id), () => notFoundAnswer('user', 'id', id));
};

export const getUserByUsername: Handler = (ctx) => {
  const username = ctx.path.username!;
  const problem = checkUsername(username);
  if (problem) return withQuery(ctx, USER_QUERY, [problem], () => ok({}));
  return userAnswer(ctx, ctx.world.userByUsername(username), () =>
    notFoundAnswer('user', 'username', username),
  );
};
