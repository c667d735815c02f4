import { lazy, Suspense, useEffect } from 'react';
import { SaveAsAnswerOffer } from './components/answers/SaveAsAnswerOffer';
import { Composer } from './components/composer/Composer';
import { DeckView } from './components/DeckView';
import { FirstRunSheet } from './components/FirstRunSheet';
import { FlashMessage } from './components/FlashMessage';
import { AppHeader } from './components/header/AppHeader';
import { Messages } from './components/Messages';
import { RepostDialog } from './components/RepostDialog';
import { PersonCardDialog } from './components/people/PersonCardDialog';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { SessionSummaryDialog } from './components/timebox/SessionSummaryDialog';
import { StartSessionDialog } from './components/timebox/StartSessionDialog';
import { WarningBanner } from './components/timebox/WarningBanner';
import { UndoToast } from './components/UndoToast';
import { useShortcuts } from './components/use-shortcuts';
import { useAppearance } from './hooks/use-appearance';
import { WindowTitle } from './components/WindowTitle';
import { useStore } from './store';
import { connectStoreToMain } from './store/subscribe';

/*
 * The side panels load when first opened: the window parses only what the deck needs before it
 * shows the first post (bench: renderer_js_gzip_kb counts what index.html loads).
 */
const AccountsPanel = lazy(() =>
  import('./components/AccountsPanel').then((m) => ({ default: m.AccountsPanel })),
);
const TimeView = lazy(() =>
  import('./components/timebox/TimeView').then((m) => ({ default: m.TimeView })),
);
const PeopleView = lazy(() =>
  import('./components/people/PeopleView').then((m) => ({ default: m.PeopleView })),
);
const AnswersPanel = lazy(() =>
  import('./components/answers/AnswersPanel').then((m) => ({ default: m.AnswersPanel })),
);
const QuestionsView = lazy(() =>
  import('./components/answers/QuestionsView').then((m) => ({ default: m.QuestionsView })),
);

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
        <Suspense fallback={null}>
          {sidePanel === 'accounts' && <AccountsPanel onClose={() => toggleSidePanel(null)} />}
          {sidePanel === 'time' && <TimeView onClose={() => toggleSidePanel(null)} />}
          {sidePanel === 'people' && <PeopleView onClose={() => toggleSidePanel(null)} />}
          {sidePanel === 'answers' && <AnswersPanel onClose={() => toggleSidePanel(null)} />}
          {sidePanel === 'questions' && <QuestionsView onClose={() => toggleSidePanel(null)} />}
        </Suspense>
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
