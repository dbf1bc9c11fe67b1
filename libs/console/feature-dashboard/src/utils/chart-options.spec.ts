import { describe, expect, it } from 'vitest';
import { autonomousKmOption } from './autonomous-km-option.js';
import { disengagementOption } from './disengagement-option.js';
import { kindsOption } from './kinds-option.js';
import { onlineOption } from './online-option.js';
import { seriesPointCount } from './series-point-count.js';

type SeriesLike = { name?: string; data?: unknown[] };
const seriesOf = (option: { series?: unknown }) => (option.series ?? []) as SeriesLike[];

describe(autonomousKmOption.name, () => {
  it('stacks one series per enterprise over every day of the period, largest total first, gaps as 0', () => {
    const option = autonomousKmOption(
      [
        { day: '2026-11-21', enterpriseId: 'ent-b', km: 1.25 },
        { day: '2026-11-21', enterpriseId: 'ent-a', km: 10 },
        { day: '2026-11-23', enterpriseId: 'ent-a', km: 5.04 },
      ],
      ['2026-11-21', '2026-11-22', '2026-11-23'],
      (id) => `E:${id}`,
    );
    expect(seriesOf(option).map((s) => [s.name, s.data])).toEqual([
      ['E:ent-a', [10, 0, 5]],
      ['E:ent-b', [1.3, 0, 0]],
    ]);
    expect(seriesPointCount(option)).toEqual({ series: 2, points: 3 });
  });
});

describe(disengagementOption.name, () => {
  it('draws the rate per initiator in the model’s order, with the counts as a second series', () => {
    const option = disengagementOption(
      [
        { initiator: 'unreported', count: 1, per1000Km: 2 },
        { initiator: 'system', count: 3, per1000Km: 6.666 },
        { initiator: 'passenger', count: 0, per1000Km: null },
      ],
      { initiator: (i) => i.toUpperCase(), rate: 'rate', count: 'count' },
    );
    expect((option.xAxis as { data: string[] }).data).toEqual(['SYSTEM', 'PASSENGER', 'UNREPORTED']);
    const [rate, count] = seriesOf(option);
    expect(rate?.data?.map((d) => (d as { value: number }).value)).toEqual([6.67, 0, 2]);
    expect(count?.data).toEqual([3, 0, 1]);
  });
});

describe(kindsOption.name, () => {
  it('puts alerts and incidents of the same name on one row, most frequent last (drawn at the top)', () => {
    const option = kindsOption(
      [
        { kind: 'over_speed', count: 7 },
        { kind: 'collision', count: 1 },
      ],
      [{ kind: 'collision', count: 1 }],
      { alertKind: (k) => k, incidentKind: (k) => k, alerts: 'A', incidents: 'I' },
    );
    expect((option.yAxis as { data: string[] }).data).toEqual(['collision', 'over_speed']);
    expect(seriesOf(option).map((s) => s.data)).toEqual([
      [1, 7],
      [1, 0],
    ]);
  });
});

describe(onlineOption.name, () => {
  it('orders the hourly counts by time, drops unreadable times and draws the hours without data as 0', () => {
    const option = onlineOption(
      [
        { time: '2026-11-23T05:00:00Z', online: 2 },
        { time: '2026-11-23T02:00:00Z', online: 4 },
        { time: 'garbage', online: 9 },
        { time: '2026-11-23T01:00:00Z', online: 3 },
      ],
      'online',
    );
    const at = (iso: string) => Date.parse(iso);
    expect(seriesOf(option)[0]?.data).toEqual([
      [at('2026-11-23T01:00:00Z'), 3],
      [at('2026-11-23T02:00:00Z'), 4],
      [at('2026-11-23T03:00:00Z'), 0],
      [at('2026-11-23T05:00:00Z'), 2],
      [at('2026-11-23T06:00:00Z'), 0],
    ]);
  });
});
