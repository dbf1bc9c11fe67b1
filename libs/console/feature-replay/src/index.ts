export * from './components/replay-page.js';
export * from './components/replay-view.js';
export * from './state/replay-sources-of.js';
export * from './utils/replay-route.js';
export type { ReplayQuery } from './types/replay-query.js';
export type { ReplaySources } from './types/replay-sources.js';
export type { TimelineMarker } from './types/timeline-marker.js';
export type { FleetReplayTestHook } from './state/replay-test-hook.js';
