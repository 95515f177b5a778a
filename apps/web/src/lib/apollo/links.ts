import { readSession, writeSession, type Session } from '../session/session';

const REFRESH = `mutation RefreshSession($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { accessToken refreshToken } }`;

let refreshing: Promise<Session | null> | null = null;

// Trades the refresh token for a new pair (the server rotates it); concurrent callers share one
// request, because the old refresh token is spent by the first.
export function refreshSession(fetcher: typeof fetch, uri: string, language: () => string): Promise<Session | null> {
  const session = readSession();
  if (!session) return Promise.resolve(null);
  refreshing ??= fetcher(uri, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': language() },
    body: JSON.stringify({ query: REFRESH, variables: { refreshToken: session.refreshToken } }),
  })
    .then(async (response) => {
      const body = (await response.json()) as { data?: { refreshSession?: Session } };
      const next = body.data?.refreshSession ?? null;
      writeSession(next, { expired: !next });
      return next;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

function isUnauthenticated(body: unknown): boolean {
  const errors = (body as { errors?: { extensions?: { code?: string } }[] } | null)?.errors ?? [];
  return errors.some((error) => error.extensions?.code === 'UNAUTHENTICATED');
}

// The fetch the HTTP link uses: sends the UI language and the access token; when the server says
// the token is no longer valid, refreshes the session once and repeats the request.
export function createAuthFetch(language: () => string, fetcher: typeof fetch = (...args) => globalThis.fetch(...args)): typeof fetch {
  const send = (input: RequestInfo | URL, init: RequestInit = {}, session: Session | null) => {
    const headers = new Headers(init.headers);
    headers.set('accept-language', language());
    if (session) headers.set('authorization', `Bearer ${session.accessToken}`);
    return fetcher(input, { ...init, headers });
  };
  return async (input, init) => {
    const session = readSession();
    const response = await send(input, init, session);
    if (!session || !(response.headers.get('content-type') ?? '').includes('json')) return response;
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => null);
    // A wrong password is also UNAUTHENTICATED, but then no token was the cause: only retry
    // requests that carried one.
    if (!isUnauthenticated(body)) return response;
    const next = await refreshSession(fetcher, String(input), language);
    return next ? send(input, init, next) : send(input, init, null);
  };
}
