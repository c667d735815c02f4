/**
 * Trouble on demand for tests: 503 bursts, slow answers, dropped connections, 429 storms and
 * 402s for spent credits. Each fault applies to the next `count` requests (all of them until
 * cleared when no count is given), optionally only to requests carrying one access token.
 */
export const FAULT_KINDS = ['503', 'latency', 'drop', '429', 'revoke', '402'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSpec {
  kind: FaultKind;
  count?: number;
  ms?: number;
  token?: string;
}

interface ActiveFault {
  kind: Exclude<FaultKind, 'revoke'>;
  remaining: number;
  ms: number;
  token?: string;
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
  return {
    kind: f.kind as FaultKind,
    count: f.count as number | undefined,
    ms: f.ms as number | undefined,
    token: f.token as string | undefined,
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

  /** Faults that answer an authenticated API request in X's words: '429' or '402'. */
  answer(token: string): '429' | '402' | undefined {
    if (this.consume('429', token)) return '429';
    if (this.consume('402', token)) return '402';
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
