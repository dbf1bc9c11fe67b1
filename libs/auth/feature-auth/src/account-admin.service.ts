import type { Account, AuthUser, NewAccount } from '@fleet/auth-model';
import { hashPassword, verifyPassword, type SessionRepository, type UserRepository } from '@fleet/auth-data';
import { ApiError } from '@fleet/http';
import type { AuditService } from './audit.service.js';
import type { Principal, RequestOrigin } from './principal.js';
import type { SessionValidity } from './session-validity.js';

/** Accounts of people: created, disabled and re-enabled by admins; passwords changed by their owners. */
export class AccountAdminService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly validity: SessionValidity,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<Account[]> {
    return this.users.list();
  }

  async create(admin: Principal, account: NewAccount, origin: RequestOrigin): Promise<AuthUser> {
    const created = await this.users
      .create({ ...account, passwordHash: await hashPassword(account.password) })
      .catch((error: unknown) => {
        // The enterprise does not exist (foreign key).
        if ((error as { code?: string }).code === '23503') throw new ApiError('invalid_request', 'unknown enterprise');
        throw error;
      });
    if (!created) throw new ApiError('conflict', `user name ${account.username} is taken`);
    await this.audit.record(admin, origin, {
      action: 'account.create',
      target: { type: 'user', id: created.id },
      details: { username: created.username, role: created.role, enterpriseId: created.enterpriseId },
    });
    return created;
  }

  /** Disabling also ends every session of the account at once. */
  async setDisabled(admin: Principal, userId: string, disabled: boolean, origin: RequestOrigin): Promise<void> {
    if (userId === admin.id && disabled) throw new ApiError('invalid_request', 'an admin cannot disable itself');
    if (!(await this.users.setDisabled(userId, disabled))) throw new ApiError('not_found', `no user ${userId}`);
    if (disabled) await this.endSessions(userId, 'account_disabled');
    await this.audit.record(admin, origin, {
      action: disabled ? 'account.disable' : 'account.enable',
      target: { type: 'user', id: userId },
    });
  }

  /** Ends every session of an account (a lost laptop) without disabling it. */
  async revokeSessions(admin: Principal, userId: string, origin: RequestOrigin): Promise<number> {
    if (!(await this.users.findById(userId))) throw new ApiError('not_found', `no user ${userId}`);
    const revoked = await this.endSessions(userId, 'revoked_by_admin');
    await this.audit.record(admin, origin, {
      action: 'account.revoke_sessions',
      target: { type: 'user', id: userId },
      details: { sessions: revoked },
    });
    return revoked;
  }

  /** The owner changes its password; every other session of the account ends, this one stays. */
  async changeOwnPassword(
    principal: Principal,
    currentPassword: string,
    newPassword: string,
    origin: RequestOrigin,
  ): Promise<void> {
    const user = await this.users.findById(principal.id);
    if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) {
      await this.audit.record(principal, origin, { action: 'account.change_password', outcome: 'denied' });
      throw new ApiError('invalid_request', 'the current password is wrong');
    }
    await this.users.setPasswordHash(user.id, await hashPassword(newPassword));
    for (const id of await this.sessions.revokeAllOf(user.id, 'password_changed', principal.sessionId)) {
      this.validity.forget(id);
    }
    await this.audit.record(principal, origin, {
      action: 'account.change_password',
      target: { type: 'user', id: user.id },
    });
  }

  private async endSessions(userId: string, reason: string): Promise<number> {
    const ids = await this.sessions.revokeAllOf(userId, reason);
    for (const id of ids) this.validity.forget(id);
    return ids.length;
  }
}
