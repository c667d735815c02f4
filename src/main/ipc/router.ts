import type { z } from 'zod';
import { AppFailure } from '../errors';
import type { AppError, Result } from '../../shared/errors';
import { invokeChannels, type InvokeContract } from '../../shared/ipc/contract';
import { findHostileKey } from '../../shared/ipc/hostile-keys';
import type { Logger } from '../platform/logger';

type HandlerOf<S> = S extends {
  request: infer Req extends z.ZodType;
  response: infer Res extends z.ZodType;
}
  ? (request: z.output<Req>) => Promise<z.input<Res>> | z.input<Res>
  : never;

/** The shape main must implement: one handler per channel, typed from the contract. */
export type Handlers = {
  [G in keyof InvokeContract]: { [M in keyof InvokeContract[G]]: HandlerOf<InvokeContract[G][M]> };
};

export interface IpcRouter {
  readonly channels: readonly string[];
  /** Validates sender and payload, runs the handler, and always answers with a Result. */
  dispatch(
    channel: string,
    payload: unknown,
    senderUrl: string | null | undefined,
  ): Promise<Result<unknown>>;
}

export interface RouterOptions {
  /** Host-specific: is this frame URL Timedeck's own page? */
  isTrustedSender(url: URL): boolean;
  log: Logger;
  /** Told of every refused request, so main can surface it to the user as well. */
  onRefused?(error: AppError): void;
}

const describeIssues = (error: z.ZodError) =>
  error.issues.map((i) => ({
    path: i.path.map(String).join('.') || '(payload)',
    message: i.message,
  }));

export function createIpcRouter(handlers: Handlers, options: RouterOptions): IpcRouter {
  const table = new Map(
    invokeChannels.map((c) => {
      const group = handlers[c.group as keyof Handlers] as Record<
        string,
        (req: unknown) => unknown
      >;
      const handler = group[c.method];
      if (typeof handler !== 'function') throw new Error(`No handler for ${c.name}`);
      return [c.name, { spec: c.spec, handler }] as const;
    }),
  );

  const refuse = (error: AppError): Result<never> => {
    options.log.warn(`refused ${error.channel ?? '?'}: ${error.kind}: ${error.message}`);
    options.onRefused?.(error);
    return { ok: false, error };
  };

  const trusted = (senderUrl: string | null | undefined) => {
    if (!senderUrl) return false;
    try {
      return options.isTrustedSender(new URL(senderUrl));
    } catch {
      return false;
    }
  };

  return {
    channels: [...table.keys()],
    async dispatch(channel, payload, senderUrl) {
      const entry = table.get(channel);
      if (!entry) {
        return refuse({
          kind: 'unknown_channel',
          channel,
          message: `Timedeck has no request called "${channel}"`,
        });
      }
      if (!trusted(senderUrl)) {
        return refuse({
          kind: 'forbidden_sender',
          channel,
          message: 'This request did not come from Timedeck',
        });
      }
      const hostile = findHostileKey(payload);
      if (hostile) {
        return refuse({
          kind: 'invalid_payload',
          channel,
          issues: [{ path: hostile, message: 'This name is not allowed here' }],
          message: `Timedeck refused this request: "${hostile}" is not a name it accepts`,
        });
      }
      const parsed = entry.spec.request.safeParse(payload);
      if (!parsed.success) {
        const issues = describeIssues(parsed.error);
        return refuse({
          kind: 'invalid_payload',
          channel,
          issues,
          message: `Timedeck refused this request: ${issues.map((i) => i.message).join('; ')}`,
        });
      }
      try {
        const value: unknown = await entry.handler(parsed.data);
        return { ok: true, value: entry.spec.response.parse(value) };
      } catch (e) {
        if (e instanceof AppFailure) return refuse(e.toAppError(channel));
        options.log.error(`handler ${channel} failed`, e);
        return refuse({
          kind: 'internal',
          channel,
          message: 'Something went wrong in Timedeck; the log has the details',
        });
      }
    },
  };
}
