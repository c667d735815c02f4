import type { SqlRow, SqlStatement, SqlValue } from './driver';

/** Rows per statement at most; a longer list goes as 64, then 32, 16, … 1 for the rest. */
export const MULTI_ROW_CHUNK = 64;

/**
 * `INSERT … VALUES (…), (…), … tail` for many rows in a few statements: a page of 100 rows is
 * three (64 + 32 + 4), each prepared once per size, instead of a hundred — fewer calls into the
 * binding and fewer statement starts. `values` is the rows' values one after another, `width` a
 * row; what the statements return (`tail` may say RETURNING) comes back in order.
 */
export function multiRowInsert(
  q: (sql: string) => SqlStatement,
  head: string,
  width: number,
  tail: string,
): (values: readonly SqlValue[]) => SqlRow[] {
  const row = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  const bySize = new Map<number, SqlStatement>();
  const statement = (size: number) => {
    let s = bySize.get(size);
    if (!s) {
      s = q(`${head} VALUES ${Array.from({ length: size }, () => row).join(', ')} ${tail}`);
      bySize.set(size, s);
    }
    return s;
  };
  return (values) => {
    if (values.length % width !== 0) throw new Error(`multiRowInsert: not rows of ${width}`);
    const rows = values.length / width;
    const out: SqlRow[] = [];
    let i = 0;
    for (let size = MULTI_ROW_CHUNK; size >= 1; size >>= 1)
      for (; rows - i >= size; i += size)
        for (const r of statement(size).all(...values.slice(i * width, (i + size) * width)))
          out.push(r);
    return out;
  };
}
