import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { invokeChannels } from '../../../../src/shared/ipc/contract';

/** The parts of a zod 4 definition that hold further schemas, by wrapper kind. */
const CHILD_KEYS = ['innerType', 'in', 'out', 'element', 'keyType', 'valueType', 'left', 'right'];

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  getter?: () => z.ZodType;
} & Record<string, unknown>;

const defOf = (schema: unknown): Def | undefined =>
  (schema as { _zod?: { def?: Def } } | null)?._zod?.def;

/**
 * Every object schema reachable from `schema`, with the path that reaches it and whether it
 * refuses unknown keys (zod 4 marks `.strict()` as a catch-all of `never`).
 */
function objectsIn(schema: z.ZodType, path: string, seen = new Set<unknown>()) {
  const found: Array<{ path: string; strict: boolean }> = [];
  const walk = (s: unknown, at: string) => {
    const def = defOf(s);
    if (!def || seen.has(s)) return;
    seen.add(s);
    if (def.type === 'object') {
      found.push({ path: at, strict: defOf(def.catchall)?.type === 'never' });
      for (const [key, child] of Object.entries(def.shape ?? {})) walk(child, `${at}.${key}`);
      return;
    }
    for (const key of CHILD_KEYS) if (def[key]) walk(def[key], at);
    def.options?.forEach((o, i) => walk(o, `${at}|${i}`));
    def.items?.forEach((o, i) => walk(o, `${at}[${i}]`));
    if (def.rest) walk(def.rest, `${at}[…]`);
    if (def.type === 'lazy' && def.getter) walk(def.getter(), at);
  };
  walk(schema, path);
  return found;
}

describe('every object in a request schema refuses unknown keys', () => {
  it('walks nested objects, including through optional, default, pipe and arrays', () => {
    const loose = z.object({ a: z.array(z.object({ b: z.string() }).optional()).default([]) });
    expect(objectsIn(loose.strict(), 'x')).toEqual([
      { path: 'x', strict: true },
      { path: 'x.a', strict: false },
    ]);
    const piped = z
      .string()
      .transform((s) => JSON.parse(s) as unknown)
      .pipe(z.object({ c: z.number() }).strict().nullable());
    expect(objectsIn(piped, 'y')).toEqual([{ path: 'y', strict: true }]);
  });

  it('finds no loose object anywhere in the contract’s requests', () => {
    const loose = invokeChannels
      .flatMap((c) => objectsIn(c.spec.request, c.name))
      .filter((o) => !o.strict)
      .map((o) => o.path);
    expect(loose).toEqual([]);
  });

  it('so a nested unknown key is refused, not dropped', () => {
    const add = invokeChannels.find((c) => c.name === 'columns.add')!.spec.request;
    const column = { type: 'search', title: 'Acme', query: 'acme', width: 'wide' };
    expect(add.safeParse({ deckId: 'brand', column }).success).toBe(true);
    const withFilters = { ...column, filters: { hideReposts: true, hideEverything: true } };
    expect(add.safeParse({ deckId: 'brand', column: withFilters }).success).toBe(false);
  });
});
