import type { Clock } from '../../shared/time/clock';
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
}) {
  const { people, clock } = deps;
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
  };
  return { handlers };
}
