import type { AuthUser, Role } from '@fleet/auth-model';
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

function toUser(row: UserRow): UserWithPassword {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    enterpriseId: row.enterprise_id,
    passwordHash: row.password_hash,
    disabled: row.disabled_at !== null,
  };
}
