import { MESSAGES_EN } from './messages-en.js';
import { MESSAGES_ZH_CN, type MessageKey } from './messages-zh-cn.js';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export const CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = {
  'zh-CN': MESSAGES_ZH_CN,
  en: MESSAGES_EN,
};

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Looks a key up in one language and fills `{name}` placeholders. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = CATALOGUES[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Placeholder names used by a template, e.g. `{value}` → ['value']. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
