import type { Polyline } from '@fleet/geo';

/** Where a vehicle is on its route: distance from the route's first vertex and the direction of travel. */
export type RouteCursor = { s: number; direction: 1 | -1 };

export type RoutePose = { lonDeg: number; latDeg: number; headingDeg: number };

/**
 * Moves the cursor `distanceM` metres along the line: closed lines wrap around, open lines bounce back at their
 * ends (a U-turn), so a vehicle never leaves its road.
 */
export function advanceCursor(line: Polyline, cursor: RouteCursor, distanceM: number): RouteCursor {
  const length = line.lengthM;
  if (line.closed) {
    const s = (((cursor.s + cursor.direction * distanceM) % length) + length) % length;
    return { s, direction: cursor.direction };
  }
  let s = cursor.s + cursor.direction * distanceM;
  let direction = cursor.direction;
  // A loop rather than one reflection: a long step on a short road can bounce more than once.
  while (s > length || s < 0) {
    if (s > length) {
      s = 2 * length - s;
      direction = -1;
    } else {
      s = -s;
      direction = 1;
    }
  }
  return { s, direction };
}

/** Distance left before the vehicle must turn round (infinite on a closed line). */
export function distanceToTurnM(line: Polyline, cursor: RouteCursor): number {
  if (line.closed) return Infinity;
  return cursor.direction === 1 ? line.lengthM - cursor.s : cursor.s;
}

export function cursorPose(line: Polyline, cursor: RouteCursor): RoutePose {
  const pose = line.poseAt(cursor.s, cursor.direction === -1);
  return { lonDeg: pose.position[0], latDeg: pose.position[1], headingDeg: pose.headingDeg };
}
