import type { Clock } from '../shared/time/clock';
import type { OAuthServer } from './auth/oauth';
import type { Tier } from './endpoints/context';
import type { Faults } from './faults';
import type { RateLimiter } from './rate-limiter';
import type { UsageLedger } from './usage';
import type { World } from './world/world';

export interface RequestRecord {
  at: number;
  method: string;
  path: string;
  userId: string | null;
  status: number;
}

/** One answer to an X endpoint, as sent: for the contract test, which checks each against X's spec. */
export interface ObservedAnswer {
  routeId: string;
  method: string;
  specPath: string;
  status: number;
  contentType: string;
  body: unknown;
}

/** The simulator's moving parts, shared by the HTTP server and the in-process controls. */
export interface SimState {
  clock: Clock;
  world: World;
  oauth: OAuthServer;
  limiter: RateLimiter;
  faults: Faults;
  usage: UsageLedger;
  requests: RequestRecord[];
  tier: Tier;
  /** The account the consent step signs in when the authorize URL does not name one. */
  authorizeAs: string;
  /** What the auto-answering consent step says: approve (default) or deny. */
  consent: 'approve' | 'deny';
  observe?: (answer: ObservedAnswer) => void;
  /** 'http://127.0.0.1:PORT' once listening: where its pictures are served. */
  origin: string;
}
