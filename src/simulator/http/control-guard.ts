import { timingSafeEqual } from 'node:crypto';

/**
 * Who may use the /__sim/ controls (fault and post injection). The simulator listens on
 * loopback, but any web page the user visits can reach loopback too: a simple cross-origin POST
 * needs no CORS, and DNS rebinding makes a foreign name resolve to 127.0.0.1. So, as the harness
 * does: the Host must name this server, an Origin (browsers send one) must be this server's own,
 * and the request must carry this run's random token in a header — which a page of another
 * origin cannot add without a CORS preflight the simulator never grants.
 */
export const CONTROL_TOKEN_HEADER = 'x-sim-control-token';

export interface ControlRequest {
  host: string | undefined;
  origin: string | undefined;
  token: string | string[] | undefined;
}

export interface Refusal {
  status: number;
  error: string;
}

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Undefined when the request may use the controls; otherwise why not, as an HTTP answer. */
export function refuseControl(
  req: ControlRequest,
  server: { port: number; token: string },
): Refusal | undefined {
  const hosts = [`127.0.0.1:${server.port}`, `localhost:${server.port}`];
  if (!hosts.includes(req.host ?? '')) return { status: 421, error: 'wrong Host' };
  if (req.origin !== undefined && !hosts.some((h) => req.origin === `http://${h}`))
    return { status: 403, error: 'wrong Origin' };
  const given = Array.isArray(req.token) ? undefined : req.token;
  if (given === undefined || !sameSecret(given, server.token))
    return { status: 401, error: `the controls need this run's token in ${CONTROL_TOKEN_HEADER}` };
  return undefined;
}
