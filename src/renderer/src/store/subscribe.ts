import type { DecksState } from '../../../shared/decks/schema';
import { bridge } from '../bridge';
import { useStore } from './index';

const columnIdsOf = (layout: DecksState) =>
  new Set(layout.decks.flatMap((d) => d.columns.map((c) => c.id)));

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
    api.on('accounts.changed', s.setAccounts),
    api.on('columns.posts', s.receivePosts),
    api.on('columns.status', s.setColumnStatus),
    api.on('spend.changed', s.setSpend),
    api.onError(s.showError),
  ];
  void s.loadInfo();
  void s.loadDecks();
  void s.loadAccounts();
  void s.loadColumns();
  void s.loadSpend();
  void s.loadDraft();
  return () => offs.forEach((off) => off());
}
