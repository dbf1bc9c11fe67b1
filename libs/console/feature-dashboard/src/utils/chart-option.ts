import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  DataZoomComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** The option of a dashboard chart: only the series and components registered in `echarts-runtime.ts`. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | DataZoomComponentOption
>;

/** Axis and grid styling shared by every chart (design tokens, small type). */
export const AXIS_LABEL = { fontSize: 11 } as const;
export const GRID = { left: 8, right: 16, top: 36, bottom: 8, containLabel: true } as const;
