import { useEffect } from 'react';
import { AccountsPanel } from './components/AccountsPanel';
import { AnswersPanel } from './components/answers/AnswersPanel';
import { QuestionsView } from './components/answers/QuestionsView';
import { SaveAsAnswerOffer } from './components/answers/SaveAsAnswerOffer';
import { Composer } from './components/composer/Composer';
import { DeckView } from './components/DeckView';
import { FirstRunSheet } from './components/FirstRunSheet';
import { FlashMessage } from './components/FlashMessage';
import { AppHeader } from './components/header/AppHeader';
import { Messages } from './components/Messages';
import { RepostDialog } from './components/RepostDialog';
import { PeopleView } from './components/people/PeopleView';
import { PersonCardDialog } from './components/people/PersonCardDialog';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { SessionSummaryDialog } from './components/timebox/SessionSummaryDialog';
import { StartSessionDialog } from './components/timebox/StartSessionDialog';
import { TimeView } from './components/timebox/TimeView';
import { WarningBanner } from './components/timebox/WarningBanner';
import { UndoToast } from './components/UndoToast';
import { useShortcuts } from './components/use-shortcuts';
import { useAppearance } from './hooks/use-appearance';
import { WindowTitle } from './components/WindowTitle';
import { useStore } from './store';
import { connectStoreToMain } from './store/subscribe';

export function App() {
  useEffect(() => connectStoreToMain(), []);
  useShortcuts();
  useAppearance();
  const sidePanel = useStore((s) => s.sidePanel);
  const toggleSidePanel = useStore((s) => s.toggleSidePanel);
  return (
    <div className="app">
      <WindowTitle />
      <FirstRunSheet />
      <AppHeader />
      <WarningBanner />
      <Messages />
      <FlashMessage />
      <UndoToast />
      <SaveAsAnswerOffer />
      <div className="workspace">
        <DeckView />
        {sidePanel === 'accounts' && <AccountsPanel onClose={() => toggleSidePanel(null)} />}
        {sidePanel === 'time' && <TimeView onClose={() => toggleSidePanel(null)} />}
        {sidePanel === 'people' && <PeopleView onClose={() => toggleSidePanel(null)} />}
        {sidePanel === 'answers' && <AnswersPanel onClose={() => toggleSidePanel(null)} />}
        {sidePanel === 'questions' && <QuestionsView onClose={() => toggleSidePanel(null)} />}
      </div>
      <Composer />
      <ShortcutsDialog />
      <RepostDialog />
      <PersonCardDialog />
      <StartSessionDialog />
      <SessionSummaryDialog />
    </div>
  );
}
