import { describe, expect, it } from 'vitest';
import { ReplayClock } from './replay-clock.js';

function clockAt(fromMs = 1_000, toMs = 101_000) {
  const wall = { now: 0 };
  const clock = new ReplayClock(fromMs, toMs, () => wall.now);
  return { wall, clock };
}

describe(ReplayClock.name, () => {
  it('stands still until played, then runs at the chosen speed', () => {
    const { wall, clock } = clockAt();
    wall.now = 5_000;
    expect(clock.now()).toBe(1_000);
    clock.play();
    wall.now = 6_000;
    expect(clock.now()).toBe(2_000);
    clock.setSpeed(8);
    wall.now = 7_000;
    expect(clock.now()).toBe(10_000);
  });

  it('keeps the time reached when paused, and seeks within the range', () => {
    const { wall, clock } = clockAt();
    clock.setSpeed(4);
    clock.play();
    wall.now = 2_500;
    clock.pause();
    wall.now = 60_000;
    expect(clock.now()).toBe(11_000);
    clock.seek(50_000);
    expect(clock.now()).toBe(50_000);
    clock.seek(-5);
    expect(clock.now()).toBe(1_000);
    clock.seek(1e12);
    expect(clock.now()).toBe(101_000);
  });

  it('pauses at the end, and plays again from the start', () => {
    const { wall, clock } = clockAt();
    const heard: boolean[] = [];
    clock.subscribe(() => heard.push(clock.playing));
    clock.setSpeed(32);
    clock.play();
    wall.now = 10_000;
    expect(clock.now()).toBe(101_000);
    expect(clock.playing).toBe(false);
    clock.play();
    expect(clock.now()).toBe(1_000);
    expect(heard).toEqual([false, true, false, true]);
  });

  it('reports the fraction of the range covered', () => {
    const { clock } = clockAt(0, 200);
    expect(clock.fraction(50)).toBe(0.25);
    expect(clock.fraction(500)).toBe(1);
  });

  it('refuses an empty range', () => {
    expect(() => new ReplayClock(5, 5, () => 0)).toThrow(RangeError);
  });
});
