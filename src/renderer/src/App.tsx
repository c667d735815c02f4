import { useEffect } from 'react';
import { AccountsPanel } from './components/AccountsPanel';
import { Composer } from './components/composer/Composer';
import { DeckTabs } from './components/DeckTabs';
import { DeckView } from './components/DeckView';
import { FirstRunSheet } from './components/FirstRunSheet';
import { FlashMessage } from './components/FlashMessage';
import { Messages } from './components/Messages';
import { RepostDialog } from './components/RepostDialog';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { SpendSummary } from './components/SpendSummary';
import { FocusSessionControl } from './components/timebox/FocusSessionControl';
import { Meter } from './components/timebox/Meter';
import { SessionSummaryDialog } from './components/timebox/SessionSummaryDialog';
import { StartSessionDialog } from './components/timebox/StartSessionDialog';
import { TimeView } from './components/timebox/TimeView';
import { WarningBanner } from './components/timebox/WarningBanner';
import { useShortcuts } from './components/use-shortcuts';
import { WindowTitle } from './components/WindowTitle';
import { useStore } from './store';
import { connectStoreToMain } from './store/subscribe';
import { selectShownLocked } from './store/timebox-selectors';

export function App() {
  useEffect(() => connectStoreToMain(), []);
  useShortcuts();
  const demo = useStore((s) => s.info?.demo ?? false);
  const openComposer = useStore((s) => s.openComposer);
  const hasDraft = useStore((s) => s.draft.text.trim() !== '');
  const setHelpOpen = useStore((s) => s.setHelpOpen);
  const locked = useStore(selectShownLocked);
  const sidePanel = useStore((s) => s.sidePanel);
  const toggleSidePanel = useStore((s) => s.toggleSidePanel);
  return (
    <div className="app">
      <WindowTitle />
      <FirstRunSheet />
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
        <div className="header-time header-end">
          <FocusSessionControl />
          <Meter />
          <button
            type="button"
            className="button"
            aria-expanded={sidePanel === 'time'}
            onClick={() => toggleSidePanel('time')}
          >
            Time
          </button>
        </div>
        <button
          type="button"
          className="button primary"
          title={locked ? 'The deck is locked: your draft is kept' : 'New post (n)'}
          disabled={locked}
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
          aria-expanded={sidePanel === 'accounts'}
          onClick={() => toggleSidePanel('accounts')}
        >
          Accounts
        </button>
      </header>
      <WarningBanner />
      <Messages />
      <FlashMessage />
      <div className="workspace">
        <DeckView />
        {sidePanel === 'accounts' && <AccountsPanel onClose={() => toggleSidePanel(null)} />}
        {sidePanel === 'time' && <TimeView onClose={() => toggleSidePanel(null)} />}
      </div>
      <Composer />
      <ShortcutsDialog />
      <RepostDialog />
      <StartSessionDialog />
      <SessionSummaryDialog />
    </div>
  );
}
