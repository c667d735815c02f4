import { lazy, Suspense, useEffect } from 'react';
import { SaveAsAnswerOffer } from './components/answers/SaveAsAnswerOffer';
import { DeckView } from './components/DeckView';
import { FlashMessage } from './components/FlashMessage';
import { Deferred } from './components/lazy/Deferred';
import {
  Composer,
  FirstRunSheet,
  PersonCardDialog,
  RepostDialog,
  SessionSummaryDialog,
  ShortcutsDialog,
  StartSessionDialog,
} from './components/lazy/parts';
import { AppHeader } from './components/header/AppHeader';
import { Messages } from './components/Messages';
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
      <Deferred wanted={(s) => s.info?.firstRun === true}>
        <FirstRunSheet />
      </Deferred>
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
      <Deferred wanted={(s) => s.composerOpen}>
        <Composer />
      </Deferred>
      <Deferred wanted={(s) => s.helpOpen}>
        <ShortcutsDialog />
      </Deferred>
      <Deferred wanted={(s) => s.pendingRepost !== null}>
        <RepostDialog />
      </Deferred>
      <Deferred wanted={(s) => s.personCard !== null}>
        <PersonCardDialog />
      </Deferred>
      <Deferred wanted={(s) => s.startSessionOpen}>
        <StartSessionDialog />
      </Deferred>
      <Deferred wanted={(s) => s.sessionSummary !== null}>
        <SessionSummaryDialog />
      </Deferred>
    </div>
  );
}
