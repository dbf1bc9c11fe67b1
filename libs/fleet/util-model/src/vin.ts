// VIN rules shared by ISO 3779, FMVSS 565 and GB 16735 (which makes the check digit mandatory in China).

/** Characters a VIN may contain: digits and capitals except I, O and Q. */
export const VIN_ALPHABET = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';

// prettier-ignore
const TRANSLITERATION: Readonly<Record<string, number>> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};

const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;

const VIN_SHAPE = /^[0-9A-HJ-NPR-Z]{17}$/;

function charValue(c: string): number {
  return c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : (TRANSLITERATION[c] ?? NaN);
}

/** The check digit ('0'–'9' or 'X') for a 17-character VIN; position 9 itself is ignored (weight 0). */
export function vinCheckDigit(vin: string): string {
  if (!VIN_SHAPE.test(vin.replace(/^(.{8})./, '$10'))) throw new RangeError(`Not a VIN shape: ${vin}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += charValue(vin[i] ?? '') * (WEIGHTS[i] ?? 0);
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/** True for 17 allowed characters whose position 9 holds the correct check digit. */
export function isValidVin(vin: string): boolean {
  return VIN_SHAPE.test(vin) && vin[8] === vinCheckDigit(vin);
}

/** Replaces position 9 of a 17-character VIN draft with its check digit. */
export function withVinCheckDigit(draft: string): string {
  return `${draft.slice(0, 8)}${vinCheckDigit(draft)}${draft.slice(9)}`;
}
