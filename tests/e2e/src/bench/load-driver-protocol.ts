import type { SimulatorOptionsInput, SimulatorStats } from '@fleet/simulator';

/** Parent → driver. */
export type DriverCommand =
  | { type: 'start'; options: SimulatorOptionsInput }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stats' }
  | { type: 'stop' };

/** Driver → parent. */
export type DriverReply =
  | { type: 'started'; connectMs: number }
  | { type: 'failed'; message: string }
  | { type: 'stats'; stats: SimulatorStats }
  | { type: 'stopped'; stats: SimulatorStats };
