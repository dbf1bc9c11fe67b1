import { Segmented } from 'antd';
import { LANGUAGES, useI18n, type Language } from '@fleet/console-i18n';

const LABEL_KEYS = { 'zh-CN': 'app.language.zh', en: 'app.language.en' } as const satisfies Record<Language, string>;

/** 中文 / English switch in the header. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <Segmented<Language>
      data-testid="language-switch"
      aria-label={t('app.language')}
      size="small"
      value={language}
      onChange={setLanguage}
      options={LANGUAGES.map((l) => ({
        value: l,
        label: <span data-testid={`language-${l}`}>{t(LABEL_KEYS[l])}</span>,
      }))}
    />
  );
}
