import type { Language } from '@fleet/console-i18n';

const formats = new Map<string, Intl.NumberFormat>();

/** A figure with a fixed number of decimals in the console's language (`1,234.5`); `—` for null. */
export function formatNumber(value: number | null, language: Language, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const key = `${language}|${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(value);
}
