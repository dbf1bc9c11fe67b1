import { translate } from '@fleet/console-i18n';
import { withVinCheckDigit } from '@fleet/fleet-model';
import { describe, expect, it } from 'vitest';
import { vinProblemMessage } from './vin-problem-message.js';
import { vinProblemOf } from './vin-problem.js';

const VALID = withVinCheckDigit('LE2EA2180N2183294');
const wrongDigit = `${VALID.slice(0, 8)}${VALID[8] === '1' ? '2' : '1'}${VALID.slice(9)}`;

describe(vinProblemOf.name, () => {
  it('accepts a VIN with the right check digit', () => {
    expect(vinProblemOf(VALID)).toBeNull();
    expect(vinProblemOf('1M8GDM9AXKP042788')).toBeNull();
  });

  it('names the check digit position 9 should hold', () => {
    expect(vinProblemOf(wrongDigit)).toEqual({ kind: 'check_digit', expected: VALID[8], actual: wrongDigit[8] });
  });

  it('refuses letters a VIN never has as soon as they are typed, then counts the characters', () => {
    expect(vinProblemOf('LE2O')).toEqual({ kind: 'characters' });
    expect(vinProblemOf('le2ea')).toEqual({ kind: 'characters' });
    expect(vinProblemOf('LE2EA')).toEqual({ kind: 'incomplete', count: 5 });
    expect(vinProblemOf('')).toEqual({ kind: 'incomplete', count: 0 });
    expect(vinProblemOf(`${VALID}1`)).toEqual({ kind: 'too_long', count: 18 });
  });
});

describe(vinProblemMessage.name, () => {
  it('explains each problem in both languages', () => {
    const zh = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate('zh-CN', key, params);
    const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate('en', key, params);
    expect(vinProblemMessage(zh, { kind: 'check_digit', expected: 'X', actual: '1' })).toBe(
      '第 9 位校验位应为 X，当前为 1',
    );
    expect(vinProblemMessage(en, { kind: 'check_digit', expected: 'X', actual: '1' })).toBe(
      'The check digit (position 9) should be X, not 1',
    );
    expect(vinProblemMessage(zh, { kind: 'incomplete', count: 0 })).toBe('请输入 VIN');
    expect(vinProblemMessage(zh, { kind: 'incomplete', count: 5 })).toBe('VIN 应为 17 位，当前 5 位');
    expect(vinProblemMessage(en, { kind: 'characters' })).toContain('I, O and Q');
  });
});
