// The signed-in session: a short-lived access token and a rotating refresh token, kept in
// local storage so a reload stays signed in. Listeners re-render the UI on change.
export interface Session {
  accessToken: string;
  refreshToken: string;
}

const KEY = 'beacon.session';
const listeners = new Set<() => void>();
let expired = false;

export function readSession(): Session | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function writeSession(session: Session | null, options: { expired?: boolean } = {}): void {
  if (session) globalThis.localStorage?.setItem(KEY, JSON.stringify(session));
  else globalThis.localStorage?.removeItem(KEY);
  expired = Boolean(options.expired);
  for (const listener of listeners) listener();
}

// True after the refresh token was refused: the UI offers to sign in again.
export function sessionExpired(): boolean {
  return expired;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
