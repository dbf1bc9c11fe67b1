import type { Account, AuthUser, Role } from '@fleet/auth-model';
import type { Queryable } from '@fleet/db';

export type UserWithPassword = AuthUser & { passwordHash: string; disabled: boolean };
export type NewUser = Omit<AuthUser, 'id'> & { passwordHash: string };

type UserRow = {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  enterprise_id: string | null;
  password_hash: string;
  disabled_at: Date | null;
};

/** Accounts of people. Roles and the operator's enterprise are checked by the table itself. */
export class UserRepository {
  constructor(private readonly db: Queryable) {}

  async findByUsername(username: string): Promise<UserWithPassword | undefined> {
    const result = await this.db.query<UserRow>('SELECT * FROM users WHERE username = $1', [username]);
    return result.rows[0] && toUser(result.rows[0]);
  }

  async findById(id: string): Promise<UserWithPassword | undefined> {
    const result = await this.db.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
    return result.rows[0] && toUser(result.rows[0]);
  }

  async list(): Promise<Account[]> {
    const result = await this.db.query<UserRow>('SELECT * FROM users ORDER BY username');
    return result.rows.map((row) => ({ ...accountOf(row), disabled: row.disabled_at !== null }));
  }

  /** Creates an account; undefined when the user name is taken. */
  async create(user: NewUser): Promise<AuthUser | undefined> {
    const result = await this.db.query<UserRow>(
      `INSERT INTO users (username, display_name, role, enterprise_id, password_hash)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (username) DO NOTHING RETURNING *`,
      [user.username, user.displayName, user.role, user.enterpriseId, user.passwordHash],
    );
    const row = result.rows[0];
    return row && accountOf(row);
  }

  async setDisabled(id: string, disabled: boolean): Promise<boolean> {
    const result = await this.db.query(
      `UPDATE users SET disabled_at = CASE WHEN $2 THEN coalesce(disabled_at, now()) END WHERE id = $1`,
      [id, disabled],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<boolean> {
    const result = await this.db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [id, passwordHash]);
    return (result.rowCount ?? 0) > 0;
  }

  /** Creates the account, or, for an existing user name, leaves it as it is (a restart must not reset passwords). */
  async createIfMissing(user: NewUser): Promise<boolean> {
    const result = await this.db.query(
      `INSERT INTO users (username, display_name, role, enterprise_id, password_hash)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (username) DO NOTHING`,
      [user.username, user.displayName, user.role, user.enterpriseId, user.passwordHash],
    );
    return (result.rowCount ?? 0) > 0;
  }
}

function accountOf(row: UserRow): AuthUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    enterpriseId: row.enterprise_id,
  };
}

function toUser(row: UserRow): UserWithPassword {
  return {
    ...accountOf(row),
    passwordHash: row.password_hash,
    disabled: row.disabled_at !== null,
  };
}
