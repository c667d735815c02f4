import type { FieldSelection, ParsedQuery, QuerySpec } from '../params';
import { parseQueryString } from '../params';
import { invalidRequest, type ApiAnswer, type InvalidParameter } from '../problems';
import type { WorldView } from '../fields';
import type { World } from '../world/world';

export type Tier = 'self-serve' | 'enterprise';

export type Caller =
  | { kind: 'user'; token: string; userId: string; clientId: string; scopes: string[] }
  | { kind: 'app'; token: string; clientId: string };

/** Everything an endpoint handler may look at; handlers are plain functions of it. */
export interface ApiContext {
  now: number;
  world: World;
  view: WorldView;
  caller: Caller;
  tier: Tier;
  path: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

export type Handler = (ctx: ApiContext) => ApiAnswer;

/** Runs `fn` with the parsed query, or answers X's 400 listing every bad parameter. */
export function withQuery(
  ctx: ApiContext,
  spec: QuerySpec,
  pathProblems: Array<InvalidParameter | undefined>,
  fn: (q: ParsedQuery) => ApiAnswer,
): ApiAnswer {
  const parsed = parseQueryString(ctx.query, spec, ctx.now);
  const errors = [...pathProblems.filter((p): p is InvalidParameter => p !== undefined)];
  if (!parsed.ok) errors.push(...parsed.errors);
  if (errors.length || !parsed.ok) return invalidRequest(errors);
  return fn(parsed.value);
}

export function ok(body: unknown, status = 200): ApiAnswer {
  return { status, body };
}

export type { FieldSelection };
