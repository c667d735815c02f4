import { eventContract, type EventName, type EventPayload } from '../../shared/ipc/contract';

export type EventListener = (event: EventName, payload: unknown) => void;

/** Main's outgoing events: services emit, transports (ipc, WebSocket) subscribe and deliver. */
export interface EventHub {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  subscribe(listener: EventListener): () => void;
}

export interface EventHubOptions {
  /**
   * Told of a listener that threw. Each listener runs on its own (as VS Code's Emitter does):
   * one that throws never silences the others, nor fails the service that emitted — the time
   * box emits from its tick, and a throw there must not stop the counting.
   */
  onListenerError?(error: unknown, event: EventName): void;
}

export function createEventHub(options: EventHubOptions = {}): EventHub {
  const listeners = new Set<EventListener>();
  return {
    emit(event, payload) {
      // Validated here so that no transport can deliver something the contract does not allow.
      const checked: unknown = eventContract[event].parse(payload);
      for (const listener of [...listeners]) {
        try {
          listener(event, checked);
        } catch (e) {
          try {
            options.onListenerError?.(e, event);
          } catch {
            // Reporting the failure failed too: nothing more can be done for this listener.
          }
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
