import type { TrackPoint } from '@fleet/fleet-model';
import { describe, expect, it } from 'vitest';
import type { ReplayData } from '../types/replay-data.js';
import { trackColumns } from '../utils/track-columns.js';
import { ReplayPlayer } from './replay-player.js';

const point = (timeMs: number, lonDeg: number): TrackPoint => ({
  timeMs,
  lonDeg,
  latDeg: 31,
  speedMps: 10,
  headingDeg: 90,
  accelMps2: 0,
  controlMode: 'automated',
});

const DATA: ReplayData = {
  fromMs: 0,
  toMs: 10_000,
  vehicles: [
    {
      id: 'A',
      plate: 'A',
      category: 'robotaxi',
      track: trackColumns('A', [point(0, 121), point(10_000, 122)], 10_000),
    },
    {
      id: 'B',
      plate: 'B',
      category: 'smart_bus',
      track: trackColumns('B', [point(5_000, 121), point(6_000, 121.1)], null),
    },
  ],
  markers: [],
  missing: [],
  eventsTruncated: false,
};

/** A player on a hand-driven wall clock and animation-frame queue. */
function harness() {
  const wall = { now: 0 };
  const queued: (() => void)[] = [];
  const player = new ReplayPlayer(
    DATA,
    null,
    (cb) => queued.push(cb),
    () => undefined,
    () => wall.now,
  );
  const frame = () => queued.splice(0).forEach((cb) => cb());
  return { wall, player, frame, queued };
}

describe(ReplayPlayer.name, () => {
  it('draws frames only while playing, every vehicle sampled on the one clock', () => {
    const { wall, player, frame, queued } = harness();
    const seen: number[] = [];
    player.onFrame((t) => seen.push(t));
    player.start();
    frame();
    expect(queued).toHaveLength(0);
    player.setSpeed(4);
    frame();
    player.play();
    wall.now = 1_375;
    frame();
    expect(player.timeMs).toBe(5_500);
    expect(player.samples[0]?.lonDeg).toBeCloseTo(121.55);
    expect(player.samples[1]).toMatchObject({ present: true });
    expect(player.samples[1]?.lonDeg).toBeCloseTo(121.05);
    expect(queued).toHaveLength(1);
    player.pause();
    frame();
    expect(queued).toHaveLength(0);
    expect(seen.at(-1)).toBe(5_500);
  });

  it('steps to the next sample of any vehicle, pausing first', () => {
    const { player, frame } = harness();
    player.start();
    player.seek(4_000);
    player.step(1);
    frame();
    expect(player.timeMs).toBe(5_000);
    player.step(1);
    frame();
    expect(player.timeMs).toBe(6_000);
    player.step(-1);
    frame();
    expect(player.timeMs).toBe(5_000);
    expect(player.clock.playing).toBe(false);
  });

  it('follows one vehicle when there is just one, and the charts show the followed one', () => {
    const { player } = harness();
    expect(player.followId).toBeNull();
    expect(player.focusIndex).toBe(0);
    player.follow('B');
    expect(player.focusIndex).toBe(1);
  });
});
