import { COVERAGE_RAMP, type Rgba } from '@fleet/console-tokens';

/**
 * The ramp colour of a cell. Square-root scale: autonomous km pile up on a few busy roads, and a linear scale would
 * leave every other driven cell in the palest step.
 */
export function coverageColor(value: number, max: number): Rgba {
  const last = COVERAGE_RAMP.length - 1;
  const share = max > 0 ? Math.sqrt(Math.max(0, value) / max) : 0;
  const step = Math.min(last, Math.floor(share * COVERAGE_RAMP.length));
  return COVERAGE_RAMP[step] ?? COVERAGE_RAMP[last] ?? [0, 0, 0, 0];
}
