import { EVIDENCE_EVENT_FIELDS, EVIDENCE_SAMPLE_FIELDS, type EvidenceEvent, type EvidenceSample } from './evidence.js';

function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csv<K extends string>(
  fields: readonly K[],
  rows: readonly Record<K, string | number | boolean | null>[],
): string {
  const lines = [fields.join(',')];
  for (const row of rows) lines.push(fields.map((f) => csvCell(row[f])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The evidence window as CSV (RFC 4180, CRLF, header row = canonical field names, empty cell = null). */
export function evidenceCsv(
  samples: readonly EvidenceSample[],
  events: readonly EvidenceEvent[],
): {
  samples: string;
  events: string;
} {
  return { samples: csv(EVIDENCE_SAMPLE_FIELDS, samples), events: csv(EVIDENCE_EVENT_FIELDS, events) };
}
