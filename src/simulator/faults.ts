/**
 * Trouble on demand for tests: 503 bursts, slow answers, dropped connections, 429 storms and
 * 402s for spent credits. Each fault applies to the next `count` requests (all of them until
 * cleared when no count is given), optionally only to requests carrying one access token.
 */
export const FAULT_KINDS = ['503', 'latency', 'drop', '429', 'revoke', '402'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Which of X's windows a forced 429 says is spent: the 15-minute one, or the 24-hour cap. */
export type RateWindowKind = '15min' | '24hour';

export interface FaultSpec {
  kind: FaultKind;
  count?: number;
  ms?: number;
  token?: string;
  /** For '429': which window the answer's headers show spent (default '15min'). */
  window?: RateWindowKind;
}

interface ActiveFault {
  kind: Exclude<FaultKind, 'revoke'>;
  remaining: number;
  ms: number;
  token?: string;
  window: RateWindowKind;
}

export interface TransportFaults {
  latencyMs: number;
  drop: boolean;
  unavailable: boolean;
}

export function validateFault(input: unknown): FaultSpec | string {
  if (!input || typeof input !== 'object') return 'body must be a JSON object';
  const f = input as Record<string, unknown>;
  if (!FAULT_KINDS.includes(f.kind as FaultKind))
    return `kind must be one of ${FAULT_KINDS.join(', ')}`;
  if (f.count !== undefined && (!Number.isInteger(f.count) || (f.count as number) < 1)) {
    return 'count must be a positive integer';
  }
  if (f.ms !== undefined && (typeof f.ms !== 'number' || f.ms < 0))
    return 'ms must be a non-negative number';
  if (f.kind === 'latency' && f.ms === undefined) return 'latency needs ms';
  if (f.token !== undefined && typeof f.token !== 'string') return 'token must be a string';
  if (f.window !== undefined && f.window !== '15min' && f.window !== '24hour')
    return "window must be '15min' or '24hour'";
  if (f.window !== undefined && f.kind !== '429') return 'window is for 429 faults';
  return {
    kind: f.kind as FaultKind,
    count: f.count as number | undefined,
    ms: f.ms as number | undefined,
    token: f.token as string | undefined,
    ...(f.window !== undefined ? { window: f.window as RateWindowKind } : {}),
  };
}

export class Faults {
  private active: ActiveFault[] = [];

  /** Adds a fault that affects requests; 'revoke' acts at once and is the caller's to carry out. */
  add(spec: FaultSpec): void {
    if (spec.kind === 'revoke') return;
    this.active.push({
      kind: spec.kind,
      remaining: spec.count ?? Infinity,
      ms: spec.ms ?? 0,
      token: spec.token,
      window: spec.window ?? '15min',
    });
  }

  clear(): void {
    this.active = [];
  }

  /** Faults that strike before the request is even read. */
  transport(token: string | undefined): TransportFaults {
    return {
      latencyMs: this.consume('latency', token)?.ms ?? 0,
      drop: this.consume('drop', token) !== undefined,
      unavailable: this.consume('503', token) !== undefined,
    };
  }

  /** Faults that answer an authenticated API request in X's words: a 429 (and which window) or a 402. */
  answer(token: string): { kind: '429'; window: RateWindowKind } | { kind: '402' } | undefined {
    const limited = this.consume('429', token);
    if (limited) return { kind: '429', window: limited.window };
    if (this.consume('402', token)) return { kind: '402' };
    return undefined;
  }

  private consume(kind: ActiveFault['kind'], token: string | undefined): ActiveFault | undefined {
    const fault = this.active.find(
      (f) => f.kind === kind && f.remaining > 0 && (f.token === undefined || f.token === token),
    );
    if (!fault) return undefined;
    fault.remaining--;
    if (fault.remaining <= 0) this.active = this.active.filter((f) => f !== fault);
    return fault;
  }
}
