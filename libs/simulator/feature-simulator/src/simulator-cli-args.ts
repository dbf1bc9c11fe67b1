import { parseArgs } from 'node:util';
import {
  parseSimulatorOptions,
  SimulatorOptionsError,
  type SimulatorOptions,
  type SimulatorOptionsInput,
} from './simulator-options.js';

export const SIMULATOR_USAGE = `Usage: simulator [options]

Drives the demo fleet along the pilot-zone roads and publishes the telemetry contract over MQTT.

Options:
  --mqtt-url <url>             broker URL (default mqtt://127.0.0.1:1883)
  --vehicles <n>               number of vehicles (default 300)
  --start-offset <n>           index of the first demo vehicle (default 0)
  --hz <n>                     telemetry messages per second per vehicle (default 1)
  --samples-per-message <n>    samples in each message, evenly spaced (default 1)
  --qos <0|1>                  QoS of telemetry; events and status always use 1 (default 1)
  --duration-s <s>             stop after this many seconds, 0 = run until interrupted (default 0)
  --connection-mode <mode>     per-vehicle (own connection and last will) or shared (one connection, load tests)
  --username <name>            one MQTT user name for every connection (optional)
  --password <secret>          its password (optional)
  --vehicle-secrets <source>   per-vehicle credentials, user name = vehicle id: demo (development secrets of the
                               demo fleet), none, or a JSON file {"<vehicleId>": "<secret>"} (default demo)
  --event-rate <x>             multiply how often control changes and incidents happen (default 1)
  --seed <n>                   seed for reproducible motion (default: from the clock)
  --offline-buffer-s <s>       seconds of samples each vehicle keeps while it cannot send, re-sent after
                               reconnecting with resent = true; when full the oldest are dropped (default 600)
  --connect-timeout-s <s>      give up starting when not every client connects in time (default 30)
  --log-level <level>          pino level: fatal, error, warn, info, debug, trace, silent (default info)
  -h, --help                   show this help

Exit codes: 0 stopped normally, 1 failed at run time (for example no broker), 2 bad options.`;

export type SimulatorCliArgs =
  { kind: 'help' } | { kind: 'run'; options: SimulatorOptions } | { kind: 'invalid'; message: string };

const FLAGS = {
  'mqtt-url': 'mqttUrl',
  vehicles: 'vehicles',
  'start-offset': 'startOffset',
  hz: 'hz',
  'samples-per-message': 'samplesPerMessage',
  qos: 'qos',
  'duration-s': 'durationS',
  'connection-mode': 'connectionMode',
  username: 'username',
  password: 'password',
  'vehicle-secrets': 'vehicleSecrets',
  'event-rate': 'eventRate',
  seed: 'seed',
  'offline-buffer-s': 'offlineBufferS',
  'connect-timeout-s': 'connectTimeoutS',
  'log-level': 'logLevel',
} as const satisfies Record<string, keyof SimulatorOptionsInput>;

/** Parses command-line arguments (without the node and script paths) into validated options. */
export function parseSimulatorArgs(argv: readonly string[]): SimulatorCliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(Object.keys(FLAGS).map((flag) => [flag, { type: 'string' as const }])),
      },
    });
  } catch (error) {
    return { kind: 'invalid', message: error instanceof Error ? error.message : String(error) };
  }
  const values: Record<string, string | boolean | undefined> = parsed.values;
  if (values.help === true) return { kind: 'help' };
  const input: Record<string, string> = {};
  for (const [flag, key] of Object.entries(FLAGS)) {
    const value = values[flag];
    if (typeof value === 'string') input[key] = value;
  }
  try {
    // Strings are coerced by the schema; unknown keys cannot occur because parseArgs is strict.
    return { kind: 'run', options: parseSimulatorOptions(input) };
  } catch (error) {
    if (error instanceof SimulatorOptionsError) {
      return { kind: 'invalid', message: new SimulatorOptionsError(error.problems, toFlag).message };
    }
    throw error;
  }
}

function toFlag(key: string): string {
  const flag = Object.entries(FLAGS).find(([, k]) => k === key)?.[0];
  return flag === undefined ? key : `--${flag}`;
}
