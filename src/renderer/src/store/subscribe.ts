import { bridge } from '../bridge';
import { useStore } from './index';

/** Feeds the store from main: its events, and every refusal of a request. Call once at start. */
export function connectStoreToMain(): () => void {
  const api = bridge();
  const { setLayout, setAccounts, addNotice, showError } = useStore.getState();
  const offs = [
    api.on('decks.changed', setLayout),
    api.on('app.notice', addNotice),
    api.on('accounts.changed', setAccounts),
    api.onError(showError),
  ];
  void useStore.getState().loadInfo();
  void useStore.getState().loadDecks();
  void useStore.getState().loadAccounts();
  return () => offs.forEach((off) => off());
}
