import { useEffect, useRef } from 'react';
import { Button, Flex, Segmented, Select, Tooltip } from 'antd';
import { useI18n } from '@fleet/console-i18n';
import { MONO_FONT_FAMILY } from '@fleet/console-ui';
import { useClockState } from '../hooks/use-clock-state.js';
import { useFollowId } from '../hooks/use-follow-id.js';
import type { ReplayPlayer } from '../state/replay-player.js';
import { REPLAY_SPEEDS, type ReplaySpeed } from '../utils/replay-clock.js';
import { dateTimeText } from '../utils/time-format.js';
import { ReplayIcon } from './replay-icons.js';

export type ReplayControlsProps = {
  player: ReplayPlayer;
  /** Opens an incident for a vehicle at the replay time (absent for roles that may not). */
  onReportAt?: (vehicleId: string, timeMs: number) => void;
};

const FOLLOW_NONE = '';

/** Play / pause, step, speed 1×–32×, the replay time (written per frame, not rendered) and the camera to follow. */
export function ReplayControls({ player, onReportAt }: ReplayControlsProps) {
  const { t } = useI18n();
  useClockState(player.clock);
  const followId = useFollowId(player);
  const timeRef = useRef<HTMLSpanElement | null>(null);
  const { playing, speed } = player.clock;

  useEffect(
    () =>
      player.onFrame((timeMs) => {
        const el = timeRef.current;
        if (!el) return;
        el.textContent = dateTimeText(timeMs);
        el.dataset['timeMs'] = String(Math.round(timeMs));
      }),
    [player],
  );

  useEffect(() => {
    // Space plays / pauses, the arrows step, unless the user is typing in a field.
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      // A focused button answers Space itself (with a click).
      if (e.key === ' ' && target?.closest('button')) return;
      if (e.key === ' ') player.toggle();
      else if (e.key === 'ArrowLeft') player.step(-1);
      else if (e.key === 'ArrowRight') player.step(1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [player]);

  return (
    <Flex gap={8} align="center" wrap data-testid="replay-controls">
      <Tooltip title={t('replay.stepBack')}>
        <Button aria-label={t('replay.stepBack')} data-testid="replay-step-back" onClick={() => player.step(-1)}>
          <ReplayIcon name="stepBack" />
        </Button>
      </Tooltip>
      <Button
        type="primary"
        data-testid="replay-play"
        data-playing={playing ? 'true' : 'false'}
        onClick={() => player.toggle()}
        style={{ minWidth: 76 }}
        icon={<ReplayIcon name={playing ? 'pause' : 'play'} />}
      >
        {playing ? t('replay.pause') : t('replay.play')}
      </Button>
      <Tooltip title={t('replay.stepForward')}>
        <Button aria-label={t('replay.stepForward')} data-testid="replay-step-forward" onClick={() => player.step(1)}>
          <ReplayIcon name="stepForward" />
        </Button>
      </Tooltip>
      <span data-testid="replay-speed">
        <Segmented<ReplaySpeed>
          aria-label={t('replay.speed')}
          value={speed}
          onChange={(value) => player.setSpeed(value)}
          options={REPLAY_SPEEDS.map((s) => ({ value: s, label: <span data-testid={`replay-speed-${s}`}>{s}×</span> }))}
        />
      </span>
      <span
        ref={timeRef}
        data-testid="replay-time"
        style={{ fontFamily: MONO_FONT_FAMILY, minWidth: 150, textAlign: 'center' }}
      />
      {player.data.vehicles.length > 0 ? (
        <Flex gap={4} align="center">
          <span>{t('replay.follow')}</span>
          <Select<string>
            data-testid="replay-follow"
            aria-label={t('replay.follow')}
            value={followId ?? FOLLOW_NONE}
            style={{ width: 150 }}
            onChange={(value) => player.follow(value === FOLLOW_NONE ? null : value)}
            options={[
              { value: FOLLOW_NONE, label: t('replay.followNone') },
              ...player.data.vehicles.map((v) => ({ value: v.id, label: v.plate })),
            ]}
          />
        </Flex>
      ) : null}
      {onReportAt ? (
        <Button
          danger
          data-testid="replay-report"
          style={{ marginInlineStart: 'auto' }}
          onClick={() => {
            const vehicle = player.data.vehicles[player.focusIndex];
            if (!vehicle) return;
            player.pause();
            onReportAt(vehicle.id, Math.round(player.clock.now()));
          }}
        >
          {t('replay.reportHere')}
        </Button>
      ) : null}
    </Flex>
  );
}
