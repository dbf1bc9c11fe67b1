import { DISENGAGEMENT_INITIATORS, type DisengagementRate } from '@fleet/reports-model';
import { CHART_COLORS, CHART_SERIES_COLORS } from '@fleet/console-tokens';
import { AXIS_LABEL, GRID, type ChartOption } from './chart-option.js';

export type DisengagementLabels = { initiator: (initiator: string) => string; rate: string; count: string };

/**
 * Disengagements per 1000 autonomous km by initiator (bars) with the plain counts on a second axis (dots): a rate
 * alone hides that three events over 2 km is not the same evidence as three hundred over 200 km.
 */
export function disengagementOption(rates: readonly DisengagementRate[], labels: DisengagementLabels): ChartOption {
  const known = DISENGAGEMENT_INITIATORS as readonly string[];
  const ordered = [...rates].sort((a, b) => rank(known, a.initiator) - rank(known, b.initiator));
  return {
    grid: { ...GRID, top: 48 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: ordered.map((r) => labels.initiator(r.initiator)),
      axisLabel: { ...AXIS_LABEL, color: CHART_COLORS.axis },
    },
    yAxis: [
      // No axis names: they are long in Chinese and the legend already tells bars (rate) from dots (count).
      {
        type: 'value',
        axisLabel: { ...AXIS_LABEL, color: CHART_COLORS.axis },
        splitLine: { lineStyle: { color: CHART_COLORS.gridLine } },
      },
      { type: 'value', minInterval: 1, axisLabel: AXIS_LABEL, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: labels.rate,
        barMaxWidth: 48,
        itemStyle: { color: CHART_SERIES_COLORS[0] },
        data: ordered.map((r) => ({ value: r.per1000Km === null ? 0 : Math.round(r.per1000Km * 100) / 100 })),
      },
      {
        type: 'line',
        name: labels.count,
        yAxisIndex: 1,
        symbolSize: 8,
        lineStyle: { opacity: 0 },
        itemStyle: { color: CHART_COLORS.axis },
        data: ordered.map((r) => r.count),
      },
    ],
  };
}

const rank = (known: readonly string[], initiator: string) => {
  const i = known.indexOf(initiator);
  return i < 0 ? known.length : i;
};
