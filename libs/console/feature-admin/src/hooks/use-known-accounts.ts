import { useCallback, useMemo } from 'react';
import type { AuthUser } from '@fleet/auth-model';
import type { Account, AccountsApi } from '@fleet/console-admin-api';
import type { KnownAccount } from '../types/known-account.js';
import { useRemoteData } from './use-remote-data.js';

const NONE: Account[] = [];

/**
 * The accounts whose names the console can show: every account for an admin (who may list them), else only the
 * signed-in one. Ids of others stay ids, which is what a regulator is allowed to see.
 */
export function useKnownAccounts(api: AccountsApi, user: AuthUser): ReadonlyMap<string, KnownAccount> {
  const isAdmin = user.role === 'admin';
  const load = useCallback(
    (signal: AbortSignal) => (isAdmin ? api.list(signal) : Promise.resolve(NONE)),
    [api, isAdmin],
  );
  const { data } = useRemoteData(load, 'account names');
  return useMemo(() => {
    const known = new Map<string, KnownAccount>();
    for (const a of data ?? NONE) known.set(a.id, { id: a.id, displayName: a.displayName, username: a.username });
    known.set(user.id, { id: user.id, displayName: user.displayName, username: user.username });
    return known;
  }, [data, user]);
}
