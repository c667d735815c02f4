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

describe('removing a column with undo', () => {
  it('keeps the removed column for the toast and the history', async () => {
    bridge.answerOk('columns.remove', layoutWith([column('a', '900'), column('c', '900')]));
    expect(await s().removeColumnWithUndo('d', 'b')).toBe(true);
    expect(s().undoable).toMatchObject({ deckId: 'd', index: 1, column: search });
    expect(s().removedColumns).toHaveLength(1);
  });

  it('puts it back with every setting, at its place', async () => {
    bridge.answerOk('columns.remove', layoutWith([column('a', '900'), column('c', '900')]));
    await s().removeColumnWithUndo('d', 'b');
    const readded = { ...search, id: 'b2' };
    bridge.answerOk('columns.add', layoutWith([column('a', '900'), column('c', '900'), readded]));
    bridge.answerOk('columns.move', layoutWith([column('a', '900'), readded, column('c', '900')]));
    expect(await s().restoreColumn(s().undoable!.key)).toBe(true);

    const { id: _id, ...draft } = search;
    expect(bridge.callsTo('columns.add')).toEqual([{ deckId: 'd', column: draft }]);
    expect(bridge.callsTo('columns.move')).toEqual([{ deckId: 'd', columnId: 'b2', toIndex: 1 }]);
    expect(s().undoable).toBeNull();
    expect(s().removedColumns).toEqual([]);
  });

  it('keeps the history short, newest first, and changes nothing when main refuses', async () => {
    for (const id of ['a', 'c', 'b']) {
      bridge.answerOk('columns.remove', layoutWith([]));
      useStore.setState({ layout: layoutWith([column('a', '900'), search, column('c', '900')]) });
      await s().removeColumnWithUndo('d', id);
    }
    expect(s().removedColumns.map((r) => r.column.id)).toEqual(['b', 'c', 'a']);

    bridge.answerError('columns.add', {
      kind: 'conflict',
      message: 'A deck has at most 30 columns',
    });
    expect(await s().restoreColumn(s().removedColumns[0]!.key)).toBe(false);
    expect(s().removedColumns).toHaveLength(3);
  });
});
