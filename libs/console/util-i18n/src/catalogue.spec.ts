import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGUAGES, placeholdersOf, translate } from './catalogue.js';
import { MESSAGES_ZH_CN, type MessageKey } from './messages-zh-cn.js';

const keys = Object.keys(MESSAGES_ZH_CN) as MessageKey[];

describe('message catalogues', () => {
  it.each(LANGUAGES)('%s has every key, non-empty', (language) => {
    const catalogue = CATALOGUES[language];
    expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(catalogue[key].trim(), key).not.toBe('');
  });

  it('uses the same placeholders in every language', () => {
    for (const key of keys) {
      const expected = placeholdersOf(MESSAGES_ZH_CN[key]);
      for (const language of LANGUAGES)
        expect(placeholdersOf(CATALOGUES[language][key]), `${language} ${key}`).toEqual(expected);
    }
  });

  it('shows no Latin words in Chinese except units, codes and the other language name', () => {
    const allowed = /\b(VIN|SOC|MQTT|GeoJSON|CSV|km|h|L|English)\b/g;
    for (const key of keys) {
      const text = MESSAGES_ZH_CN[key].replace(/\{\w+\}/g, '').replace(allowed, '');
      expect(/[A-Za-z]{2,}/.test(text), `${key}: ${MESSAGES_ZH_CN[key]}`).toBe(false);
    }
  });
});

describe(translate.name, () => {
  it('fills placeholders', () => {
    expect(translate('zh-CN', 'detail.speedValue', { value: 42 })).toBe('42 km/h');
    expect(translate('en', 'detail.levelValue', { level: 4 })).toBe('L4');
  });
  it('leaves unknown placeholders visible', () => {
    expect(translate('en', 'detail.speedValue')).toBe('{value} km/h');
  });
});
