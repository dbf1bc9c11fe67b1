/** Most bytes one attachment may have (sent as base64 JSON, so about a third more on the wire). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The bytes as base64 (chunked, so large files do not overflow the argument list of fromCharCode). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** `1.5 MB`, `12 KB`, `800 B`. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
