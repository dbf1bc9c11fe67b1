export { startSimulator, SimulatorStartError, type SimulatorHandle, type SimulatorRuntime } from './start-simulator.js';
export {
  parseSimulatorOptions,
  simulatorOptionsSchema,
  SimulatorOptionsError,
  type SimulatorOptionProblem,
  type SimulatorOptions,
  type SimulatorOptionsInput,
} from './simulator-options.js';
export { parseSimulatorArgs, SIMULATOR_USAGE, type SimulatorCliArgs } from './simulator-cli-args.js';
export { runSimulatorCli } from './run-simulator-cli.js';
export type { SimulatorStats } from './simulator-stats.js';
export { advanceCursor, cursorPose, distanceToTurnM, type RouteCursor, type RoutePose } from './route-motion.js';
