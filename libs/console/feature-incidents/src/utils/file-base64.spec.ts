import { describe, expect, it } from 'vitest';
import { bytesToBase64, sizeText } from './file-base64.js';

describe(bytesToBase64.name, () => {
  it('encodes like Buffer does, also across chunk boundaries', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new TextEncoder().encode('事故'))).toBe(Buffer.from('事故').toString('base64'));
  });
});

describe(sizeText.name, () => {
  it('picks the unit', () => {
    expect(sizeText(800)).toBe('800 B');
    expect(sizeText(12_345)).toBe('12 KB');
    expect(sizeText(1_572_864)).toBe('1.5 MB');
  });
});
