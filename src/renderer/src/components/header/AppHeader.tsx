import { useStore } from '../../store';
import { selectShownLocked } from '../../store/timebox-selectors';
import type { SidePanel } from '../../store/ui-slice';
import { DeckTabs } from '../DeckTabs';
import { SpendSummary } from '../SpendSummary';
import { FocusSessionControl } from '../timebox/FocusSessionControl';
import { Meter } from '../timebox/Meter';
import { AppearanceMenu } from './AppearanceMenu';
import { Icon } from './icons';

/** An icon button that opens or closes one of the side panels, saying which it is. */
function PanelButton({ panel, label, title }: { panel: SidePanel; label: string; title: string }) {
  const open = useStore((s) => s.sidePanel === panel);
  const toggleSidePanel = useStore((s) => s.toggleSidePanel);
  return (
    <button
      type="button"
      className="icon-button header-icon"
      aria-label={label}
      title={title}
      aria-expanded={open}
      onClick={() => toggleSidePanel(panel)}
    >
      <Icon name={panel} />
    </button>
  );
}

/**
 * The one row at the top, at every width from 1024 px: decks on the left (those that do not fit
 * go under "More decks"), time and posting in the middle, and the rest as named icon buttons.
 * Nothing in it wraps; the page itself never scrolls sideways.
 */
export function AppHeader() {
  const demo = useStore((s) => s.info?.demo ?? false);
  const openComposer = useStore((s) => s.openComposer);
  const hasDraft = useStore((s) => s.draft.text.trim() !== '');
  const setHelpOpen = useStore((s) => s.setHelpOpen);
  const locked = useStore(selectShownLocked);
  const newPostName = hasDraft ? 'New post (draft kept)' : 'New post';
  return (
    <header className="app-header">
      <span className="app-name">Timedeck</span>
      {demo && (
        <span
          className="demo-badge"
          title="No X client ID is configured: the columns show simulated posts"
        >
          Demo
          <span className="visually-hidden"> data</span>
        </span>
      )}
      <DeckTabs />
      <div className="header-time">
        <FocusSessionControl />
        <Meter />
        <PanelButton panel="time" label="Time" title="Time: today, history and settings" />
      </div>
      <button
        type="button"
        className="button primary new-post"
        aria-label={newPostName}
        title={locked ? 'The deck is locked: your draft is kept' : `${newPostName} (n)`}
        disabled={locked}
        onClick={() => openComposer({ columnId: useStore.getState().focusedColumnId })}
      >
        New post
        {hasDraft && <span className="draft-dot" aria-hidden="true" />}
      </button>
      <SpendSummary />
      <div className="header-tools">
        <button
          type="button"
          className="icon-button header-icon"
          aria-label="Shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={() => setHelpOpen(true)}
        >
          <Icon name="keyboard" />
        </button>
        <AppearanceMenu />
        <PanelButton panel="people" label="People" title="People: tags, notes, outcomes" />
        <PanelButton
          panel="answers"
          label="Answers"
          title="Answers: your saved replies, and the questions customers keep asking"
        />
        <PanelButton panel="accounts" label="Accounts" title="Accounts, X app and spend" />
      </div>
    </header>
  );
}
