import type { Language } from '@fleet/console-i18n';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A point in time in the browser's time zone, to the second, e.g. `2025/05/01 16:00:00`; `—` when unreadable. */
export function formatDateTime(iso: string, language: Language, timeZone?: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '—';
  const cacheKey = `${language}|${timeZone ?? ''}`;
  let format = formats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hour12: false,
      timeZone,
    });
    formats.set(cacheKey, format);
  }
  return format.format(new Date(ms));
}
