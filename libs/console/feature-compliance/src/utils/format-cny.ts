import type { Language } from '@fleet/console-i18n';

const formats = new Map<Language, Intl.NumberFormat>();

/** An amount of yuan, short as each language writes it: `¥500万`, `CN¥5M`. */
export function formatCny(amount: number, language: Language): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { style: 'currency', currency: 'CNY', notation: 'compact' });
    formats.set(language, format);
  }
  return format.format(amount);
}
