import type { Role } from '@fleet/auth-model';
import type { NewAccount } from '@fleet/console-admin-api';

/** The server's rule for user names (after trimming and lower-casing), checked here to answer before sending. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;
/** The server's minimum password length. */
export const MIN_PASSWORD_LENGTH = 10;

/** What the create-account form holds; the enterprise field exists only while the role is operator. */
export type NewAccountForm = {
  username: string;
  displayName: string;
  role: Role;
  enterpriseId?: string;
  password: string;
};

/** Whether the form asks for an enterprise: an operator must have one, every other role must not. */
export const needsEnterprise = (role: Role | undefined): boolean => role === 'operator';

/** The request body from the form: names normalised as the server stores them, an enterprise only for an operator. */
export function newAccountOf(form: NewAccountForm): NewAccount {
  return {
    username: form.username.trim().toLowerCase(),
    displayName: form.displayName.trim(),
    role: form.role,
    enterpriseId: needsEnterprise(form.role) ? (form.enterpriseId?.trim() ?? '') : null,
    password: form.password,
  };
}
