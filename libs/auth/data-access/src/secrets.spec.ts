import { describe, expect, it } from 'vitest';
import { DECOY_PASSWORD_HASH, hashPassword, newSecret, sameDigest, sha256, verifyPassword } from './secrets.js';

describe('hashPassword', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain('correct horse');
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct horsE', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('refuses malformed stored hashes and the decoy', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('', DECOY_PASSWORD_HASH)).toBe(false);
  });
});

describe('newSecret', () => {
  it('is prefixed, long and different every time', () => {
    const a = newSecret('vsk');
    expect(a).toMatch(/^vsk_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(newSecret('vsk'));
    expect(sameDigest(sha256(a), sha256(a))).toBe(true);
    expect(sameDigest(sha256(a), sha256(`${a}x`))).toBe(false);
  });
});
