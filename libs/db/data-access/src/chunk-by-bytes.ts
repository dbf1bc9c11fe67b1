/**
 * Splits rows into groups whose estimated parameter size stays under a budget, so a multi-row statement
 * never exceeds what the server accepts in one protocol message (about 64 KB for the embedded database).
 * A single row larger than the budget still gets a group of its own.
 */
export function chunkByBytes<T>(rows: readonly T[], estimateBytes: (row: T) => number, budgetBytes: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const row of rows) {
    const bytes = estimateBytes(row);
    if (current.length > 0 && size + bytes > budgetBytes) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(row);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Bytes a row's values take as text array parameters: each value's text plus a separator. */
export function textParamBytes(values: readonly unknown[]): number {
  let total = 0;
  for (const value of values) {
    // Quotes/escapes can double a string; NULL is four characters.
    total += valueBytes(value) + 1;
  }
  return total;
}

function valueBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') return value.length * 2 + 2;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value).length;
  if (value instanceof Uint8Array) return value.length * 2 + 4; // bytea as hex
  return JSON.stringify(value)?.length ?? 4;
}
