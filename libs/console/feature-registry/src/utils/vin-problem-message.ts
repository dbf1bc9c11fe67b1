import type { Translate } from '@fleet/console-i18n';
import type { VinProblem } from '../types/vin-problem.js';

export function vinProblemMessage(t: Translate, problem: VinProblem): string {
  switch (problem.kind) {
    case 'incomplete':
      return problem.count === 0 ? t('vehicles.vinRequired') : t('vehicles.vinLength', { count: problem.count });
    case 'too_long':
      return t('vehicles.vinLength', { count: problem.count });
    case 'characters':
      return t('vehicles.vinCharacters');
    case 'check_digit':
      return t('vehicles.vinCheckDigit', { expected: problem.expected, actual: problem.actual });
  }
}
