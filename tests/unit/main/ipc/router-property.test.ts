import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { TimeboxService } from '../../../../src/main/timebox/timebox-service';
import { invokeChannels } from '../../../../src/shared/ipc/contract';
import { OWN_PAGE, bootTimebox, timeboxRouter } from '../../../support/timebox-rig';

/**
 * Whatever arrives on any channel of the contract — valid, malformed, hostile keys, huge
 * strings — the router answers with a Result, a refusal changes nothing, and the time box still
 * counts and locks afterwards. The time box's channels run its real service; the others answer
 * from a stand-in (their own services have their own tests).
 */

const OWN = OWN_PAGE;
let service: TimeboxService | undefined;
afterEach(() => service?.stop());

const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
);
const hugeString = fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'x'.repeat(n));
const hostileObject = fc
  .tuple(hostileKey, fc.anything())
  .map(
    ([k, v]) =>
      JSON.parse(`{${JSON.stringify(k)}:${JSON.stringify(v ?? null) ?? 'null'}}`) as unknown,
  );
const payload = fc.oneof(
  fc.constant(undefined),
  fc.anything(),
  fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), hugeString)),
  hostileObject,
  hugeString,
  fc.record({ deckBudgets: fc.dictionary(fc.oneof(hostileKey, fc.string()), fc.integer()) }),
);

describe('the router under generated payloads, for every channel', () => {
  it('answers a Result, changes nothing on refusal, and the time box counts on', async () => {
    const t = bootTimebox();
    service = t.service;
    const { clock, store } = t;
    const router = timeboxRouter(t.service);
    const state = () => JSON.stringify([store.get('timebox'), store.get('decks')]);

    for (const { name } of invokeChannels) {
      await fc.assert(
        fc.asyncProperty(payload, async (p) => {
          const before = state();
          const result = await router.dispatch(name, p, OWN);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(typeof result.error.message).toBe('string');
            expect(state()).toBe(before);
          }
        }),
        { numRuns: 15 },
      );
    }
    // Still counting: half an hour of use locks the day's default 30 minutes.
    clock.advance(31 * 60_000);
    expect(t.service.view().status.total.locked).toBe(true);
    expect(t.service.gate('brand')).toMatchObject({ state: 'locked' });
  }, 600_000);
});
