import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../../../src/renderer/src/store';
import { DRAFT_SAVE_DELAY_MS } from '../../../../src/renderer/src/store/composer-slice';
import type { DecksState } from '../../../../src/shared/decks/schema';
import { NO_FILTERS } from '../../../../src/shared/search/column-filters';
import { account } from '../fixtures';
import { installFakeBridge } from './fake-bridge';

const initial = useStore.getState();
let bridge: ReturnType<typeof installFakeBridge>;
const s = () => useStore.getState();

const layout: DecksState = {
  activeDeckId: 'd',
  decks: [
    {
      id: 'd',
      name: 'Brand',
      columns: [
        {
          id: 'personal-col',
          type: 'home',
          title: 'Home',
          width: 'medium',
          accountId: 'p',
          intervalMs: 120_000,
          notify: false,
          filters: NO_FILTERS,
        },
      ],
    },
  ],
};

beforeEach(() => {
  vi.useFakeTimers();
  bridge = installFakeBridge();
  useStore.setState({
    layout,
    accounts: {
      accounts: [account('b', 'acme'), account('p', 'jane', { role: 'Personal' })],
      signIn: null,
      storage: 'secure',
      weakStorageAllowed: false,
    },
  });
});
afterEach(() => {
  vi.useRealTimers();
  useStore.setState(initial, true);
});

describe('the composer', () => {
  it('posts as the column’s account by default, else the first account', () => {
    s().openComposer({ columnId: 'personal-col' });
    expect(s().draft.accountId).toBe('p');
    expect(s().composerColumnAccountId).toBe('p');
    useStore.setState({ draft: { accountId: null, text: '', inReplyToId: null } });
    s().openComposer();
    expect(s().draft.accountId).toBe('b');
  });

  it('keeps the text after X refuses it, with X’s reason', async () => {
    s().openComposer({ inReplyToId: '42', accountId: 'b' });
    s().setDraftText('Thanks for the kind words!');
    bridge.answerError('posts.create', {
      kind: 'x',
      message: 'X refused the reply',
      x: { kind: 'not_summoned', message: 'not summoned' },
    });
    expect(await s().sendDraft()).toBe(false);
    expect(s().draft).toEqual({
      accountId: 'b',
      text: 'Thanks for the kind words!',
      inReplyToId: '42',
    });
    expect(s().sendError?.x?.kind).toBe('not_summoned');
    expect(s().composerOpen).toBe(true);
    // And it is saved at once, in case the app closes now.
    expect(bridge.callsTo('drafts.set').at(-1)).toMatchObject({
      text: 'Thanks for the kind words!',
    });
  });

  it('sends the reply as the chosen account, then empties and closes', async () => {
    s().openComposer({ inReplyToId: '42', accountId: 'b' });
    s().setDraftText('On it!');
    bridge.answerOk('posts.create', { postId: '77' });
    expect(await s().sendDraft()).toBe(true);
    expect(bridge.callsTo('posts.create')).toEqual([
      { accountId: 'b', text: 'On it!', inReplyToId: '42' },
    ]);
    expect(s().draft).toEqual({ accountId: 'b', text: '', inReplyToId: null });
    expect(s().composerOpen).toBe(false);
    expect(bridge.callsTo('drafts.set').at(-1)).toEqual({
      accountId: 'b',
      text: '',
      inReplyToId: null,
    });
  });

  it('saves the draft once typing pauses, not at every key', () => {
    s().openComposer({ accountId: 'b' });
    for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello']) {
      s().setDraftText(text);
      vi.advanceTimersByTime(DRAFT_SAVE_DELAY_MS / 2);
    }
    expect(bridge.callsTo('drafts.set')).toEqual([]);
    vi.advanceTimersByTime(DRAFT_SAVE_DELAY_MS);
    expect(bridge.callsTo('drafts.set')).toEqual([
      { accountId: 'b', text: 'Hello', inReplyToId: null },
    ]);
  });

  it('brings back the draft kept from the last session', async () => {
    bridge.answerOk('drafts.get', { accountId: 'p', text: 'half a thought', inReplyToId: null });
    await s().loadDraft();
    expect(s().draft.text).toBe('half a thought');
    s().openComposer();
    expect(s().draft).toMatchObject({ accountId: 'p', text: 'half a thought' });
  });

  it('does not let the stored draft overwrite what the user typed meanwhile', async () => {
    s().setDraftText('typed already');
    bridge.answerOk('drafts.get', { accountId: 'p', text: 'older', inReplyToId: null });
    await s().loadDraft();
    expect(s().draft.text).toBe('typed already');
  });

  it('closing keeps the draft and saves it', () => {
    s().openComposer({ accountId: 'b' });
    s().setDraftText('later');
    s().closeComposer();
    expect(s().composerOpen).toBe(false);
    expect(s().draft.text).toBe('later');
    expect(bridge.callsTo('drafts.set').at(-1)).toMatchObject({ text: 'later' });
  });
});

describe('a post that did not go out (issue 10)', () => {
  const unavailable = {
    kind: 'x' as const,
    message: 'X is having trouble',
    x: { kind: 'unavailable' as const, message: '503', status: 503 },
  };

  it('is sent again by itself after a 5xx, says when, and says "Sent" once it went out', async () => {
    s().openComposer({ accountId: 'b' });
    s().setDraftText('Back in stock!');
    bridge.answerError('posts.create', unavailable);
    bridge.answerError('posts.create', { ...unavailable, x: { kind: 'network', message: 'down' } });
    bridge.answerOk('posts.create', { postId: '88' });
    expect(await s().sendDraft()).toBe(false);
    const first = s().sendRetryAt!;
    expect(first - Date.now()).toBeGreaterThanOrEqual(10_000);
    expect(bridge.callsTo('posts.create')).toHaveLength(1);
    // Nothing is sent before the announced time, then it is.
    await vi.advanceTimersByTimeAsync(first - Date.now() - 1);
    expect(bridge.callsTo('posts.create')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(bridge.callsTo('posts.create')).toHaveLength(2);
    expect(s().sendRetryAt).not.toBeNull();
    await vi.advanceTimersByTimeAsync(s().sendRetryAt! - Date.now());
    expect(bridge.callsTo('posts.create')).toHaveLength(3);
    expect(s().composerOpen).toBe(false);
    expect(s().draft.text).toBe('');
    expect(s().flash?.text).toBe('Sent');
  });

  it('is not retried when X refused it, and never more than a few times: then it is the user’s call', async () => {
    s().openComposer({ accountId: 'b' });
    s().setDraftText('Hello');
    bridge.answerError('posts.create', {
      kind: 'x',
      message: 'no',
      x: { kind: 'forbidden', message: 'no' },
    });
    await s().sendDraft();
    expect(s().sendRetryAt).toBeNull();
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(bridge.callsTo('posts.create')).toHaveLength(1);

    for (let i = 0; i < 10; i++) bridge.answerError('posts.create', unavailable);
    await s().sendDraft();
    await vi.advanceTimersByTimeAsync(3_600_000);
    const sent = bridge.callsTo('posts.create').length - 1;
    expect(sent).toBeGreaterThan(1);
    expect(sent).toBeLessThanOrEqual(5);
    expect(s().sendRetryAt).toBeNull();
    expect(s().draft.text).toBe('Hello');
  });

  it('closing the composer stops a pending retry and keeps the draft', async () => {
    s().openComposer({ accountId: 'b' });
    s().setDraftText('Hold on');
    bridge.answerError('posts.create', unavailable);
    await s().sendDraft();
    s().closeComposer();
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(bridge.callsTo('posts.create')).toHaveLength(1);
    expect(s().draft.text).toBe('Hold on');
  });

  it('an X-health banner goes away once X answers again', async () => {
    s().showError(unavailable);
    s().showError({ kind: 'conflict', message: 'Something else' });
    s().setColumnStatus({ columnId: 'personal-col', state: 'ok', readsToday: 0 });
    expect(s().errors.map((e) => e.message)).toEqual(['Something else']);
  });
});
