import { useEffect } from 'react';
import { DeckTabs } from './components/DeckTabs';
import { DeckView } from './components/DeckView';
import { Messages } from './components/Messages';
import { useDeckShortcuts } from './components/use-deck-shortcuts';
import { useStore } from './store';
import { connectStoreToMain } from './store/subscribe';

export function App() {
  useEffect(() => connectStoreToMain(), []);
  useDeckShortcuts();
  const demo = useStore((s) => s.info?.demo ?? false);
  return (
    <div className="app">
      <header className="app-header">
        <span className="app-name">Timedeck</span>
        {demo && (
          <span
            className="demo-badge"
            title="No X client ID is configured: the columns show simulated posts"
          >
            Demo data
          </span>
        )}
        <DeckTabs />
      </header>
      <Messages />
      <DeckView />
    </div>
  );
}
