import type { DecksState } from '../../../shared/decks/schema';
import { bridge, onBridgeSuccess } from '../bridge';
import { useStore } from './index';
import { selectShownLocked } from './timebox-selectors';
import { selectInboxAttention } from './inbox-selectors';
import type { InboxAttendRequest } from '../../../shared/inbox/schema';

const columnIdsOf = (layout: DecksState) =>
  new Set(layout.decks.flatMap((d) => d.columns.map((c) => c.id)));

/**
 * Whether the deck on screen is locked follows from two things (the deck shown and main's view),
 * so it is watched on the store rather than on one event.
 */
export function watchShownLock(): () => void {
  return useStore.subscribe((now, before) => {
    const locked = selectShownLocked(now);
    if (locked !== selectShownLocked(before)) now.followShownLock(locked);
  });
}

/** Which decks are locked, as one string: the inbox leaves their conversations out. */
const lockedKey = (s: ReturnType<typeof useStore.getState>) =>
  (s.timebox?.status.decks ?? [])
    .filter((d) => d.locked)
    .map((d) => d.deckId)
    .join(',') + (s.timebox?.status.total.locked ? ':all' : '');

/** The inbox is asked again when a deck locks or opens: what may be shown changed. */
function watchLocksForInbox(): () => void {
  return useStore.subscribe((now, before) => {
    if (lockedKey(now) !== lockedKey(before)) void now.loadInbox();
  });
}

/**
 * Main counts the owner's minutes on the conversation open on screen: it hears of every change
 * of which one that is (main decides whether the time counts: present, deck unlocked).
 */
function watchInboxAttention(): () => void {
  let sent = selectInboxAttention(useStore.getState());
  void useStore.getState().attendInbox(JSON.parse(sent) as InboxAttendRequest);
  return useStore.subscribe((now) => {
    const next = selectInboxAttention(now);
    if (next === sent) return;
    sent = next;
    void now.attendInbox(JSON.parse(next) as InboxAttendRequest);
  });
}

/** Feeds the store from main: its events, and every refusal of a request. Call once at start. */
export function connectStoreToMain(): () => void {
  const api = bridge();
  const s = useStore.getState();
  const offs = [
    api.on('decks.changed', (layout) => {
      s.setLayout(layout);
      s.retainColumns(columnIdsOf(layout));
    }),
    api.on('app.notice', s.addNotice),
    api.on('app.noticeWithdrawn', ({ noticeId }) => s.removeNotice(noticeId)),
    api.on('accounts.changed', s.setAccounts),
    api.on('columns.posts', s.receivePosts),
    api.on('columns.status', s.setColumnStatus),
    api.on('spend.changed', s.setSpend),
    api.on('timebox.changed', s.setTimebox),
    api.on('timebox.warning', s.receiveWarning),
    api.on('people.changed', ({ personId }) => {
      void s.loadPeopleTags();
      void s.loadBrandSettings();
      const open = useStore.getState().personCard;
      if (open && (personId === null || personId === open.personId)) void s.reloadPerson();
    }),
    api.on('inbox.changed', () => void s.loadInbox()),
    api.onError(s.showError),
    onBridgeSuccess(s.clearErrorsFor),
    watchShownLock(),
    watchLocksForInbox(),
    watchInboxAttention(),
  ];
  void s.loadInfo();
  void s.loadDecks();
  void s.loadAccounts();
  void s.loadColumns();
  void s.loadSpend();
  void s.loadDraft();
  void s.loadTimebox();
  void s.loadTimeboxSettings();
  void s.loadAppearance();
  void s.loadPeopleTags();
  void s.loadBrandSettings();
  void s.loadInbox();
  void s.loadArchive();
  void s.loadRemovedColumns();
  return () => offs.forEach((off) => off());
}
