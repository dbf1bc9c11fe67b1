import { BarChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

let registered = false;

/**
 * Registers only the chart types and components the dashboard draws (tree-shaken `echarts/core`), once. The full
 * `echarts` entry would put every chart type in the console's bundle.
 */
export function registerDashboardCharts(): void {
  if (registered) return;
  use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, DataZoomComponent, CanvasRenderer]);
  registered = true;
}
