import {
  EVIDENCE_EVENT_FIELDS,
  EVIDENCE_SAMPLE_FIELDS,
  type EvidenceBatch,
  type EvidenceChain,
  type EvidenceEvent,
  type EvidenceHeader,
  type EvidenceSample,
} from './evidence.js';

/** hex SHA-256 of a string's UTF-8 bytes. Injected: node:crypto on the server and in the verify command. */
export type Sha256Hex = (text: string) => string;

export const EVIDENCE_BATCH_ROWS = 500;
export const EVIDENCE_HEADER_PREFIX = 'fleet-evidence/v1\n';

type Scalar = string | number | boolean | null;

/**
 * One value, canonically: null, true/false, strings as JSON string literals (JSON.stringify: only ", \ and control
 * characters escaped, everything else as UTF-8), numbers as ECMAScript Number#toString (shortest text that reads
 * back to the same double; -0 as 0; NaN/Infinity refused). Times are already strings (ISO UTC, milliseconds).
 */
export function canonicalValue(value: Scalar): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return JSON.stringify(value);
  if (!Number.isFinite(value)) throw new Error(`evidence cannot hold a non-finite number (${value})`);
  return Object.is(value, -0) ? '0' : String(value);
}

/** A row as a JSON array of its values in the fixed field order, no spaces. */
export function canonicalRow<T extends Record<K, Scalar>, K extends string>(fields: readonly K[], row: T): string {
  return `[${fields.map((f) => canonicalValue(row[f])).join(',')}]`;
}

export function canonicalHeader(h: EvidenceHeader): string {
  const values: Scalar[] = [h.incidentId, h.vehicleId, h.kind, h.time, h.windowFrom, h.windowTo];
  return `${EVIDENCE_HEADER_PREFIX}[${values.map(canonicalValue).join(',')}]\n`;
}

/** A batch: its table's name on a line, then one canonical row per line, each ending with \n. */
export function canonicalBatch(table: 'samples', rows: readonly EvidenceSample[]): string;
export function canonicalBatch(table: 'events', rows: readonly EvidenceEvent[]): string;
export function canonicalBatch(table: 'samples' | 'events', rows: readonly (EvidenceSample | EvidenceEvent)[]): string {
  const fields: readonly string[] = table === 'samples' ? EVIDENCE_SAMPLE_FIELDS : EVIDENCE_EVENT_FIELDS;
  let text = `${table}\n`;
  for (const row of rows) text += `${canonicalRow(fields, row as unknown as Record<string, Scalar>)}\n`;
  return text;
}

/**
 * The chain over an incident's evidence: digest_0 = sha256(header); then samples in (time) order, then events in
 * (time, seq) order, in batches of batchRows rows of one table; digest_n = sha256(hex(digest_{n-1}) || batch_n),
 * both as UTF-8 text. Any changed, added, removed or reordered row changes every later digest.
 */
export function evidenceChain(
  header: EvidenceHeader,
  samples: readonly EvidenceSample[],
  events: readonly EvidenceEvent[],
  sha256Hex: Sha256Hex,
  batchRows = EVIDENCE_BATCH_ROWS,
): EvidenceChain {
  const genesis = sha256Hex(canonicalHeader(header));
  const batches: EvidenceBatch[] = [];
  let previous = genesis;
  const link = (table: 'samples' | 'events', firstRow: number, rowCount: number, text: string): void => {
    previous = sha256Hex(previous + text);
    batches.push({ n: batches.length + 1, table, firstRow, rowCount, digest: previous });
  };
  for (let i = 0; i < samples.length; i += batchRows) {
    const rows = samples.slice(i, i + batchRows);
    link('samples', i, rows.length, canonicalBatch('samples', rows));
  }
  for (let i = 0; i < events.length; i += batchRows) {
    const rows = events.slice(i, i + batchRows);
    link('events', i, rows.length, canonicalBatch('events', rows));
  }
  return { algorithm: 'sha256-chain/v1', batchRows, genesis, batches, digest: previous };
}

export type ChainComparison = { valid: boolean; firstMismatch: number | null; reason: string | null };

/** Compares a recomputed chain with a stored one, link by link. */
export function compareChains(stored: EvidenceChain, computed: EvidenceChain): ChainComparison {
  if (stored.genesis !== computed.genesis) return { valid: false, firstMismatch: 0, reason: 'header digest differs' };
  const length = Math.max(stored.batches.length, computed.batches.length);
  for (let i = 0; i < length; i++) {
    const a = stored.batches[i];
    const b = computed.batches[i];
    if (!a || !b) return { valid: false, firstMismatch: i + 1, reason: 'number of batches differs' };
    if (a.digest !== b.digest || a.rowCount !== b.rowCount || a.table !== b.table)
      return { valid: false, firstMismatch: i + 1, reason: `batch ${i + 1} (${a.table}) differs` };
  }
  if (stored.digest !== computed.digest) return { valid: false, firstMismatch: null, reason: 'final digest differs' };
  return { valid: true, firstMismatch: null, reason: null };
}
