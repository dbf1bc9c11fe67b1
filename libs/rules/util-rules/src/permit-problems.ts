import type { PermitContext } from './facts.js';
import { timeWindowProblems } from './time-of-day.js';

/**
 * What in a permit the rules would read as "nothing allowed" (they fail closed on bad data): malformed windows,
 * no zones, a corridor without width, a non-positive speed cap, an empty validity. For the registry to refuse
 * such a permit up front; empty when the permit is usable.
 */
export function permitProblems(permit: PermitContext): string[] {
  const problems = timeWindowProblems(permit.timeWindows);
  if (permit.zones.length === 0) problems.push('no zones: nowhere is approved');
  for (const zone of permit.zones) {
    if (zone.geometry.type === 'LineString' && !((zone.corridorWidthM ?? 0) > 0)) {
      problems.push(`zone ${zone.id}: a corridor needs a positive width`);
    }
  }
  if (!(permit.speedCapKph > 0)) problems.push('speed cap must be positive');
  if (!(permit.validToMs > permit.validFromMs)) problems.push('validity must end after it starts');
  return problems;
}
