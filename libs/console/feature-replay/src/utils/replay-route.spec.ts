import { describe, expect, it } from 'vitest';
import { MAX_REPLAY_VEHICLES, recentReplayHref, replayHref, replayQueryOf } from './replay-route.js';

describe(replayQueryOf.name, () => {
  it('reads back what replayHref wrote', () => {
    const query = {
      vehicleIds: ['RT-0001', 'BUS_2'],
      fromMs: 1_700_000_000_000,
      toMs: 1_700_000_600_000,
      atMs: 1_700_000_100_000,
    };
    expect(replayQueryOf(replayHref(query))).toEqual(query);
  });

  it('ignores a start cursor outside the range and malformed vehicle ids', () => {
    const q = replayQueryOf(
      '#/replay?vehicles=A,,b%20c,A,B&from=2026-01-01T00:00:00Z&to=2026-01-01T01:00:00Z&at=2027-01-01T00:00:00Z',
    );
    expect(q).toEqual({
      vehicleIds: ['A', 'B'],
      fromMs: Date.UTC(2026, 0, 1),
      toMs: Date.UTC(2026, 0, 1, 1),
      atMs: null,
    });
  });

  it('names no replay without vehicles or with an empty, reversed or too long range', () => {
    expect(replayQueryOf('#/replay')).toBeNull();
    expect(replayQueryOf('#/replay?from=2026-01-01T00:00:00Z&to=2026-01-01T01:00:00Z')).toBeNull();
    expect(replayQueryOf('#/replay?vehicles=A&from=2026-01-01T01:00:00Z&to=2026-01-01T00:00:00Z')).toBeNull();
    expect(replayQueryOf('#/replay?vehicles=A&from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z')).toBeNull();
    expect(replayQueryOf('#/replay?vehicles=A&from=yesterday&to=2026-03-01T00:00:00Z')).toBeNull();
  });

  it('keeps at most the first vehicles a replay can show', () => {
    const ids = Array.from({ length: MAX_REPLAY_VEHICLES + 3 }, (_, i) => `V${i}`);
    const q = replayQueryOf(replayHref({ vehicleIds: ids, fromMs: 0, toMs: 1_000, atMs: null }));
    expect(q?.vehicleIds).toEqual(ids.slice(0, MAX_REPLAY_VEHICLES));
  });
});

describe(recentReplayHref.name, () => {
  it('covers the last hours of one vehicle', () => {
    const now = Date.UTC(2026, 5, 1, 12);
    expect(replayQueryOf(recentReplayHref('RT-1', now, 2))).toEqual({
      vehicleIds: ['RT-1'],
      fromMs: now - 7_200_000,
      toMs: now,
      atMs: null,
    });
  });
});
