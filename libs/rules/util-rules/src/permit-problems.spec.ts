import { describe, expect, it } from 'vitest';
import { permitProblems } from './permit-problems.js';
import { permit } from './testing/factories.js';

describe(permitProblems.name, () => {
  it('finds nothing wrong with a complete permit', () => {
    expect(permitProblems(permit())).toEqual([]);
  });

  it('lists what the rules would read as nothing allowed', () => {
    const problems = permitProblems(
      permit({
        zones: [],
        timeWindows: [{ start: '25:00', end: '11:30' }],
        speedCapKph: 0,
        validToMs: Date.UTC(2025, 0, 1),
      }),
    );
    expect(problems).toEqual([
      'time window 0: start "25:00" is not HH:MM',
      'no zones: nowhere is approved',
      'speed cap must be positive',
      'validity must end after it starts',
    ]);
  });

  it('asks for a positive corridor width', () => {
    const zones = [
      {
        id: 'road',
        geometry: {
          type: 'LineString' as const,
          coordinates: [
            [121.2, 31.3],
            [121.21, 31.3],
          ],
        },
        corridorWidthM: 0,
      },
    ];
    expect(permitProblems(permit({ zones }))).toEqual(['zone road: a corridor needs a positive width']);
  });
});
