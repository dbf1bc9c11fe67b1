import { useEffect, useRef, type CSSProperties } from 'react';
import { init, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { registerDashboardCharts } from '../utils/echarts-runtime.js';
import { seriesPointCount } from '../utils/series-point-count.js';

export type EChartProps = {
  option: EChartsCoreOption;
  /** Accessible name of the figure (the canvas itself says nothing to a screen reader). */
  label: string;
  height: number;
  /** ECharts' own texts and time-axis labels (`ZH`, `EN`: both built into `echarts/core`). */
  locale: 'ZH' | 'EN';
  testId?: string;
  style?: CSSProperties;
};

/**
 * One ECharts instance on a div: created on mount (again when the language changes), given the option whenever it changes (not merged with the
 * previous one, so removed series disappear), resized with its box, disposed on unmount. After each render the
 * div carries `data-series` and `data-points` read back from the instance: what the browser test checks.
 */
export function EChart({ option, label, height, locale, testId, style }: EChartProps) {
  const container = useRef<HTMLDivElement | null>(null);
  const chart = useRef<EChartsType | null>(null);
  const optionRef = useRef(option);
  optionRef.current = option;

  useEffect(() => {
    const el = container.current;
    if (!el) return undefined;
    registerDashboardCharts();
    const instance = init(el, undefined, { renderer: 'canvas', locale });
    chart.current = instance;
    el.dataset['rendered'] = 'false';
    const onFinished = () => {
      const counted = seriesPointCount(instance.getOption());
      el.dataset['series'] = String(counted.series);
      el.dataset['points'] = String(counted.points);
      el.dataset['rendered'] = 'true';
    };
    instance.on('finished', onFinished);
    // A new locale means a new instance: give it the current option at once.
    instance.setOption(optionRef.current, { notMerge: true });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.off('finished', onFinished);
      instance.dispose();
      chart.current = null;
    };
  }, [locale]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={label}
      data-testid={testId}
      data-rendered="false"
      style={{ width: '100%', height, ...style }}
    />
  );
}
