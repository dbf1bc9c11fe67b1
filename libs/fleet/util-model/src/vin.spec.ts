import { describe, expect, it } from 'vitest';
import { isValidVin, vinCheckDigit, withVinCheckDigit } from './vin.js';

describe('isValidVin', () => {
  // Public examples with a correct North American / GB 16735 check digit.
  it.each(['1M8GDM9AXKP042788', '11111111111111111', '1HGCM82633A004352', '5GZCZ43D13S812715'])('accepts %s', (vin) => {
    expect(isValidVin(vin)).toBe(true);
  });

  it.each([
    ['a wrong check digit', '1M8GDM9A1KP042788'],
    ['the letter O', '1M8GDM9AXKP04278O'],
    ['the letter I', '1M8GDM9AXKP04278I'],
    ['16 characters', '1M8GDM9AXKP04278'],
    ['lower case', '1m8gdm9axkp042788'],
  ])('rejects %s', (_why, vin) => {
    expect(isValidVin(vin)).toBe(false);
  });
});

describe('vinCheckDigit', () => {
  it('computes X when the remainder is 10', () => {
    expect(vinCheckDigit('1M8GDM9A0KP042788')).toBe('X');
  });

  it('fills in position 9 of a draft', () => {
    expect(withVinCheckDigit('1M8GDM9A_KP042788'.replace('_', '0'))).toBe('1M8GDM9AXKP042788');
  });
});
