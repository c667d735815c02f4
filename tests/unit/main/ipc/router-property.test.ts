import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { invokeChannels } from '../../../../src/shared/ipc/contract';
import { bootServices } from '../../../support/services-rig';
import { OWN_PAGE } from '../../../support/timebox-rig';

/**
 * Whatever arrives on any channel of the contract — valid, malformed, hostile keys, huge
 * strings — the router answers with a Result, a refusal changes nothing, and the time box still
 * counts and locks afterwards. Every channel runs its real service: all of main, wired as the
 * harness wires it (demo mode, the simulator on loopback), over a temporary folder on a fake
 * clock.
 */

const OWN = OWN_PAGE;
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

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
    const { clock, services, state } = await bootServices();
    close = services.close;
    const { router } = services;
    await services.whenXIdle();

    for (const { name } of invokeChannels) {
      await fc.assert(
        fc.asyncProperty(payload, async (p) => {
          const before = state();
          const result = await router.dispatch(name, p, OWN);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(typeof result.error.message).toBe('string');
            expect(state(), `${name} refused ${JSON.stringify(p)?.slice(0, 200)}`).toBe(before);
          }
          // What an accepted request set off (a refresh, a sign-in) lands before the next one.
          await services.whenXIdle();
        }),
        { numRuns: 15 },
      );
    }
    // Still counting: half an hour of use locks the day's default 30 minutes.
    clock.advance(31 * 60_000);
    const view = await router.dispatch('timebox.view', undefined, OWN);
    expect(view).toMatchObject({ ok: true, value: { status: { total: { locked: true } } } });
    const refused = await router.dispatch('columns.refresh', { columnId: 'brand-mentions' }, OWN);
    expect(refused).toMatchObject({ ok: false, error: { kind: 'locked' } });
  }, 600_000);
});
