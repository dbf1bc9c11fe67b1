import { describe, expect, it } from 'vitest';
import { chunkByBytes, textParamBytes } from './chunk-by-bytes.js';

describe(chunkByBytes.name, () => {
  it('keeps every chunk within the budget and every row in order', () => {
    const rows = Array.from({ length: 100 }, (_, i) => i);
    const chunks = chunkByBytes(rows, () => 30, 100);
    expect(chunks.every((c) => c.length * 30 <= 100)).toBe(true);
    expect(chunks.flat()).toEqual(rows);
  });

  it('gives an oversized row a chunk of its own', () => {
    expect(chunkByBytes([1, 500, 2], (n) => n, 100)).toEqual([[1], [500], [2]]);
  });

  it('returns no chunk for no rows', () => {
    expect(chunkByBytes([], () => 1, 10)).toEqual([]);
  });
});

describe(textParamBytes.name, () => {
  it('counts NULLs, numbers and worst-case escaped strings', () => {
    expect(textParamBytes([null, 12.5, 'ab'])).toBe(5 + 5 + 7);
  });
});
