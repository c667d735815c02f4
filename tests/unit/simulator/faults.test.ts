import { describe, expect, it } from 'vitest';
import { Faults, validateFault } from '../../../src/simulator/faults';

describe('validateFault', () => {
  it.each([
    [
      { kind: '503', count: 3 },
      { kind: '503', count: 3 },
    ],
    [
      { kind: 'latency', ms: 200 },
      { kind: 'latency', ms: 200 },
    ],
    [
      { kind: 'revoke', token: 'abc' },
      { kind: 'revoke', token: 'abc' },
    ],
    [{ kind: 'boom' }, 'kind must be one of 503, latency, drop, 429, revoke, 402'],
    [{ kind: '503', count: 0 }, 'count must be a positive integer'],
    [{ kind: 'latency' }, 'latency needs ms'],
    [
      { kind: '429', window: '24hour' },
      { kind: '429', window: '24hour' },
    ],
    [{ kind: '429', window: 'week' }, "window must be '15min' or '24hour'"],
    [{ kind: '503', window: '24hour' }, 'window is for 429 faults'],
    [null, 'body must be a JSON object'],
  ])('%j → %j', (input, expected) => {
    const result = validateFault(input);
    expect(typeof result === 'string' ? result : JSON.parse(JSON.stringify(result))).toEqual(
      expected,
    );
  });
});

describe('Faults', () => {
  it('strikes the next `count` requests, then stops', () => {
    const faults = new Faults();
    faults.add({ kind: '503', count: 2 });
    expect([1, 2, 3].map(() => faults.transport('t').unavailable)).toEqual([true, true, false]);
  });

  it('keeps striking until cleared when no count is given', () => {
    const faults = new Faults();
    faults.add({ kind: '402' });
    expect([1, 2, 3].map(() => faults.answer('t'))).toEqual([
      { kind: '402' },
      { kind: '402' },
      { kind: '402' },
    ]);
    faults.clear();
    expect(faults.answer('t')).toBeUndefined();
  });

  it('strikes only the token it names', () => {
    const faults = new Faults();
    faults.add({ kind: '429', token: 'mine' });
    expect(faults.answer('yours')).toBeUndefined();
    expect(faults.answer('mine')).toEqual({ kind: '429', window: '15min' });
  });

  it('combines latency and a drop on the same request', () => {
    const faults = new Faults();
    faults.add({ kind: 'latency', ms: 300, count: 1 });
    faults.add({ kind: 'drop', count: 1 });
    expect(faults.transport(undefined)).toEqual({ latencyMs: 300, drop: true, unavailable: false });
    expect(faults.transport(undefined)).toEqual({ latencyMs: 0, drop: false, unavailable: false });
  });
});
