import { pino } from 'pino';
import { parseSimulatorArgs, SIMULATOR_USAGE } from './simulator-cli-args.js';
import { SimulatorStartError, startSimulator } from './start-simulator.js';

type CliIo = { stdout: (text: string) => void; stderr: (text: string) => void };

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

/**
 * The simulator command: parses arguments, runs until the duration ends or SIGINT/SIGTERM, and resolves with the
 * exit code (0 done, 1 failed at run time, 2 bad options).
 */
export async function runSimulatorCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const args = parseSimulatorArgs(argv);
  switch (args.kind) {
    case 'help':
      io.stdout(SIMULATOR_USAGE);
      return 0;
    case 'invalid':
      io.stderr(`${args.message}\n\n${SIMULATOR_USAGE}`);
      return 2;
    case 'run':
      break;
  }
  const logger = pino({ name: 'simulator', level: args.options.logLevel });
  let handle;
  try {
    handle = await startSimulator(args.options, { logger });
  } catch (error) {
    if (error instanceof SimulatorStartError) {
      logger.error(error.message);
      return 1;
    }
    throw error;
  }
  const running = handle;
  const onSignal = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, 'stopping');
    void running.stop();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  await running.done;
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
  return 0;
}
