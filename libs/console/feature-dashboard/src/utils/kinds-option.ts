import type { KindCount } from '@fleet/reports-model';
import { CHART_COLORS } from '@fleet/console-tokens';
import { AXIS_LABEL, GRID, type ChartOption } from './chart-option.js';

export type KindsLabels = {
  alertKind: (kind: string) => string;
  incidentKind: (kind: string) => string;
  alerts: string;
  incidents: string;
};

/**
 * Alerts and incidents by kind as horizontal bars, most frequent at the top. Both lists share one axis of kind
 * names (a collision is both an alert and an incident), each series counting its own.
 */
export function kindsOption(
  alerts: readonly KindCount[],
  incidents: readonly KindCount[],
  labels: KindsLabels,
): ChartOption {
  const names = new Map<string, { alerts: number; incidents: number }>();
  const add = (name: string, field: 'alerts' | 'incidents', count: number) => {
    const entry = names.get(name) ?? { alerts: 0, incidents: 0 };
    entry[field] += count;
    names.set(name, entry);
  };
  for (const a of alerts) add(labels.alertKind(a.kind), 'alerts', a.count);
  for (const i of incidents) add(labels.incidentKind(i.kind), 'incidents', i.count);
  // Ascending, because a category axis draws its first entry at the bottom.
  const rows = [...names.entries()].sort((a, b) => a[1].alerts + a[1].incidents - (b[1].alerts + b[1].incidents));
  return {
    grid: { ...GRID, top: 32 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { ...AXIS_LABEL, color: CHART_COLORS.axis },
      splitLine: { lineStyle: { color: CHART_COLORS.gridLine } },
    },
    yAxis: {
      type: 'category',
      data: rows.map(([name]) => name),
      axisLabel: { ...AXIS_LABEL, color: CHART_COLORS.axis },
    },
    series: [
      {
        type: 'bar',
        name: labels.alerts,
        itemStyle: { color: CHART_COLORS.alerts },
        data: rows.map(([, c]) => c.alerts),
      },
      {
        type: 'bar',
        name: labels.incidents,
        itemStyle: { color: CHART_COLORS.incidents },
        data: rows.map(([, c]) => c.incidents),
      },
    ],
  };
}
