import type { RawData } from 'ws';

/**
 * What the harness makes of one WebSocket message from its page. The page is the app's own,
 * but the socket is a network input all the same: a message too big, not JSON, or of no known
 * shape is refused with an answer to that socket, and never takes the harness down.
 */
export const MAX_MESSAGE_BYTES = 1024 * 1024;

export type ClientMessage =
  | { kind: 'call'; id: number; channel: string; payload: unknown }
  | { kind: 'presence'; focused: boolean; visible: boolean }
  | { kind: 'refuse'; id?: number; message: string };

const sizeOf = (raw: RawData): number =>
  Array.isArray(raw)
    ? raw.reduce((n, b) => n + b.byteLength, 0)
    : (raw as Buffer | ArrayBuffer).byteLength;

const textOf = (raw: RawData): string =>
  Array.isArray(raw)
    ? Buffer.concat(raw).toString('utf8')
    : Buffer.from(raw as ArrayBuffer).toString('utf8');

/** A leading `{"id":N` tells whom to answer, without parsing a message too big to read. */
const leadingId = (head: string): number | undefined => {
  const m = /^\s*\{\s*"id"\s*:\s*(\d{1,15})\s*[,}]/.exec(head);
  return m ? Number(m[1]) : undefined;
};

export function readClientMessage(raw: RawData, isBinary: boolean): ClientMessage {
  if (sizeOf(raw) > MAX_MESSAGE_BYTES) {
    const first = Array.isArray(raw) ? raw : [Buffer.from(raw as ArrayBuffer)];
    const id = leadingId(Buffer.concat(first.slice(0, 8)).subarray(0, 64).toString('utf8'));
    return {
      kind: 'refuse',
      ...(id !== undefined ? { id } : {}),
      message: 'That request was too large for Timedeck to take (over 1 MiB).',
    };
  }
  if (isBinary) return { kind: 'refuse', message: 'Binary messages are not understood.' };
  let message: unknown;
  try {
    message = JSON.parse(textOf(raw));
  } catch {
    return { kind: 'refuse', message: 'A message that is not JSON was refused.' };
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message))
    return { kind: 'refuse', message: 'A message that is not an object was refused.' };
  const m = message as Record<string, unknown>;
  if (m.type === 'presence') {
    if (typeof m.focused === 'boolean' && typeof m.visible === 'boolean')
      return { kind: 'presence', focused: m.focused, visible: m.visible };
    return { kind: 'refuse', message: 'A presence message needs focused and visible.' };
  }
  const id = typeof m.id === 'number' && Number.isSafeInteger(m.id) ? m.id : undefined;
  if (id === undefined || typeof m.channel !== 'string')
    return {
      kind: 'refuse',
      ...(id !== undefined ? { id } : {}),
      message: 'A call needs a numeric id and a channel.',
    };
  return { kind: 'call', id, channel: m.channel, payload: m.payload };
}
