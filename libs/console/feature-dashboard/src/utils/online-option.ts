import type { Dashboard } from '@fleet/reports-model';
import { CHART_COLORS } from '@fleet/console-tokens';
import { AXIS_LABEL, GRID, type ChartOption } from './chart-option.js';

const HOUR_MS = 3_600_000;

/**
 * Vehicles that sent data in each hour, as a stepped area over time; zoomable when the period is long. The
 * server lists only hours with data: the hours between are drawn as 0, not as a line bridging the gap.
 */
export function onlineOption(points: Dashboard['vehiclesOnline'], seriesName: string): ChartOption {
  const hours = [...points]
    .map((p) => [Date.parse(p.time), p.online] as [number, number])
    .filter(([ms]) => !Number.isNaN(ms))
    .sort((a, b) => a[0] - b[0]);
  const data: [number, number][] = [];
  hours.forEach((hour, i) => {
    const previous = hours[i - 1];
    if (previous && hour[0] - previous[0] > HOUR_MS) data.push([previous[0] + HOUR_MS, 0]);
    data.push(hour);
  });
  const last = hours.at(-1);
  // The last hour's value holds until the hour ends.
  if (last) data.push([last[0] + HOUR_MS, 0]);
  return {
    grid: { ...GRID, bottom: 40 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'time', axisLabel: { ...AXIS_LABEL, color: CHART_COLORS.axis, hideOverlap: true } },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { ...AXIS_LABEL, color: CHART_COLORS.axis },
      splitLine: { lineStyle: { color: CHART_COLORS.gridLine } },
    },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }],
    series: [
      {
        type: 'line',
        name: seriesName,
        step: 'end',
        showSymbol: false,
        itemStyle: { color: CHART_COLORS.online },
        areaStyle: { opacity: 0.15 },
        data,
      },
    ],
  };
}
