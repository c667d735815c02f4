import { z } from 'zod';
import type { FakeClock } from '../shared/time/clock';
import type { Simulator } from '../simulator';
import { StorageStrengthSchema, type StorageStrength } from '../shared/accounts/schema';
import type { createSettablePresence } from '../main/platform/presence';
import type { TestControls } from './server';

const Advance = z
  .object({
    ms: z
      .number()
      .int()
      .min(0)
      .max(400 * 24 * 3600 * 1000),
  })
  .strict();
const Crash = z.object({ kind: z.enum(['exception', 'rejection']) }).strict();
const Wall = z.object({ ms: z.number().int().min(0) }).strict();
const Presence = z
  .object({
    focused: z.boolean(),
    visible: z.boolean(),
    idleSeconds: z.number().min(0),
    suspended: z.boolean(),
    screenLocked: z.boolean(),
  })
  .partial()
  .strict();

/**
 * The harness's test-only controls (only with --fake-clock; the Electron host has none):
 *   GET  clock                      -> { now, monotonic }
 *   POST clock/advance { ms }       moves wall and monotonic time, firing due timers
 *   POST clock/wall { ms }          sets the wall clock alone (a user changing the system time)
 *   POST presence { focused?, visible?, idleSeconds?, suspended?, screenLocked? }
 *   GET  opened-links               the URLs handed to the "system browser"
 *   GET  notifications              the desktop notifications shown so far
 *   POST vault { strength }         what the OS keyring offers ('secure' | 'weak' | 'unavailable')
 *   POST crash { kind }             throws, outside any handler, an uncaught exception
 *                                   ('exception') or an unhandled rejection ('rejection'),
 *                                   as a bug in main would
 *   GET  x/settled                  answers once no call to X is under way (what the last clock
 *                                   step set off has landed), with the simulator's request log
 *   GET  simulator                  the demo simulator's URL and the token its /__sim/ controls
 *                                   need (header X-Sim-Control-Token); both null without it
 */
export function createTestControls(deps: {
  clock: FakeClock;
  presence: ReturnType<typeof createSettablePresence>;
  openedLinks: string[];
  notifications: Array<{ title: string; body: string }>;
  setVaultStrength(strength: StorageStrength): void;
  simulator: Simulator | null;
  whenXIdle(): Promise<void>;
}): TestControls {
  const clockState = () => ({ now: deps.clock.now(), monotonic: deps.clock.monotonic() });
  return {
    handle(name, method, body) {
      const key = `${method} ${name}`;
      switch (key) {
        case 'GET clock':
          return clockState();
        case 'POST clock/advance':
          deps.clock.advance(Advance.parse(body).ms);
          return clockState();
        case 'POST clock/wall':
          deps.clock.setWall(Wall.parse(body).ms);
          return clockState();
        case 'GET presence':
          return deps.presence.get();
        case 'POST presence':
          deps.presence.set(Presence.parse(body));
          return deps.presence.get();
        case 'GET opened-links':
          return [...deps.openedLinks];
        case 'GET notifications':
          return [...deps.notifications];
        case 'POST vault':
          deps.setVaultStrength(
            StorageStrengthSchema.parse((body as { strength?: unknown })?.strength),
          );
          return { ok: true };
        case 'POST crash': {
          const { kind } = Crash.parse(body);
          // Outside this handler's try: what a bug in a timer or a stray promise does.
          setImmediate(() => {
            if (kind === 'exception') throw new Error('a test made main throw');
            void Promise.reject(new Error('a test made a promise in main fail'));
          });
          return { ok: true };
        }
        case 'GET x/settled':
          return deps.whenXIdle().then(() => ({
            requests: deps.simulator?.controls.requests() ?? [],
          }));
        case 'GET simulator':
          return {
            url: deps.simulator?.url ?? null,
            controlToken: deps.simulator?.controlToken ?? null,
          };
        default:
          return undefined;
      }
    },
  };
}
