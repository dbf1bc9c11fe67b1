/** PostgreSQL text cannot hold NUL, and control characters in ids are a terminal bug, not data. */
const FORBIDDEN = /[\u0000-\u001f\u007f]/;

/** Returns the string, null for empty, or undefined when it is too long or holds control characters. */
export function cleanText(value: string | null | undefined, maxLength: number): string | null | undefined {
  if (value === null || value === undefined || value === '') return null;
  if (value.length > maxLength || FORBIDDEN.test(value)) return undefined;
  return value;
}

/** Free text for people (event details) may hold line breaks but never NUL. */
export function cleanDetail(value: string | null | undefined, maxLength: number): string | undefined {
  const text = value ?? '';
  if (text.length > maxLength || /\u0000/.test(text)) return undefined;
  return text;
}
