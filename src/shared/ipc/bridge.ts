import type { z } from 'zod';
import type { AppError, Result } from '../errors';
import { EVENT_NAMES, INVOKE_METHODS } from './channel-names';
import type { EventName, EventPayload, InvokeContract } from './contract';

/** What a host must provide for the bridge: Electron's ipcRenderer, or the harness's WebSocket. */
export interface ClientTransport {
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
  /** One listener for all events; returns an unsubscribe function. */
  listen(listener: (event: string, payload: unknown) => void): () => void;
}

type Args<Req extends z.ZodType> =
  undefined extends z.input<Req> ? [] | [request: z.input<Req>] : [request: z.input<Req>];

type MethodsOf<M> = {
  [K in keyof M]: M[K] extends {
    request: infer Req extends z.ZodType;
    response: infer Res extends z.ZodType;
  }
    ? (...args: Args<Req>) => Promise<Result<z.output<Res>>>
    : never;
};

export type InvokeApi = { [G in keyof InvokeContract]: MethodsOf<InvokeContract[G]> };

export interface TimedeckApi extends InvokeApi {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Called with every refusal of any request, so the UI can show it whoever asked. */
  onError(listener: (error: AppError) => void): () => void;
}

/**
 * Builds window.timedeck from the contract: one method per channel, nothing generic exposed
 * (no raw invoke, no channel strings) so that a compromised page can reach only what the
 * contract names, and main validates even that.
 */
export function createBridge(transport: ClientTransport): TimedeckApi {
  const errorListeners = new Set<(error: AppError) => void>();
  const api: Record<string, unknown> = {};
  for (const [group, methods] of Object.entries(INVOKE_METHODS)) {
    const groupApi: Record<string, (request?: unknown) => Promise<Result<unknown>>> = {};
    for (const method of methods) {
      const name = `${group}.${method}`;
      groupApi[method] = async (request?: unknown) => {
        const result = await transport
          .invoke(name, request)
          .catch((e: unknown): Result<unknown> => ({
            ok: false,
            error: {
              kind: 'internal',
              channel: name,
              message: `Timedeck could not reach its back end (${String(e)})`,
            },
          }));
        if (!result.ok) errorListeners.forEach((l) => l(result.error));
        return result;
      };
    }
    api[group] = groupApi;
  }
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let unlisten: (() => void) | null = null;
  api.on = (event: string, listener: (payload: unknown) => void) => {
    if (!(EVENT_NAMES as readonly string[]).includes(event))
      throw new Error(`Unknown event: ${event}`);
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(listener);
    unlisten ??= transport.listen((name, payload) =>
      listeners.get(name)?.forEach((l) => l(payload)),
    );
    return () => void set.delete(listener);
  };
  api.onError = (listener: (error: AppError) => void) => {
    errorListeners.add(listener);
    return () => void errorListeners.delete(listener);
  };
  return api as unknown as TimedeckApi;
}
