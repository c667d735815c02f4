import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onBridgeSuccess } from '../../../../src/renderer/src/bridge';
import { useStore } from '../../../../src/renderer/src/store';
import type { DecksState } from '../../../../src/shared/decks/schema';
import { installFakeBridge } from './fake-bridge';

const initial = useStore.getState();
let bridge: ReturnType<typeof installFakeBridge>;
let off: () => void;
const s = () => useStore.getState();
const layout: DecksState = { activeDeckId: 'd', decks: [{ id: 'd', name: 'Shop', columns: [] }] };

beforeEach(() => {
  bridge = installFakeBridge();
  off = onBridgeSuccess(s().clearErrorsFor);
});
afterEach(() => {
  off();
  useStore.setState(initial, true);
});

describe('error banners', () => {
  it('go when a later request on the same channel goes through, and only those', async () => {
    s().showError({ kind: 'conflict', channel: 'decks.rename', message: 'Taken' });
    s().showError({ kind: 'x', channel: 'posts.create', message: 'X said no' });
    bridge.answerError('decks.rename', {
      kind: 'conflict',
      channel: 'decks.rename',
      message: 'Taken',
    });
    expect(await s().renameDeck('d', 'Personal')).toBe(false);
    expect(s().errors.map((e) => e.channel)).toEqual(['decks.rename', 'posts.create']);

    bridge.answerOk('decks.rename', layout);
    expect(await s().renameDeck('d', 'Shop')).toBe(true);
    expect(s().errors.map((e) => e.channel)).toEqual(['posts.create']);
  });
});
