/** protobufjs gives 64-bit integers as Long objects when the `long` package is present, numbers otherwise. */
export type WireInt64 = number | { toNumber(): number; high: number; low: number } | null | undefined;

/** Converts a wire int64 to a JS number; NaN when it does not fit exactly. */
export function int64ToNumber(value: WireInt64): number {
  if (value === null || value === undefined) return 0;
  const n = typeof value === 'number' ? value : value.toNumber();
  return Number.isSafeInteger(n) ? n : Number.NaN;
}

export function inRange(value: number, [min, max]: readonly [number, number]): boolean {
  return Number.isFinite(value) && value >= min && value <= max;
}
