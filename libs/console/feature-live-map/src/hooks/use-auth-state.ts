import { useSyncExternalStore } from 'react';
import type { AuthSession, AuthState } from '@fleet/console-auth';

/** Re-renders the caller when the user signs in or out (or the session is resumed or expires). */
export function useAuthState(session: AuthSession): AuthState {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}
