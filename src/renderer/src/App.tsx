import { useEffect, useState } from 'react';
import { AccountsPanel } from './components/AccountsPanel';
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
  const [accountsOpen, setAccountsOpen] = useState(false);
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
        <button
          type="button"
          className="button header-end"
          aria-expanded={accountsOpen}
          onClick={() => setAccountsOpen(!accountsOpen)}
        >
          Accounts
        </button>
      </header>
      <Messages />
      <div className="workspace">
        <DeckView />
        {accountsOpen && <AccountsPanel onClose={() => setAccountsOpen(false)} />}
      </div>
    </div>
  );
}
