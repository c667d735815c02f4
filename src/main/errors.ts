import type { AppError, AppErrorKind } from '../shared/errors';
import type { XError } from '../shared/x/errors';

/** Thrown by services for a refusal the user should read; the router turns it into an AppError. */
export class AppFailure extends Error {
  constructor(
    readonly kind: AppErrorKind,
    message: string,
    readonly x?: XError,
  ) {
    super(message);
    this.name = 'AppFailure';
  }

  toAppError(channel?: string): AppError {
    return {
      kind: this.kind,
      message: this.message,
      ...(channel ? { channel } : {}),
      ...(this.x ? { x: this.x } : {}),
    };
  }
}

/** X's refusal, passed on to the renderer with its typed details. */
export const xFailure = (error: XError) => new AppFailure('x', error.message, error);

export const notFound = (message: string) => new AppFailure('not_found', message);
export const conflict = (message: string) => new AppFailure('conflict', message);
