import type { ErrorCode, InputField } from './types';

/** An expected failure a handler reports to the user; the dispatcher turns it into a typed result. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The form field the user should correct, when one is at fault. */
    readonly field?: InputField,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export const PLAIN_TEXT_QUESTION =
  'This computer has no keyring to encrypt the token with, so it would be stored only obfuscated in the local database. Store it anyway?';
