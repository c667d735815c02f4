import dc from 'node:diagnostics_channel';

/**
 * Loopback HTTP still in flight in this process (the X client's node:http requests, the OAuth
 * client's fetch, and the simulator's side of both), so that a bench driving a FakeClock can
 * let each poll finish before it moves time on. A FakeClock fires timers synchronously; the
 * requests they start need real turns of the event loop.
 */
export function trackInflight() {
  let open = 0;
  const pairs: Array<[string, 1 | -1]> = [
    ['http.client.request.start', 1],
    ['http.client.response.finish', -1],
    ['http.client.request.error', -1],
    ['undici:request:create', 1],
    ['undici:request:trailers', -1],
    ['undici:request:error', -1],
    ['http.server.request.start', 1],
    ['http.server.response.finish', -1],
  ];
  const handlers = pairs.map(([name, delta]) => {
    const handler = () => void (open += delta);
    dc.subscribe(name, handler);
    return [name, handler] as const;
  });

  return {
    get open() {
      return open;
    },
    /**
     * Resolves once nothing has been in flight for `quietTurns` consecutive turns of the event
     * loop (a poll's next page starts a turn or two after the previous answer ends).
     */
    async settle(quietTurns = 3, timeoutMs = 30_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      let quiet = 0;
      while (quiet < quietTurns) {
        await new Promise((resolve) => setImmediate(resolve));
        quiet = open <= 0 ? quiet + 1 : 0;
        if (Date.now() > deadline) throw new Error(`HTTP still in flight after ${timeoutMs} ms`);
      }
    },
    stop() {
      for (const [name, handler] of handlers) dc.unsubscribe(name, handler);
    },
  };
}
