import { createHash } from 'node:crypto';

/** hex SHA-256 of a string's UTF-8 bytes: the hash function of the evidence chain. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
