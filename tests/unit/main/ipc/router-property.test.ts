import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openNodeStore } from '../../../../src/harness/node-store';
import { createEventHub } from '../../../../src/main/ipc/events';
import { createIpcRouter, type Handlers } from '../../../../src/main/ipc/router';
import { silentLogger } from '../../../../src/main/platform/logger';
import { createSettablePresence, presentState } from '../../../../src/main/platform/presence';
import {
  createTimeboxService,
  type TimeboxService,
} from '../../../../src/main/timebox/timebox-service';
import { invokeChannels } from '../../../../src/shared/ipc/contract';
import { FakeClock } from '../../../../src/shared/time/clock';

/**
 * Whatever arrives on any channel of the contract — valid, malformed, hostile keys, huge
 * strings — the router answers with a Result, a refusal changes nothing, and the time box still
 * counts and locks afterwards. The time box's channels run its real service; the others answer
 * from a stand-in (their own services have their own tests).
 */

const OWN = 'file:///app/index.html';
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
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-router-prop-'));
    const clock = new FakeClock(Date.parse('2026-11-23T08:00:00Z'));
    const { store } = openNodeStore(dataDir, clock.now);
    service = createTimeboxService({
      clock,
      log: silentLogger,
      events: createEventHub(),
      store,
      presence: createSettablePresence(presentState),
      dataDir,
      systemTimeZone: 'Europe/Berlin',
      newId: () => 'id',
      notify: () => {},
      notice: () => {},
      onLocksChanged: () => {},
      spendOn: () => ({ postsRead: 0, dollars: 0 }),
    });
    service.start();
    const handlers: Record<string, Record<string, (r: unknown) => unknown>> = {};
    for (const c of invokeChannels) {
      handlers[c.group] ??= {};
      handlers[c.group]![c.method] =
        c.group === 'timebox'
          ? (service.handlers as unknown as Record<string, (r: unknown) => unknown>)[c.method]!
          : () => null;
    }
    const router = createIpcRouter(handlers as unknown as Handlers, {
      isTrustedSender: (u) => u.href === OWN,
      log: silentLogger,
    });
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
    expect(service.view().status.total.locked).toBe(true);
    expect(service.gate('brand')).toMatchObject({ state: 'locked' });
  }, 600_000);
});
