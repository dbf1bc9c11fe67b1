import { isValidVin, VIN_ALPHABET, vinCheckDigit } from '@fleet/fleet-model';
import type { VinProblem } from '../types/vin-problem.js';

/**
 * Why the server would refuse this VIN (the same rules: ISO 3779 characters, 17 of them, GB 16735's check digit
 * in position 9), or null when it would accept it. Characters are judged first so a mistyped O shows at once.
 */
export function vinProblemOf(vin: string): VinProblem | null {
  if (isValidVin(vin)) return null;
  if ([...vin].some((c) => !VIN_ALPHABET.includes(c))) return { kind: 'characters' };
  if (vin.length < 17) return { kind: 'incomplete', count: vin.length };
  if (vin.length > 17) return { kind: 'too_long', count: vin.length };
  return { kind: 'check_digit', expected: vinCheckDigit(vin), actual: vin[8] ?? '' };
}
