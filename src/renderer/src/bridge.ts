import type { TimedeckApi } from '../../shared/ipc/bridge';

type Listener = (channel: string) => void;
const successListeners = new Set<Listener>();

/** Called with the channel of every request that succeeded: an error it showed is over. */
export function onBridgeSuccess(listener: Listener): () => void {
  successListeners.add(listener);
  return () => void successListeners.delete(listener);
}

let wrapped: TimedeckApi | null = null;
let wrappedFrom: TimedeckApi | null = null;

/**
 * `api`, its methods also telling the success listeners when a request went through. A proxy,
 * so that it wraps whatever the host exposes (the preload's object, or a test's); `on` and
 * `onError` pass through untouched.
 */
function withSuccessNotes(api: TimedeckApi): TimedeckApi {
  // Proxies over empty objects: the host's bridge may be frozen (contextBridge, the harness),
  // and a proxy of a frozen object must answer its own, unwrapped, values.
  const groups = new Map<string, unknown>();
  const wrapGroup = (name: string, group: Record<string, unknown>) =>
    new Proxy(
      {},
      {
        get(_target, method: string) {
          const fn = group[method];
          if (typeof fn !== 'function') return fn;
          return async (...args: unknown[]) => {
            const result = (await (fn as (...a: unknown[]) => Promise<{ ok: boolean }>).apply(
              group,
              args,
            )) as { ok: boolean };
            if (result.ok) successListeners.forEach((l) => l(`${name}.${method}`));
            return result;
          };
        },
      },
    );
  return new Proxy({} as TimedeckApi, {
    get(_target, name: string) {
      const value = (api as unknown as Record<string, unknown>)[name];
      if (name === 'on' || name === 'onError' || typeof value !== 'object' || value === null)
        return value;
      if (!groups.has(name)) groups.set(name, wrapGroup(name, value as Record<string, unknown>));
      return groups.get(name);
    },
  });
}

/** The one module that touches window.timedeck: store actions call it, components never do. */
export const bridge = (): TimedeckApi => {
  if (!wrapped || wrappedFrom !== window.timedeck) {
    wrapped = withSuccessNotes(window.timedeck);
    wrappedFrom = window.timedeck;
  }
  return wrapped;
};
