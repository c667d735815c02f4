import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../../../src/renderer/src/store';
import { watchShownLock } from '../../../../src/renderer/src/store/subscribe';
import { meterFigures, shownStatus } from '../../../../src/renderer/src/store/timebox-selectors';
import type { DecksState } from '../../../../src/shared/decks/schema';
import type {
  BudgetStatus,
  DeckStatus,
  FocusSessionView,
} from '../../../../src/shared/timebox/status';
import type { TimeboxView } from '../../../../src/shared/timebox/view';
import { batch, post } from '../fixtures';
import { installFakeBridge } from './fake-bridge';

const initial = useStore.getState();
let bridge: ReturnType<typeof installFakeBridge>;
const s = () => useStore.getState();

const layout = (activeDeckId: string): DecksState => ({
  activeDeckId,
  decks: ['brand', 'personal'].map((id) => ({ id, name: id, columns: [] })),
});

const budget = (usedMin: number, budgetMin = 30, extra: Partial<BudgetStatus> = {}) => {
  const remaining = Math.max(0, budgetMin - usedMin) * 60;
  const locked = remaining === 0;
  return {
    usedSeconds: usedMin * 60,
    budgetSeconds: budgetMin * 60,
    remainingSeconds: remaining,
    locked,
    lockReason: locked ? ('total-spent' as const) : null,
    opensAt: locked ? 1_000 : null,
    warning: locked ? 'none' : remaining <= 60 ? '1min' : remaining <= 300 ? '5min' : 'none',
    showCountdown: !locked && remaining <= 600,
    ...extra,
  } satisfies BudgetStatus;
};

function view(
  usedMin: number,
  over: {
    decks?: DeckStatus[];
    session?: FocusSessionView | null;
    override?: TimeboxView['override'];
    day?: string;
    pending?: TimeboxView['status']['pending'];
  } = {},
): TimeboxView {
  const total = budget(usedMin);
  return {
    status: {
      enabled: true,
      mode: 'open',
      day: over.day ?? '2026-11-23',
      nextResetAt: 2_000,
      total,
      decks: over.decks ?? [
        { ...total, deckId: 'brand', ownBudget: false },
        { ...total, deckId: 'personal', ownBudget: false },
      ],
      pending: over.pending ?? [],
      focusSession: over.session ?? null,
      override: { perDay: 1, minutes: 5, usedToday: 0, available: true },
    },
    override: over.override ?? { state: 'idle' },
    shownDeckId: 'brand',
  };
}

const session = (state: FocusSessionView['state']): FocusSessionView => ({
  id: 'session-1',
  purpose: 'answer support',
  state,
  startedAt: 0,
  lengthSeconds: 900,
  elapsedSeconds: state === 'finished' ? 900 : 300,
  remainingSeconds: state === 'finished' ? 0 : 600,
  activeSeconds: 280,
  endedEarly: false,
  accounts: { b: { postsSeen: 4, repliesSent: 1, postsSent: 0 } },
});

beforeEach(() => {
  vi.useFakeTimers();
  bridge = installFakeBridge();
  useStore.setState({ layout: layout('brand') });
});
afterEach(() => {
  vi.useRealTimers();
  useStore.setState(initial, true);
});

describe('the time box in the store', () => {
  it('shows the summary of a session that finishes while the window is open, once', () => {
    s().setTimebox(view(5, { session: session('running') }));
    expect(s().sessionSummary).toBeNull();
    s().setTimebox(view(10, { session: session('finished') }));
    expect(s().sessionSummary).toMatchObject({ purpose: 'answer support', activeSeconds: 280 });
    s().dismissSessionSummary();
    s().setTimebox(view(11, { session: session('finished') }));
    expect(s().sessionSummary).toBeNull();
  });

  it('does not show an old finished session at start', () => {
    s().setTimebox(view(5, { session: session('finished') }));
    expect(s().sessionSummary).toBeNull();
  });

  it('keeps a warning while it holds, and drops it once the deck locks or gets more time', () => {
    s().setTimebox(view(24));
    s().receiveWarning({
      level: '5min',
      deckId: 'brand',
      remainingSeconds: 300,
      message: '5 left',
    });
    s().setTimebox(view(25));
    expect(s().timeWarning?.message).toBe('5 left');
    s().setTimebox(view(30));
    expect(s().timeWarning).toBeNull();

    s().receiveWarning({ level: '1min', deckId: 'brand', remainingSeconds: 60, message: '1 left' });
    s().setTimebox(view(29));
    expect(s().timeWarning?.level).toBe('1min');
    s().dismissWarning();
    expect(s().timeWarning).toBeNull();
  });

  it('follows the deck on screen: its own lock, not another deck’s', () => {
    const total = budget(10);
    const spentDeck: DeckStatus = {
      ...budget(10, 10, { lockReason: 'deck-spent' }),
      deckId: 'brand',
      ownBudget: true,
    };
    const open: DeckStatus = { ...total, deckId: 'personal', ownBudget: false };
    useStore.setState({ timebox: view(10, { decks: [spentDeck, open] }) });
    expect(shownStatus(s())).toMatchObject({ deckId: 'brand', locked: true });
    expect(meterFigures(s())).toMatchObject({
      scope: 'deck',
      usedSeconds: 600,
      budgetSeconds: 600,
    });
    useStore.setState({ layout: layout('personal') });
    expect(shownStatus(s())).toMatchObject({ deckId: 'personal', locked: false });
    // A deck without its own budget is measured against the day's total.
    expect(meterFigures(s())).toMatchObject({ scope: 'total', budgetSeconds: 1800 });
  });

  it('closes the composer when the deck on screen locks, keeping and saving the draft', () => {
    const off = watchShownLock();
    s().setTimebox(view(20));
    s().openComposer({ accountId: 'b' });
    s().setDraftText('half a reply');
    s().setFocus('col', '42');
    s().setTimebox(view(30));
    expect(s().composerOpen).toBe(false);
    expect(s().draft.text).toBe('half a reply');
    expect(bridge.callsTo('drafts.set').at(-1)).toMatchObject({ text: 'half a reply' });
    expect(s().focusedPostId).toBeNull();
    off();
  });

  it('brings the posts back from main when the deck opens again', async () => {
    const off = watchShownLock();
    s().setTimebox(view(30));
    expect(bridge.callsTo('columns.snapshot')).toHaveLength(0);
    bridge.answerOk('columns.snapshot', {
      posts: [batch('c1', 'replace', [post('7', { text: 'back again' })])],
      statuses: [],
      readMarkers: {},
    });
    s().setTimebox(view(0, { day: '2026-11-24' }));
    expect(bridge.callsTo('columns.snapshot')).toHaveLength(1);
    await vi.runAllTimersAsync();
    expect(s().postCache.postsById.get('7')?.text).toBe('back again');
    off();
  });

  it('confirms a granted override once', () => {
    const waiting = { state: 'waiting' as const, waitRemainingMs: 1000, focused: true };
    s().setTimebox(view(30, { override: waiting }));
    const granted = { state: 'granted' as const, minutes: 5, message: '5 more minutes' };
    s().setTimebox(view(30, { override: granted }));
    expect(s().flash?.text).toBe('5 more minutes');
    const first = s().flash?.id;
    s().setTimebox(view(30, { override: granted }));
    expect(s().flash?.id).toBe(first);
  });

  it('reloads the settings when main reports other pending changes, and the report on a new day', async () => {
    useStore.setState({
      timeboxSettings: { pending: [] } as never,
      timeReport: { days: [], entries: [], sessions: [] },
    });
    s().setTimebox(view(1));
    expect(bridge.callsTo('timebox.getSettings')).toHaveLength(0);
    const pending = [{ field: 'weekdayBudgets.mon', from: 30, to: 45 }];
    bridge.answerOk('timebox.getSettings', { pending });
    s().setTimebox(view(1, { pending }));
    expect(bridge.callsTo('timebox.getSettings')).toHaveLength(1);
    expect(bridge.callsTo('timebox.report')).toHaveLength(0);
    bridge.answerOk('timebox.report', { days: [], entries: [], sessions: [] });
    s().setTimebox(view(0, { pending, day: '2026-11-24' }));
    expect(bridge.callsTo('timebox.report')).toHaveLength(1);
    await vi.runAllTimersAsync();
  });

  it('keeps the start dialog open with main’s reason when a session cannot start', async () => {
    s().setStartSessionOpen(true);
    bridge.answerError('timebox.startSession', {
      kind: 'conflict',
      message: 'Only 3 minutes left today',
    });
    expect(await s().startFocusSession('answer support', 15)).toBe(false);
    expect(s().startSessionOpen).toBe(true);
    expect(s().startSessionError).toBe('Only 3 minutes left today');

    bridge.answerOk('timebox.startSession', view(0, { session: session('running') }));
    expect(await s().startFocusSession('answer support', 15)).toBe(true);
    expect(bridge.callsTo('timebox.startSession').at(-1)).toEqual({
      purpose: 'answer support',
      minutes: 15,
    });
    expect(s().startSessionOpen).toBe(false);
    expect(s().startSessionError).toBeNull();
    expect(s().timebox?.status.focusSession?.state).toBe('running');
  });

  it('sends an override’s reason to main and shows main’s answer', async () => {
    const waiting = view(30, { override: { state: 'waiting', waitRemainingMs: 30_000 } });
    bridge.answerOk('timebox.requestOverride', waiting);
    expect(await s().requestOverride('launch day')).toBe(true);
    expect(bridge.callsTo('timebox.requestOverride')).toEqual([{ reason: 'launch day' }]);
    expect(s().timebox?.override).toEqual({ state: 'waiting', waitRemainingMs: 30_000 });
  });
});
