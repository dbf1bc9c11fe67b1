import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { useI18n } from '@fleet/console-i18n';
import { ALERT_SEVERITY_COLORS, PALETTE } from '@fleet/console-tokens';
import { useElementWidth } from '../hooks/use-element-width.js';
import type { ReplayPlayer } from '../state/replay-player.js';
import type { PlacedMarker } from '../types/timeline-marker.js';
import { markerKindLabel } from '../utils/marker-label.js';
import { placeMarkers } from '../utils/place-markers.js';
import { clockText, dateTimeText } from '../utils/time-format.js';

export type ReplayTimelineProps = { player: ReplayPlayer };

const LANE_PX = 12;
const LANES = 3;
const BAR_PX = 10;
const TICKS = 6;

const markerColor = (m: PlacedMarker) =>
  m.source === 'incident' || m.severe
    ? PALETTE.danger
    : m.source === 'alert'
      ? ALERT_SEVERITY_COLORS.warning
      : PALETTE.brand;

/**
 * The range as a bar with the events, alerts and the incident as marks above it (lanes keep close marks apart),
 * the time cursor (moved per frame, not rendered) and time ticks. Click or drag seeks; a mark seeks to it.
 */
export function ReplayTimeline({ player }: ReplayTimelineProps) {
  const { t } = useI18n();
  const trackRef = useRef<HTMLDivElement | null>(null);
  const cursorRef = useRef<HTMLDivElement | null>(null);
  const width = useElementWidth(trackRef);
  const { fromMs, toMs } = player.data;
  const placed = useMemo(
    () => placeMarkers(player.data.markers, fromMs, toMs, width || 1_000, 10, LANES),
    [player, fromMs, toMs, width],
  );
  const plateOf = useMemo(() => new Map(player.data.vehicles.map((v) => [v.id, v.plate])), [player]);

  useEffect(
    () =>
      player.onFrame((timeMs) => {
        const el = cursorRef.current;
        if (el) el.style.left = `${player.clock.fraction(timeMs) * 100}%`;
      }),
    [player],
  );

  const seekAt = (e: PointerEvent<HTMLDivElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const f = rect.width > 0 ? (e.clientX - rect.left) / rect.width : 0;
    player.seek(fromMs + Math.min(1, Math.max(0, f)) * (toMs - fromMs));
  };

  return (
    <div data-testid="replay-timeline" aria-label={t('replay.timeline')} style={{ userSelect: 'none' }}>
      <div
        ref={trackRef}
        data-testid="replay-timeline-track"
        style={{ position: 'relative', height: LANES * LANE_PX + BAR_PX + 4, cursor: 'pointer', touchAction: 'none' }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          seekAt(e);
        }}
        onPointerMove={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) seekAt(e);
        }}
      >
        <div
          style={{
            position: 'absolute',
            left: 0,
            right: 0,
            bottom: 0,
            height: BAR_PX,
            borderRadius: BAR_PX / 2,
            background: PALETTE.border,
          }}
        />
        {placed.map((m) => (
          <button
            key={m.key}
            type="button"
            data-testid="timeline-marker"
            data-source={m.source}
            data-kind={m.kind}
            data-vehicle-id={m.vehicleId}
            data-time-ms={m.timeMs}
            title={`${dateTimeText(m.timeMs)} ${plateOf.get(m.vehicleId) ?? m.vehicleId} ${t(`replay.marker.${m.source}`)}：${markerKindLabel(t, m)}${m.label ? ` — ${m.label}` : ''}`}
            aria-label={`${t(`replay.marker.${m.source}`)} ${markerKindLabel(t, m)}`}
            onPointerDown={(e) => {
              e.stopPropagation();
              player.pause();
              player.seek(m.timeMs);
            }}
            style={{
              position: 'absolute',
              left: `calc(${m.x * 100}% - 4px)`,
              bottom: BAR_PX + 2 + m.lane * LANE_PX,
              width: 8,
              height: 10,
              padding: 0,
              border: 'none',
              borderRadius: m.source === 'alert' ? 0 : 4,
              background: markerColor(m),
              cursor: 'pointer',
            }}
          />
        ))}
        <div
          ref={cursorRef}
          data-testid="replay-cursor"
          style={{
            position: 'absolute',
            top: 0,
            bottom: -2,
            width: 2,
            marginLeft: -1,
            background: PALETTE.selection,
            pointerEvents: 'none',
          }}
        />
      </div>
      <div style={{ position: 'relative', height: 16, fontSize: 11, color: PALETTE.inkMuted }}>
        {Array.from({ length: TICKS + 1 }, (_, i) => (
          <span
            key={i}
            style={{
              position: 'absolute',
              left: `${(i / TICKS) * 100}%`,
              transform: i === 0 ? 'none' : i === TICKS ? 'translateX(-100%)' : 'translateX(-50%)',
            }}
          >
            {clockText(fromMs + ((toMs - fromMs) * i) / TICKS)}
          </span>
        ))}
      </div>
    </div>
  );
}
