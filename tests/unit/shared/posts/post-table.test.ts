import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostTable } from '../../../../src/shared/posts/post-table';

const p = (id: string, text = id) => ({ id, text });

describe('PostTable', () => {
  it('stores, replaces and deletes by id, leaving the table it came from as it was', () => {
    const a = PostTable.of([p('1'), p('2')]);
    const b = a.with([p('2', 'edited'), p('3')], ['1']);
    expect([...a.keys()].sort()).toEqual(['1', '2']);
    expect(a.get('2')?.text).toBe('2');
    expect([...b.keys()].sort()).toEqual(['2', '3']);
    expect(b.get('2')?.text).toBe('edited');
    expect(b.has('1')).toBe(false);
    expect([a.size, b.size]).toEqual([2, 2]);
  });

  it('is itself when nothing changes, and ignores deleting what it lacks', () => {
    const a = PostTable.of([p('1')]);
    expect(a.with([], [])).toBe(a);
    expect(a.with([], ['9']).size).toBe(1);
  });

  it('agrees with a Map under any sequence of changes, and never changes an older table', () => {
    const id = fc.integer({ min: 1, max: 60 }).map(String);
    const step = fc.record({
      writes: fc.array(id, { maxLength: 8 }),
      deletes: fc.array(id, { maxLength: 8 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        let table = PostTable.empty<{ id: string; text: string }>();
        const model = new Map<string, string>();
        const history: Array<[PostTable<{ id: string; text: string }>, Map<string, string>]> = [];
        steps.forEach(({ writes, deletes }, n) => {
          table = table.with(
            writes.map((w) => p(w, `${w}@${n}`)),
            deletes,
          );
          for (const w of writes) model.set(w, `${w}@${n}`);
          for (const d of deletes) model.delete(d);
          history.push([table, new Map(model)]);
        });
        for (const [t, m] of history) {
          expect(t.size).toBe(m.size);
          expect(new Map([...t.values()].map((x) => [x.id, x.text]))).toEqual(m);
        }
      }),
    );
  });
});
