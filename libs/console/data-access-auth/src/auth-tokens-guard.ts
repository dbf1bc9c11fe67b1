import { isRole, type AuthTokens, type AuthUser } from '@fleet/auth-model';

const isString = (v: unknown): v is string => typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function isAuthUser(value: unknown): value is AuthUser {
  if (!isRecord(value)) return false;
  return (
    isString(value['id']) &&
    isString(value['username']) &&
    isString(value['displayName']) &&
    isRole(value['role']) &&
    (value['enterpriseId'] === null || isString(value['enterpriseId']))
  );
}

/** Checks a login / refresh answer before the session trusts it (a proxy error page must not become a session). */
export function isAuthTokens(value: unknown): value is AuthTokens {
  if (!isRecord(value)) return false;
  return (
    isString(value['accessToken']) &&
    value['accessToken'] !== '' &&
    isString(value['refreshToken']) &&
    value['refreshToken'] !== '' &&
    isString(value['accessTokenExpiresAt']) &&
    !Number.isNaN(Date.parse(value['accessTokenExpiresAt'])) &&
    isAuthUser(value['user'])
  );
}
