import type { Clock } from '../../shared/time/clock';
import type { TimeReport } from '../../shared/timebox/view';
import type { WhatItBrought } from '../../shared/outcomes/brought-schema';
import { addDays, dayStartAt } from '../timebox/budget-day';
import { whatItBrought } from './brought';
import { AppFailure } from '../errors';
import type { EventHub } from '../ipc/events';
import type { Handlers } from '../ipc/router';
import type { PeopleStore } from '../library/people';
import type { Logger } from '../platform/logger';

/** The outcomes log: what the time on X brought, logged by the owner from a post, person or conversation. */
export function createOutcomesService(deps: {
  people: PeopleStore;
  clock: Clock;
  log: Logger;
  events: EventHub;
  /** The Time view's report (its last 30 budget days), and where budget days start. */
  timeReport(): TimeReport | Promise<TimeReport>;
  budgetDays(): { homeTimeZone: string; resetHour: number };
  decks(): ReadonlyArray<{ id: string; name: string }>;
  accounts(): ReadonlyArray<{ id: string; name: string }>;
  /** X's bill of one account on one (UTC) day, in dollars. */
  accountDollars(day: string, accountId: string): number;
}) {
  const { people, clock } = deps;
  async function brought(): Promise<WhatItBrought> {
    const { days } = await deps.timeReport();
    const { homeTimeZone, resetHour } = deps.budgetDays();
    const dayStart = (day: string) => dayStartAt(day, homeTimeZone, resetHour);
    const last = days[days.length - 1];
    const end = last ? dayStart(addDays(last.day, 1)) : clock.now();
    const start = days[0] ? dayStart(days[0].day) : end;
    return whatItBrought({
      days,
      dayStart,
      end,
      outcomes: people.outcomesBetween(start, end),
      decks: deps.decks(),
      accounts: deps.accounts(),
      accountDollars: deps.accountDollars,
    });
  }

  const handlers: Handlers['outcomes'] = {
    log: (input) => {
      const now = clock.now();
      try {
        const logged = people.addOutcome(
          {
            at: input.at ?? now,
            kind: input.kind,
            valueMinor: input.valueMinor ?? null,
            currency: input.currency ?? null,
            note: input.note.trim(),
            personId: input.personId ?? null,
            postId: input.postId ?? null,
            conversationKey: input.conversationKey ?? null,
            deckId: input.deckId ?? null,
            accountId: input.accountId ?? null,
          },
          now,
        );
        deps.events.emit('people.changed', { personId: logged.personId });
        return logged;
      } catch (e) {
        deps.log.error('outcomes: logging failed', e);
        throw new AppFailure(
          'internal',
          'Timedeck could not save this outcome: the library refused the write. Try again.',
        );
      }
    },
    remove: ({ outcomeId }) => {
      people.removeOutcome(outcomeId);
      deps.events.emit('people.changed', { personId: null });
      return null;
    },
    list: ({ from, to }) => people.outcomesBetween(from, to),
    brought: () => brought(),
  };
  return { handlers };
}
