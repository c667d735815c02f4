import type { HarnessProcess } from './harness';

/** One request the simulator answered (its /__sim/requests log). */
export interface SimRequest {
  at: number;
  method: string;
  path: string;
  userId: string | null;
  status: number;
}

/** A post as the simulator stores it (its /__sim/posts/:id answer). */
export interface SimPost {
  id: string;
  text: string;
  authorId: string;
  /** The author's username, added by the control. */
  author?: string;
  inReplyToId?: string;
  [field: string]: unknown;
}

export type SimFault =
  | { kind: '503' | 'drop' | '402'; count?: number; token?: string }
  // Takes back the grant behind `token` (its access and refresh tokens) at once.
  | { kind: 'revoke'; token?: string }
  | { kind: '429'; count?: number; token?: string; window?: '15min' | '24hour' }
  | { kind: 'latency'; ms: number; count?: number; token?: string };

/**
 * The demo simulator of a harness, driven over its HTTP controls (/__sim/) and, where a test
 * checks what X itself would answer, over its API with a token it issued.
 */
export interface SimulatorClient {
  url: string;
  /** This run's token for the /__sim/ controls (sent as X-Sim-Control-Token). */
  controlToken: string;
  injectPost(post: { authorUsername: string; text: string; inReplyToId?: string }): Promise<string>;
  findPost(id: string): Promise<SimPost | null>;
  requests(): Promise<SimRequest[]>;
  /** The posts X billed the demo's developer app, per UTC day (each once a day). */
  billedPosts(): Promise<Array<{ clientId: string; day: string; posts: string[] }>>;
  fault(fault: SimFault): Promise<void>;
  clearFaults(): Promise<void>;
  consent(answer: 'approve' | 'deny'): Promise<void>;
  authorizeAs(username: string): Promise<void>;
  /** The access token the simulator issued to that user (from its usage ledger). */
  tokenOf(userId: string): Promise<string>;
  /** A GET of X's API as the holder of `token`. */
  apiGet(path: string, token: string): Promise<{ status: number; body: unknown }>;
}

async function json<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export async function simulatorOf(harness: HarnessProcess): Promise<SimulatorClient> {
  const { url, controlToken } = await harness.control<{
    url: string | null;
    controlToken: string | null;
  }>('simulator');
  if (!url || !controlToken)
    throw new Error('the harness runs without its demo simulator, or without its controls');
  const control = (method: string, path: string, body?: unknown) =>
    fetch(`${url}/__sim/${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', 'X-Sim-Control-Token': controlToken },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  return {
    url,
    controlToken,
    async injectPost(post) {
      return (await json<{ id: string }>(await control('POST', 'posts', post), 'inject a post')).id;
    },
    async findPost(id) {
      const res = await control('GET', `posts/${id}`);
      if (res.status === 404) return null;
      return (await json<{ post: SimPost }>(res, `find post ${id}`)).post;
    },
    async requests() {
      return (await json<{ requests: SimRequest[] }>(await control('GET', 'requests'), 'requests'))
        .requests;
    },
    async billedPosts() {
      return (
        await json<{ apps: Array<{ clientId: string; day: string; posts: string[] }> }>(
          await control('GET', 'billed-posts'),
          'billed posts',
        )
      ).apps;
    },
    async fault(fault) {
      await json(await control('POST', 'faults', fault), `fault ${fault.kind}`);
    },
    async clearFaults() {
      await json(await control('DELETE', 'faults'), 'clear faults');
    },
    async consent(answer) {
      await json(await control('POST', 'consent', { answer }), `consent ${answer}`);
    },
    async authorizeAs(username) {
      await json(await control('POST', 'authorize-as', { username }), `authorize as ${username}`);
    },
    async tokenOf(userId) {
      const { usage } = await json<{ usage: Array<{ token: string; userId: string }> }>(
        await control('GET', 'usage'),
        'usage',
      );
      const row = usage.find((r) => r.userId === userId);
      if (!row) throw new Error(`the simulator has issued no token that read as ${userId}`);
      return row.token;
    },
    async apiGet(path, token) {
      const res = await fetch(`${url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
      return { status: res.status, body: await res.json() };
    },
  };
}
