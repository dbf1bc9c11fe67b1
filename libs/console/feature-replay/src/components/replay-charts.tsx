import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Flex, Typography } from 'antd';
import { useI18n, type MessageKey } from '@fleet/console-i18n';
import { CONTROL_MODE_COLORS, PALETTE } from '@fleet/console-tokens';
import { CONTROL_MODES } from '@fleet/telemetry-contract';
import { useFollowId } from '../hooks/use-follow-id.js';
import type { ReplayPlayer } from '../state/replay-player.js';
import type { ReplayTrack } from '../types/replay-track.js';
import { chartPicks, valueRuns } from '../utils/chart-picks.js';

export type ReplayChartsProps = { player: ReplayPlayer };

/** Drawing units of a chart (scaled to the element; strokes keep their width). */
const W = 600;
const H = 80;

type Series = { key: 'speed' | 'accel'; title: MessageKey; values: (track: ReplayTrack) => ArrayLike<number> };

const SERIES: Series[] = [
  { key: 'speed', title: 'replay.chart.speed', values: (track) => track.speedMps.map((v) => v * 3.6) },
  { key: 'accel', title: 'replay.chart.accel', values: (track) => track.accelMps2 },
];

const x = (track: ReplayTrack, i: number, fromMs: number, toMs: number) =>
  (((track.timeMs[i] ?? fromMs) - fromMs) / (toMs - fromMs)) * W;

/** The polyline of one series, min/max-picked to the chart's width, with the value range for the axis labels. */
function seriesPath(track: ReplayTrack, values: ArrayLike<number>, fromMs: number, toMs: number) {
  const picks = chartPicks(track.timeMs, values, fromMs, toMs, W);
  let min = 0;
  let max = 1;
  for (const i of picks) {
    min = Math.min(min, values[i] ?? 0);
    max = Math.max(max, values[i] ?? 0);
  }
  // A margin above and below, so a flat series does not run along the chart's edge.
  const pad = (max - min) * 0.1;
  const y = (v: number) => H - ((v - min + pad) / (max - min + 2 * pad)) * H;
  const points = picks.map((i) => `${x(track, i, fromMs, toMs).toFixed(1)},${y(values[i] ?? 0).toFixed(1)}`).join(' ');
  return { points, min, max, zeroY: y(0) };
}

/**
 * Speed, control mode and acceleration of the followed vehicle (else the first) over the whole range, each with
 * the time cursor and the value at the cursor, both moved per frame outside React.
 */
export function ReplayCharts({ player }: ReplayChartsProps) {
  const { t } = useI18n();
  useFollowId(player);
  const index = player.focusIndex;
  const vehicle = player.data.vehicles[index];
  const { fromMs, toMs } = player.data;
  const cursors = useRef<(SVGLineElement | null)[]>([]);
  const readouts = useRef<Record<string, HTMLSpanElement | null>>({});

  const drawn = useMemo(() => {
    if (!vehicle) return null;
    const { track } = vehicle;
    return {
      series: SERIES.map((s) => ({ ...s, ...seriesPath(track, s.values(track), fromMs, toMs) })),
      modeRuns: valueRuns(track.mode).map(([start, end, mode]) => ({
        x0: x(track, start, fromMs, toMs),
        // A run lasts until the next run's first sample (or the last sample).
        x1: x(track, Math.min(end, track.timeMs.length - 1), fromMs, toMs),
        mode,
      })),
    };
  }, [vehicle, fromMs, toMs]);

  useEffect(
    () =>
      player.onFrame((timeMs) => {
        const cx = String(player.clock.fraction(timeMs) * W);
        for (const line of cursors.current) {
          line?.setAttribute('x1', cx);
          line?.setAttribute('x2', cx);
        }
        const s = player.samples[player.focusIndex];
        const { speed, accel, mode } = readouts.current;
        if (speed) speed.textContent = s?.present ? (s.speedMps * 3.6).toFixed(1) : '–';
        if (accel) accel.textContent = s?.present ? s.accelMps2.toFixed(2) : '–';
        if (mode) mode.textContent = s?.present ? t(`mode.${CONTROL_MODES[s.mode] ?? 'manual'}`) : '–';
      }),
    [player, t, index],
  );

  if (!vehicle || !drawn) return null;
  const chart = (key: string, title: MessageKey, body: ReactNode, n: number, axis?: [number, number]) => (
    <div key={key} data-testid={`replay-chart-${key}`}>
      <Flex justify="space-between" style={{ fontSize: 12 }}>
        <Typography.Text type="secondary">{t(title)}</Typography.Text>
        <span ref={(el) => void (readouts.current[key] = el)} data-testid={`replay-value-${key}`} />
      </Flex>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        style={{ width: '100%', height: H, display: 'block', background: PALETTE.surfaceMuted, borderRadius: 4 }}
      >
        {body}
        <line
          ref={(el) => void (cursors.current[n] = el)}
          y1={0}
          y2={H}
          stroke={PALETTE.selection}
          strokeWidth={1.5}
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      {axis ? (
        <Flex justify="space-between" style={{ fontSize: 10, color: PALETTE.inkMuted }}>
          <span>{axis[0].toFixed(1)}</span>
          <span>{axis[1].toFixed(1)}</span>
        </Flex>
      ) : null}
    </div>
  );

  const [speed, accel] = drawn.series;
  return (
    <Flex vertical gap={6} data-testid="replay-charts" data-vehicle-id={vehicle.id}>
      <Typography.Text strong>{t('replay.chartOf', { plate: vehicle.plate })}</Typography.Text>
      {speed
        ? chart(
            'speed',
            speed.title,
            <polyline
              points={speed.points}
              fill="none"
              stroke={PALETTE.brand}
              strokeWidth={1.5}
              vectorEffect="non-scaling-stroke"
            />,
            0,
            [speed.min, speed.max],
          )
        : null}
      {chart(
        'mode',
        'replay.chart.mode',
        drawn.modeRuns.map((r, i) => (
          <rect
            key={i}
            x={r.x0}
            y={H * 0.25}
            width={Math.max(0.5, r.x1 - r.x0)}
            height={H * 0.5}
            fill={CONTROL_MODE_COLORS[CONTROL_MODES[r.mode] ?? 'manual']}
          />
        )),
        1,
      )}
      {accel
        ? chart(
            'accel',
            accel.title,
            <>
              <line
                x1={0}
                x2={W}
                y1={accel.zeroY}
                y2={accel.zeroY}
                stroke={PALETTE.border}
                vectorEffect="non-scaling-stroke"
              />
              <polyline
                points={accel.points}
                fill="none"
                stroke={PALETTE.warning}
                strokeWidth={1.5}
                vectorEffect="non-scaling-stroke"
              />
            </>,
            2,
            [accel.min, accel.max],
          )
        : null}
      <Flex gap={8} wrap style={{ fontSize: 11 }}>
        {CONTROL_MODES.map((m) => (
          <Flex key={m} gap={4} align="center">
            <span style={{ width: 10, height: 10, borderRadius: 2, background: CONTROL_MODE_COLORS[m] }} />
            {t(`mode.${m}`)}
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
}
