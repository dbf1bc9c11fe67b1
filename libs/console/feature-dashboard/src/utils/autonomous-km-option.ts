import type { Dashboard } from '@fleet/reports-model';
import { CHART_COLORS, CHART_SERIES_COLORS } from '@fleet/console-tokens';
import { AXIS_LABEL, GRID, type ChartOption } from './chart-option.js';

/**
 * Autonomous km per day as bars stacked by enterprise, one bar per day of the period (days without driving stay
 * visible as gaps). Enterprises in the order of their total, largest first, so the legend reads as a ranking.
 */
export function autonomousKmOption(
  rows: Dashboard['autonomousKmPerDay'],
  days: readonly string[],
  enterpriseLabel: (id: string) => string,
): ChartOption {
  const byEnterprise = new Map<string, Map<string, number>>();
  for (const { day, enterpriseId, km } of rows) {
    const perDay = byEnterprise.get(enterpriseId) ?? new Map<string, number>();
    perDay.set(day, (perDay.get(day) ?? 0) + km);
    byEnterprise.set(enterpriseId, perDay);
  }
  const total = (perDay: Map<string, number>) => [...perDay.values()].reduce((a, b) => a + b, 0);
  const ordered = [...byEnterprise.entries()].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]));
  return {
    color: [...CHART_SERIES_COLORS],
    grid: { ...GRID, top: 48 },
    legend: { type: 'scroll', top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: kmText },
    xAxis: { type: 'category', data: [...days], axisLabel: { ...AXIS_LABEL, color: CHART_COLORS.axis } },
    yAxis: {
      type: 'value',
      name: 'km',
      axisLabel: { ...AXIS_LABEL, color: CHART_COLORS.axis },
      splitLine: { lineStyle: { color: CHART_COLORS.gridLine } },
    },
    series: ordered.map(([enterpriseId, perDay]) => ({
      type: 'bar',
      name: enterpriseLabel(enterpriseId),
      stack: 'km',
      emphasis: { focus: 'series' },
      data: days.map((day) => round1(perDay.get(day) ?? 0)),
    })),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const kmText = (value: unknown) => `${typeof value === 'number' ? value.toFixed(1) : '—'} km`;
