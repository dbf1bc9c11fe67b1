import type { AdminHttp } from './admin-http.js';
import type { Account, NewAccount } from './admin-types.js';
import { isAccount, isItemList, isRevokedCount } from './wire-guards.js';

export const USERS_PATH = '/api/v1/users';
const userPath = (id: string) => `${USERS_PATH}/${encodeURIComponent(id)}`;

/** Accounts of people (admin only): list, create, disable / re-enable, end sessions. */
export class AccountsApi {
  constructor(private readonly http: AdminHttp) {}

  async list(signal?: AbortSignal): Promise<Account[]> {
    return (await this.http.json('GET', USERS_PATH, (v) => isItemList(v, isAccount), undefined, signal)).items;
  }

  /** Refused with `conflict` when the user name is taken, `invalid_request` for bad input or an unknown enterprise. */
  async create(account: NewAccount): Promise<Account> {
    const created = await this.http.json('POST', USERS_PATH, isCreatedUser, account);
    return { ...created, disabled: false };
  }

  /** Disabling also ends every session of the account at once. */
  setDisabled(id: string, disabled: boolean): Promise<void> {
    return this.http.noContent('PATCH', userPath(id), { disabled });
  }

  /** Ends every session of the account without disabling it; how many were ended. */
  async revokeSessions(id: string): Promise<number> {
    return (await this.http.json('DELETE', `${userPath(id)}/sessions`, isRevokedCount)).revoked;
  }
}

/** The create answer is an AuthUser: an account without the `disabled` flag. */
const isCreatedUser = (v: unknown): v is Omit<Account, 'disabled'> =>
  typeof v === 'object' && v !== null && isAccount({ ...v, disabled: false });
