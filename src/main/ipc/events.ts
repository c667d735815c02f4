import { eventContract, type EventName, type EventPayload } from '../../shared/ipc/contract';

export type EventListener = (event: EventName, payload: unknown) => void;

/** Main's outgoing events: services emit, transports (ipc, WebSocket) subscribe and deliver. */
export interface EventHub {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  subscribe(listener: EventListener): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<EventListener>();
  return {
    emit(event, payload) {
      // Validated here so that no transport can deliver something the contract does not allow.
      const checked: unknown = eventContract[event].parse(payload);
      listeners.forEach((l) => l(event, checked));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
