import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiCallError, call } from '../api/client';
import { AccountFields, faultyField } from './AccountFields';

/** In demo mode: the creator's own platform URL and token; the app moves onto their account in place. */
export function ConnectAccount() {
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const client = useQueryClient();
  const connect = useMutation({
    mutationFn: async () => {
      try {
        return await call('connectAccount', { platformUrl: url, token });
      } catch (error) {
        if (error instanceof ApiCallError && error.error.code === 'confirm' && window.confirm(error.message))
          return call('connectAccount', { platformUrl: url, token, allowPlainText: true });
        throw error;
      }
    },
    onSuccess: () => {
      setToken('');
      void client.invalidateQueries();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    connect.mutate();
  };
  return (
    <form className="card form" onSubmit={submit} aria-labelledby="connect-title">
      <h2 id="connect-title">You are looking at demo data</h2>
      <p className="hint">
        Connect your platform account to see your own numbers. Your data goes into its own database; the demo data stays apart, and the
        first sync starts right away.
      </p>
      <AccountFields
        url={url}
        onUrl={setUrl}
        token={token}
        onToken={setToken}
        tokenRequired
        tokenPlaceholder="Paste the token from the platform’s creator settings"
        error={connect.error}
      />
      <div className="row">
        <button type="submit" className="primary" disabled={connect.isPending}>
          {connect.isPending ? 'Checking the account…' : 'Use my account'}
        </button>
        {connect.error && !faultyField(connect.error) && (
          <span className="error" role="alert">
            {connect.error.message}
          </span>
        )}
        {connect.error && <span className="hint">Nothing changed: the demo data is still here.</span>}
      </div>
    </form>
  );
}
