import type { Enterprise } from '@fleet/console-admin-api';
import type { Language } from '@fleet/console-i18n';

/** An enterprise's name in the console's language with its id, which is what other records refer to. */
export function enterpriseLabel(enterprise: Enterprise, language: Language): string {
  return language === 'en' ? `${enterprise.nameEn} (${enterprise.id})` : `${enterprise.nameZh}（${enterprise.id}）`;
}
