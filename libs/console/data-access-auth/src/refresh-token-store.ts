/** Where the session keeps its refresh token between page loads. */
export type RefreshTokenStore = {
  read(): string | null;
  write(token: string): void;
  clear(): void;
};

const STORAGE_KEY = 'fleet-console.refresh-token';

/** Keeps the token in this object only: signing in again after every reload. Used when storage is disabled. */
export function memoryRefreshTokenStore(): RefreshTokenStore {
  let token: string | null = null;
  return {
    read: () => token,
    write: (next) => {
      token = next;
    },
    clear: () => {
      token = null;
    },
  };
}

/**
 * Keeps the refresh token in `sessionStorage`: it survives a reload of the tab but is not shared with other
 * tabs and is gone when the tab closes. Why not a cookie: the API reads tokens only from the Authorization
 * header and request bodies, never from cookies, so there is no ambient credential a cross-site request could
 * ride on (no CSRF surface). The price is that script on the page can read it (XSS); that is bounded by the
 * refresh token being single-use (rotated on every refresh, so a stolen copy dies with the next refresh) and by
 * the access token, which lives only in memory, expiring within minutes.
 * Falls back to memory when storage is unavailable (disabled, sandboxed frame).
 */
export function sessionRefreshTokenStore(storage: Storage | undefined = readSessionStorage()): RefreshTokenStore {
  if (!storage) return memoryRefreshTokenStore();
  const fallback = memoryRefreshTokenStore();
  return {
    read: () => {
      try {
        return storage.getItem(STORAGE_KEY);
      } catch {
        return fallback.read();
      }
    },
    write: (token) => {
      try {
        storage.setItem(STORAGE_KEY, token);
      } catch {
        // Quota or privacy mode: keep the session for this page load at least.
        fallback.write(token);
      }
    },
    clear: () => {
      fallback.clear();
      try {
        storage.removeItem(STORAGE_KEY);
      } catch (error) {
        console.warn('[console] could not clear the stored refresh token', error);
      }
    },
  };
}

function readSessionStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    // Accessing sessionStorage throws when storage is blocked for the page.
    return undefined;
  }
}
