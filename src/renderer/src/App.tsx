import { useEffect, useState } from 'react';
import { AccountsPanel } from './components/AccountsPanel';
import { Composer } from './components/composer/Composer';
import { DeckTabs } from './components/DeckTabs';
import { DeckView } from './components/DeckView';
import { FlashMessage } from './components/FlashMessage';
import { Messages } from './components/Messages';
import { RepostDialog } from './components/RepostDialog';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { SpendSummary } from './components/SpendSummary';
import { useShortcuts } from './components/use-shortcuts';
import { useStore } from './store';
import { connectStoreToMain } from './store/subscribe';

export function App() {
  useEffect(() => connectStoreToMain(), []);
  useShortcuts();
  const demo = useStore((s) => s.info?.demo ?? false);
  const openComposer = useStore((s) => s.openComposer);
  const hasDraft = useStore((s) => s.draft.text.trim() !== '');
  const setHelpOpen = useStore((s) => s.setHelpOpen);
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
          className="button primary header-end"
          title="New post (n)"
          onClick={() => openComposer({ columnId: useStore.getState().focusedColumnId })}
        >
          {hasDraft ? 'New post (draft kept)' : 'New post'}
        </button>
        <SpendSummary />
        <button type="button" className="button" onClick={() => setHelpOpen(true)}>
          Shortcuts
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={accountsOpen}
          onClick={() => setAccountsOpen(!accountsOpen)}
        >
          Accounts
        </button>
      </header>
      <Messages />
      <FlashMessage />
      <div className="workspace">
        <DeckView />
        {accountsOpen && <AccountsPanel onClose={() => setAccountsOpen(false)} />}
      </div>
      <Composer />
      <ShortcutsDialog />
      <RepostDialog />
    </div>
  );
}
