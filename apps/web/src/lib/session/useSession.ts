import { useSyncExternalStore } from 'react';
import { readSession, sessionExpired, subscribeSession } from './session';

let snapshot = { signedIn: Boolean(readSession()), expired: sessionExpired() };
subscribeSession(() => {
  snapshot = { signedIn: Boolean(readSession()), expired: sessionExpired() };
});

export function useSession(): { signedIn: boolean; expired: boolean } {
  return useSyncExternalStore(subscribeSession, () => snapshot);
}
