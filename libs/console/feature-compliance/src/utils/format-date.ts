import type { Language } from '@fleet/console-i18n';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date in the given (default: the browser's) time zone, e.g. `2025/05/01`; `—` when unreadable. */
export function formatDate(iso: string, language: Language, timeZone?: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '—';
  const key = `${language}|${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
    formats.set(key, format);
  }
  return format.format(new Date(ms));
}
