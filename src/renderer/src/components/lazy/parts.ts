import { lazy } from 'react';
// The parts' styles stay in the window's one stylesheet, in the order they always had: a chunk's
// stylesheet, added when it loads, would come after every other rule and win ties it used to lose.
import '../../styles/misspelling-picker.css';
import '../../styles/first-run.css';

/*
 * What the deck does not need for its first paint, each a chunk of its own, loaded when first
 * wanted (bench: renderer_js_gzip_kb counts only what index.html loads before the first paint).
 * `load` starts every import, so the window can fetch them once the deck is shown and idle.
 */

const loaders = {
  composer: () => import('../composer/Composer'),
  columnSettings: () => import('../settings/column-settings'),
  inbox: () => import('../inbox/InboxFeed'),
  firstRun: () => import('../FirstRunSheet'),
  shortcuts: () => import('../ShortcutsDialog'),
  repost: () => import('../RepostDialog'),
  personCard: () => import('../people/PersonCardDialog'),
  startSession: () => import('../timebox/StartSessionDialog'),
  sessionSummary: () => import('../timebox/SessionSummaryDialog'),
};

export const Composer = lazy(() => loaders.composer().then((m) => ({ default: m.Composer })));
export const ColumnEditor = lazy(() =>
  loaders.columnSettings().then((m) => ({ default: m.ColumnEditor })),
);
export const AddColumnForm = lazy(() =>
  loaders.columnSettings().then((m) => ({ default: m.AddColumnForm })),
);
export const InboxFeed = lazy(() => loaders.inbox().then((m) => ({ default: m.InboxFeed })));
export const FirstRunSheet = lazy(() =>
  loaders.firstRun().then((m) => ({ default: m.FirstRunSheet })),
);
export const ShortcutsDialog = lazy(() =>
  loaders.shortcuts().then((m) => ({ default: m.ShortcutsDialog })),
);
export const RepostDialog = lazy(() => loaders.repost().then((m) => ({ default: m.RepostDialog })));
export const PersonCardDialog = lazy(() =>
  loaders.personCard().then((m) => ({ default: m.PersonCardDialog })),
);
export const StartSessionDialog = lazy(() =>
  loaders.startSession().then((m) => ({ default: m.StartSessionDialog })),
);
export const SessionSummaryDialog = lazy(() =>
  loaders.sessionSummary().then((m) => ({ default: m.SessionSummaryDialog })),
);

/** Starts loading every deferred part; a part that fails to load fails again when wanted. */
export function loadDeferredParts(): void {
  for (const load of Object.values(loaders)) void load().catch(() => undefined);
}
