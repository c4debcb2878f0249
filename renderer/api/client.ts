// The renderer's one API client: the preload bridge inside Electron, loopback HTTP in a browser.
import type { Input } from '../../electron/api/contract';
import type { MethodName, MenuCommand } from '../../electron/api/methods';
import type { ApiError, Outputs, Result } from '../../electron/api/types';

type Bridge = { [M in MethodName]: (input: Input<M>) => Promise<Result<Outputs[M]>> } & {
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
};

declare global {
  interface Window {
    studio?: Bridge;
  }
}

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

const TOKEN_KEY = 'creator-studio.access';

/**
 * Serve mode hands the page its per-launch token in the URL fragment (the address it prints), or a
 * one-time code to trade for it (the address it gives the browser opener, whose arguments any user of
 * the machine can read). Keep the token for this tab and clean the address bar.
 */
export async function adoptAccessToken(): Promise<void> {
  const match = /^#(token|code)=([\w-]+)/.exec(window.location.hash);
  if (!match) return;
  history.replaceState(null, '', `${window.location.pathname}#/`);
  if (match[1] === 'token') return sessionStorage.setItem(TOKEN_KEY, match[2]);
  try {
    const response = await fetch('/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: match[2] }) });
    const answer = (await response.json()) as Result<{ token: string }>;
    if (answer.ok) sessionStorage.setItem(TOKEN_KEY, answer.value.token);
  } catch {
    // The calls that follow say that the page has no access.
  }
}

async function overHttp<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Outputs[M]>> {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sessionStorage.getItem(TOKEN_KEY) ?? ''}` },
      body: JSON.stringify(input),
    });
  } catch {
    return { ok: false, error: { code: 'io', message: 'Creator Studio is not running any more. Start it again and reload this page.' } };
  }
  if (response.status === 401)
    return {
      ok: false,
      error: { code: 'invalid_input', message: 'This page has no access to Creator Studio (its address was used already or has expired). Open the address Creator Studio printed when it started.' },
    };
  return (await response.json()) as Result<Outputs[M]>;
}

export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Outputs[M]> {
  const bridge = window.studio;
  const result = bridge ? await (bridge[method] as (i: Input<M>) => Promise<Result<Outputs[M]>>)(input) : await overHttp(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}

export function onMenuCommand(callback: (command: MenuCommand) => void): () => void {
  return window.studio?.onMenuCommand(callback) ?? (() => {});
}
