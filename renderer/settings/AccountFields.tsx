import { useId } from 'react';
import { ApiCallError } from '../api/client';
import type { InputField } from '../../electron/api/types';

/** The field a failed call points at, or null when the failure is not about what was typed. */
export function faultyField(error: unknown): InputField | null {
  return error instanceof ApiCallError ? (error.error.field ?? null) : null;
}

/** The platform address and token inputs, each with the error that is about it right beneath it. */
export function AccountFields(props: {
  url: string;
  onUrl: (url: string) => void;
  token: string;
  onToken: (token: string) => void;
  tokenPlaceholder: string;
  tokenRequired: boolean;
  error: Error | null;
}) {
  const id = useId();
  const field = faultyField(props.error);
  const message = props.error?.message;
  return (
    <>
      <label>
        Platform URL
        <input
          type="url"
          required
          placeholder="https://api.example-platform.com"
          value={props.url}
          onChange={(e) => props.onUrl(e.target.value)}
          aria-invalid={field === 'platformUrl'}
          aria-describedby={field === 'platformUrl' ? `${id}-url-error` : undefined}
        />
      </label>
      {field === 'platformUrl' && (
        <p className="error field-error" id={`${id}-url-error`} role="alert">
          {message}
        </p>
      )}
      <label>
        API token
        <input
          type="password"
          required={props.tokenRequired}
          autoComplete="off"
          placeholder={props.tokenPlaceholder}
          value={props.token}
          onChange={(e) => props.onToken(e.target.value)}
          aria-invalid={field === 'token'}
          aria-describedby={field === 'token' ? `${id}-token-error` : undefined}
        />
      </label>
      {field === 'token' && (
        <p className="error field-error" id={`${id}-token-error`} role="alert">
          {message}
        </p>
      )}
    </>
  );
}
