import { vi } from 'vitest';
import type { AppError, Result } from '../../../../src/shared/errors';
import type { TimedeckApi } from '../../../../src/shared/ipc/bridge';

type Call = { channel: string; payload: unknown };

/**
 * window.timedeck as the store sees it: every request is recorded and answered with what the
 * test queued for its channel (ok with null by default). The subject is the store; this is only
 * the other end of the bridge.
 */
export function installFakeBridge() {
  const calls: Call[] = [];
  const answers = new Map<string, Result<unknown>[]>();
  const answer = (channel: string): Result<unknown> =>
    answers.get(channel)?.shift() ?? { ok: true, value: null };
  const api = new Proxy(
    {},
    {
      get(_t, group: string) {
        if (group === 'on' || group === 'onError') return () => () => {};
        return new Proxy(
          {},
          {
            get(_g, method: string) {
              return async (payload?: unknown) => {
                const channel = `${group}.${method}`;
                calls.push({ channel, payload });
                return answer(channel);
              };
            },
          },
        );
      },
    },
  ) as TimedeckApi;
  vi.stubGlobal('window', { timedeck: api });
  return {
    calls,
    callsTo: (channel: string) => calls.filter((c) => c.channel === channel).map((c) => c.payload),
    answerOk(channel: string, value: unknown) {
      answers.set(channel, [...(answers.get(channel) ?? []), { ok: true, value }]);
    },
    answerError(channel: string, error: AppError) {
      answers.set(channel, [...(answers.get(channel) ?? []), { ok: false, error }]);
    },
  };
}
