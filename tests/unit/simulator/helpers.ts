import http from 'node:http';
import { TwitterApi, type ITwitterApiClientPlugin } from 'twitter-api-v2';
import { FakeClock } from '../../../src/shared/time/clock';
import {
  CONTROL_TOKEN_HEADER,
  startSimulator,
  type Simulator,
  type SimulatorOptions,
} from '../../../src/simulator/index';

/** A fixed moment inside the simulated world's time (a Tuesday, mid-morning in Bristol). */
export const T0 = Date.parse('2026-09-01T10:30:00Z');

export interface TestSim {
  sim: Simulator;
  clock: FakeClock;
  close(): Promise<void>;
}

export async function startTestSim(options: Partial<SimulatorOptions> = {}): Promise<TestSim> {
  const clock = new FakeClock(T0);
  const sim = await startSimulator({ clock, ...options });
  return { sim, clock, close: () => sim.close() };
}

// Answers are read loosely and checked by value in the tests, so their body is `any` here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Answer<T = any> {
  status: number;
  headers: Headers;
  contentType: string;
  body: T;
}

/** Calls one of the simulator's /__sim/ controls over HTTP, with this run's token. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function control<T = any>(
  sim: Simulator,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<Answer<T>> {
  return call<T>(sim, `/__sim/${path}`, {
    ...init,
    headers: { [CONTROL_TOKEN_HEADER]: sim.controlToken ?? '' },
  });
}

/** Calls the simulator over real HTTP, as any client would. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function call<T = any>(
  sim: Simulator,
  path: string,
  init: {
    token?: string;
    method?: string;
    body?: unknown;
    form?: Record<string, string>;
    headers?: Record<string, string>;
  } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let body: string | undefined;
  if (init.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(init.form).toString();
  } else if (init.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.body);
  }
  const res = await fetch(sim.url + path, {
    method: init.method ?? 'GET',
    headers,
    body,
    redirect: 'manual',
  });
  const text = await res.text();
  const contentType = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    headers: res.headers,
    contentType,
    body: contentType.includes('json') && text.length ? JSON.parse(text) : text,
  };
}

/** Points twitter-api-v2 at the simulator: its URLs are rewritten and http:// allowed. */
export function simPlugin(sim: Simulator): ITwitterApiClientPlugin {
  return {
    onBeforeRequestConfig({ params }) {
      params.url = params.url.replace(/^https:\/\/api\.(x|twitter)\.com/, sim.url);
    },
  };
}

export function clientFor(
  sim: Simulator,
  token: string | { clientId: string; clientSecret?: string },
): TwitterApi {
  return new TwitterApi(token as string, {
    plugins: [simPlugin(sim)],
    httpAgent: new http.Agent(),
  });
}
