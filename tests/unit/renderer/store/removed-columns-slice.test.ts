import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../../../../src/renderer/src/store';
import type { Column, DecksState } from '../../../../src/shared/decks/schema';
import { column } from '../fixtures';
import { installFakeBridge } from './fake-bridge';

const initial = useStore.getState();
let bridge: ReturnType<typeof installFakeBridge>;
const s = () => useStore.getState();

const search: Column = {
  ...column('b', '900'),
  title: 'Support',
  query: 'quillory OR quilery',
  builder: undefined,
};
const layoutWith = (columns: Column[]): DecksState => ({
  activeDeckId: 'd',
  decks: [{ id: 'd', name: 'Brand', columns }],
});

beforeEach(() => {
  bridge = installFakeBridge();
  useStore.setState({ layout: layoutWith([column('a', '900'), search, column('c', '900')]) });
});
afterEach(() => useStore.setState(initial, true));

const entry = (key: string, c: Column, index = 1) => ({ key, deckId: 'd', index, column: c });

describe('removing a column with undo', () => {
  it('offers main’s record of the removal for the toast and the history', async () => {
    bridge.answerOk('columns.remove', layoutWith([column('a', '900'), column('c', '900')]));
    bridge.answerOk('columns.removed', [entry('r2', search), entry('r1', column('x', '900'))]);
    expect(await s().removeColumnWithUndo('d', 'b')).toBe(true);
    expect(s().undoable).toEqual(entry('r2', search));
    expect(s().removedColumns.map((r) => r.key)).toEqual(['r2', 'r1']);
  });

  it('puts it back through main, which answers the layout and the shorter history', async () => {
    bridge.answerOk('columns.remove', layoutWith([column('a', '900'), column('c', '900')]));
    bridge.answerOk('columns.removed', [entry('r2', search)]);
    await s().removeColumnWithUndo('d', 'b');
    const readded = { ...search, id: 'b2' };
    bridge.answerOk('columns.restore', {
      decks: layoutWith([column('a', '900'), readded, column('c', '900')]),
      removed: [],
    });
    expect(await s().restoreColumn('r2')).toBe(true);
    expect(bridge.callsTo('columns.restore')).toEqual([{ key: 'r2' }]);
    expect(s().layout?.decks[0]!.columns.map((c) => c.id)).toEqual(['a', 'b2', 'c']);
    expect(s().undoable).toBeNull();
    expect(s().removedColumns).toEqual([]);
  });

  it('loads the history main kept from before a restart, and changes nothing when main refuses', async () => {
    bridge.answerOk('columns.removed', [entry('r9', search)]);
    await s().loadRemovedColumns();
    expect(s().removedColumns).toEqual([entry('r9', search)]);

    bridge.answerError('columns.restore', {
      kind: 'conflict',
      message: 'A deck holds at most 30 columns',
    });
    expect(await s().restoreColumn('r9')).toBe(false);
    expect(s().removedColumns).toHaveLength(1);
    expect(s().layout?.decks[0]!.columns.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });
});
