import type { BudgetStatus, DeckStatus } from '../../../shared/timebox/status';
import type { TimeboxView } from '../../../shared/timebox/view';
import type { Store } from './index';

/** The deck on screen: the layout's choice (it changes first), else the one main last showed. */
const shownDeckId = (s: Pick<Store, 'layout' | 'timebox'>): string | null =>
  s.layout?.activeDeckId ?? s.timebox?.shownDeckId ?? null;

/** The status that governs the deck on screen: its own, or the total when main has none yet. */
export function shownStatus(
  s: Pick<Store, 'layout' | 'timebox'>,
): (BudgetStatus & Partial<Pick<DeckStatus, 'deckId' | 'ownBudget'>>) | null {
  const view: TimeboxView | null = s.timebox;
  if (!view) return null;
  const id = shownDeckId(s);
  return view.status.decks.find((d) => d.deckId === id) ?? view.status.total;
}

/** True while main has locked the deck on screen: its columns are not shown at all. */
export const selectShownLocked = (s: Store): boolean => shownStatus(s)?.locked ?? false;

export interface MeterFigures {
  enabled: boolean;
  usedSeconds: number;
  budgetSeconds: number;
  remainingSeconds: number;
  showCountdown: boolean;
  locked: boolean;
  /** Whose budget the meter shows: the deck's own cap, or the day's total. */
  scope: 'deck' | 'total';
}

/**
 * What the header's meter shows: the shown deck against its own cap when it has one, else the
 * day's total; the remainder is always the shown deck's (the lesser of both).
 */
export function meterFigures(s: Pick<Store, 'layout' | 'timebox'>): MeterFigures | null {
  const view = s.timebox;
  const shown = shownStatus(s);
  if (!view || !shown) return null;
  const own = shown.ownBudget === true;
  const figures = own ? shown : view.status.total;
  return {
    enabled: view.status.enabled,
    usedSeconds: figures.usedSeconds,
    budgetSeconds: figures.budgetSeconds,
    remainingSeconds: shown.remainingSeconds,
    showCountdown: shown.showCountdown,
    locked: shown.locked,
    scope: own ? 'deck' : 'total',
  };
}
