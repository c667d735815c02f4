import type { AppError, AppErrorKind } from '../shared/errors';

/** Thrown by services for a refusal the user should read; the router turns it into an AppError. */
export class AppFailure extends Error {
  constructor(
    readonly kind: AppErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }

  toAppError(channel?: string): AppError {
    return { kind: this.kind, message: this.message, ...(channel ? { channel } : {}) };
  }
}

export const notFound = (message: string) => new AppFailure('not_found', message);
export const conflict = (message: string) => new AppFailure('conflict', message);
