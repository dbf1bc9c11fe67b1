/** Default lead: refresh this long before the access token expires. */
export const REFRESH_LEAD_MS = 60_000;

/**
 * How long to wait before refreshing an access token that expires in `expiresInMs`: `leadMs` before expiry,
 * or half-way through for tokens too short-lived for that lead (so a 30 s token is not refreshed at once
 * in a loop). Never negative.
 */
export function refreshDelayMs(expiresInMs: number, leadMs = REFRESH_LEAD_MS): number {
  if (!Number.isFinite(expiresInMs) || expiresInMs <= 0) return 0;
  return expiresInMs > 2 * leadMs ? expiresInMs - leadMs : expiresInMs / 2;
}
