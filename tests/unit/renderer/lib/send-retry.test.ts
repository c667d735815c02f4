import { describe, expect, it } from 'vitest';
import {
  MAX_SEND_RETRIES,
  SEND_RETRY_CAP_MS,
  SEND_RETRY_MIN_MS,
  sendRetryDelayMs,
  sendingAgainWords,
} from '../../../../src/renderer/src/lib/send-retry';
import type { AppError } from '../../../../src/shared/errors';

const xError = (kind: NonNullable<AppError['x']>['kind']): AppError => ({
  kind: 'x',
  message: kind,
  x: { kind, message: kind },
});

describe('when a post that did not go out is sent again', () => {
  it('retries X not answering or not reachable, with a growing, jittered, bounded wait', () => {
    for (const kind of ['unavailable', 'network'] as const) {
      for (let retry = 0; retry < MAX_SEND_RETRIES; retry++) {
        for (const r of [0, 0.5, 0.999, NaN]) {
          const d = sendRetryDelayMs(xError(kind), retry, () => r)!;
          expect(d).toBeGreaterThanOrEqual(SEND_RETRY_MIN_MS);
          expect(d).toBeLessThanOrEqual(SEND_RETRY_CAP_MS);
        }
      }
      expect(sendRetryDelayMs(xError(kind), 3, () => 0.99)!).toBeGreaterThan(
        sendRetryDelayMs(xError(kind), 0, () => 0.99)!,
      );
      expect(sendRetryDelayMs(xError(kind), MAX_SEND_RETRIES, () => 0.5)).toBeNull();
    }
  });

  it('never retries what X refused, or what Timedeck refused', () => {
    for (const kind of [
      'forbidden',
      'auth',
      'not_summoned',
      'rate_limited',
      'payment_required',
    ] as const)
      expect(sendRetryDelayMs(xError(kind), 0, () => 0.5)).toBeNull();
    expect(sendRetryDelayMs({ kind: 'locked', message: 'locked' }, 0, () => 0.5)).toBeNull();
  });

  it('counts down in whole seconds', () => {
    expect(sendingAgainWords(20_000, 0)).toBe('Sending again in 20 s…');
    expect(sendingAgainWords(19_001, 0)).toBe('Sending again in 20 s…');
    expect(sendingAgainWords(0, 5)).toBe('Sending again now…');
  });
});
