import { describe, expect, it } from 'vitest';
import { seriesPointCount } from './series-point-count.js';

describe(seriesPointCount.name, () => {
  it('counts the series and their data points with a value other than 0, in every data shape', () => {
    const option = {
      series: [
        { type: 'bar', data: [0, 3.5, 0, 2] },
        {
          type: 'line',
          data: [
            ['2026-01-01', 0],
            ['2026-01-02', 7],
          ],
        },
        {
          type: 'heatmap',
          data: [
            [0, 1, 4],
            [1, 1, 0],
          ],
        },
        { type: 'bar', data: [{ value: 1 }, { value: 0 }, null] },
      ],
    };
    expect(seriesPointCount(option)).toEqual({ series: 4, points: 5 });
  });

  it('counts nothing in an option without series', () => {
    expect(seriesPointCount({})).toEqual({ series: 0, points: 0 });
    expect(seriesPointCount(undefined)).toEqual({ series: 0, points: 0 });
  });
});
