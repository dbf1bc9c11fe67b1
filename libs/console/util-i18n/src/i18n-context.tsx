import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_LANGUAGE, isLanguage, translate, type Language, type Translate } from './catalogue.js';

export type I18n = { language: Language; setLanguage: (language: Language) => void; t: Translate };

const STORAGE_KEY = 'fleet-console.language';

const I18nContext = createContext<I18n>({
  language: DEFAULT_LANGUAGE,
  setLanguage: () => undefined,
  t: (key, params) => translate(DEFAULT_LANGUAGE, key, params),
});

function initialLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be disabled (private mode, sandboxed frames): fall back to the default.
    return DEFAULT_LANGUAGE;
  }
  return DEFAULT_LANGUAGE;
}

export type I18nProviderProps = { children: ReactNode; language?: Language };

/** Holds the current language, remembers the user's choice and keeps `<html lang>` in step. */
export function I18nProvider({ children, language: forced }: I18nProviderProps) {
  const [language, setLanguageState] = useState<Language>(() => forced ?? initialLanguage());
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembering the choice is acceptable; the switch still works for this session.
      return;
    }
  }, []);
  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18n>(
    () => ({ language, setLanguage, t: (key, params) => translate(language, key, params) }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
