import { describe, expect, it } from 'vitest';
import { OfflineBuffer } from './offline-buffer.js';

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

describe(OfflineBuffer.name, () => {
  it('hands items back oldest first in batches of at most the requested size', () => {
    const buffer = new OfflineBuffer<number>(100);
    expect(buffer.push(range(0, 10))).toBe(0);
    expect(buffer.push(range(10, 25))).toBe(0);
    expect(buffer.size).toBe(25);
    expect(buffer.take(10)).toEqual(range(0, 10));
    expect(buffer.take(10)).toEqual(range(10, 20));
    expect(buffer.take(10)).toEqual(range(20, 25));
    expect(buffer.take(10)).toEqual([]);
    expect(buffer.size).toBe(0);
  });

  it('drops the oldest items when full and reports how many', () => {
    const buffer = new OfflineBuffer<number>(5);
    expect(buffer.push(range(0, 4))).toBe(0);
    expect(buffer.push(range(4, 7))).toBe(2);
    expect(buffer.size).toBe(5);
    // A single push larger than the capacity keeps only its newest items.
    expect(buffer.push(range(7, 15))).toBe(8);
    expect(buffer.take(100)).toEqual(range(10, 15));
  });

  it('keeps its order through many interleaved pushes, takes and overflows', () => {
    const buffer = new OfflineBuffer<number>(50);
    const out: number[] = [];
    let next = 0;
    let dropped = 0;
    for (let round = 0; round < 200; round++) {
      const batch = range(next, next + (round % 7) + 1);
      next += batch.length;
      dropped += buffer.push(batch);
      if (round % 3 === 0) out.push(...buffer.take(round % 11));
    }
    out.push(...buffer.take(Number.MAX_SAFE_INTEGER));
    // Nothing was duplicated or reordered, and everything is either handed out or counted as dropped.
    expect(out).toEqual([...out].sort((a, b) => a - b));
    expect(new Set(out).size).toBe(out.length);
    expect(out.length + dropped).toBe(next);
  });

  it('keeps nothing with capacity zero', () => {
    const buffer = new OfflineBuffer<string>(0);
    expect(buffer.push(['a', 'b'])).toBe(2);
    expect(buffer.size).toBe(0);
    expect(buffer.take(1)).toEqual([]);
  });

  it('refuses a capacity that is not a whole number', () => {
    expect(() => new OfflineBuffer(1.5)).toThrow(RangeError);
    expect(() => new OfflineBuffer(-1)).toThrow(RangeError);
  });
});
