import type { ErrorCode } from './types';

/** An expected failure a handler reports to the user; the dispatcher turns it into a typed result. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
