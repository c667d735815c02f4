import { bridge } from '../bridge';
import { useStore } from './index';

/** Feeds the store from main: its events, and every refusal of a request. Call once at start. */
export function connectStoreToMain(): () => void {
  const api = bridge();
  const { setLayout, addNotice, showError } = useStore.getState();
  const offs = [
    api.on('decks.changed', setLayout),
    api.on('app.notice', addNotice),
    api.onError(showError),
  ];
  void useStore.getState().loadInfo();
  void useStore.getState().loadDecks();
  return () => offs.forEach((off) => off());
}
