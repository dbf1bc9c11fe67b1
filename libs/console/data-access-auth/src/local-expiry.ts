const DATE_HEADER_RESOLUTION_MS = 1_000;

/**
 * When an access token expires on this machine's clock. The server states expiry on its own clock; a console
 * PC on a closed network often runs minutes off, which would make every token look expired (a refresh loop) or
 * valid for too long. The response's `Date` header gives the server's now, so the lifetime it meant is kept.
 * Without a readable `Date` header the stated time is taken as it is.
 */
export function localExpiryMs(expiresAtIso: string, serverDateHeader: string | null, receivedAtMs: number): number {
  const expiresAtMs = Date.parse(expiresAtIso);
  const serverNowMs = serverDateHeader ? Date.parse(serverDateHeader) : Number.NaN;
  if (Number.isNaN(serverNowMs)) return expiresAtMs;
  // `Date` is truncated to the second: the server's now may be up to a second later than it says.
  return receivedAtMs + (expiresAtMs - serverNowMs) - DATE_HEADER_RESOLUTION_MS;
}
