import http from 'node:http';
import type { Clock } from '../../shared/time/clock';
import { sameState } from './pkce';

export type SignInFailureKind =
  | 'cancelled'
  | 'timeout'
  | 'denied'
  | 'wrong_state'
  | 'port_in_use'
  | 'exchange_failed'
  | 'profile_failed'
  | 'storage_refused'
  | 'wrong_account';

export class SignInFailure extends Error {
  constructor(
    readonly kind: SignInFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'SignInFailure';
  }
}

const page = (title: string, text: string) =>
  `<!doctype html><meta charset="utf-8"><title>${title}</title>` +
  `<body style="font-family:system-ui;margin:3em"><h1>${title}</h1><p>${text}</p></body>`;

export const SIGN_IN_TIMEOUT_MS = 2 * 60_000;

/**
 * The one-shot loopback server that receives X's redirect: 127.0.0.1:PORT/callback. It listens
 * before the browser is opened, so that a port in use ends the attempt before it starts, and it
 * closes after the first callback, whatever it carried.
 */
export async function listenForCallback(options: {
  port: number;
  expectedState: string;
  clock: Clock;
  timeoutMs?: number;
}) {
  let settle!: { resolve(code: string): void; reject(e: SignInFailure): void };
  const code = new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
  code.catch(() => undefined); // the caller awaits it; an early failure must not go unhandled

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${options.port}`);
    if (req.method !== 'GET' || url.pathname !== '/callback') {
      res.writeHead(404).end();
      return;
    }
    const answer = (status: number, title: string, text: string) => {
      res.writeHead(status, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
      });
      res.end(page(title, text));
    };
    const state = url.searchParams.get('state');
    if (!sameState(options.expectedState, state)) {
      answer(
        400,
        'Sign-in refused',
        'This answer does not belong to the sign-in Timedeck started. Try again from Timedeck.',
      );
      finish(
        new SignInFailure(
          'wrong_state',
          'The answer from X did not match this sign-in (wrong state); nothing was saved. Try again.',
        ),
      );
      return;
    }
    const error = url.searchParams.get('error');
    const received = url.searchParams.get('code');
    if (error || !received) {
      answer(
        200,
        'Sign-in cancelled',
        'You did not allow Timedeck to use this account. You can close this tab.',
      );
      finish(
        new SignInFailure(
          'denied',
          error === 'access_denied' || !error
            ? 'You did not allow Timedeck to use the account.'
            : `X refused the sign-in (${error}).`,
        ),
      );
      return;
    }
    answer(
      200,
      'Signed in',
      'Timedeck has your sign-in. You can close this tab and return to Timedeck.',
    );
    finish(received);
  });

  const timer: { id?: number } = {};
  let finished = false;
  function finish(outcome: string | SignInFailure) {
    if (finished) return;
    finished = true;
    if (timer.id !== undefined) options.clock.clearTimeout(timer.id);
    server.close();
    server.closeAllConnections();
    if (typeof outcome === 'string') settle.resolve(outcome);
    else settle.reject(outcome);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE'
          ? new SignInFailure(
              'port_in_use',
              `Port ${options.port} is in use by another program, so X cannot send the sign-in back. Close it, or choose another callback port in Settings (and register that URL with your X app).`,
            )
          : new SignInFailure(
              'port_in_use',
              `Timedeck could not listen on port ${options.port} (${e.message}).`,
            ),
      ),
    );
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  timer.id = options.clock.setTimeout(
    () =>
      finish(
        new SignInFailure(
          'timeout',
          'The sign-in timed out after 2 minutes without an answer from X.',
        ),
      ),
    options.timeoutMs ?? SIGN_IN_TIMEOUT_MS,
  );

  return {
    code,
    cancel: () => finish(new SignInFailure('cancelled', 'Sign-in cancelled.')),
  };
}
