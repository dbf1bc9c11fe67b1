import { z } from 'zod';

/** Largest fleet index the demo generator supports (VIN serials have six digits). */
const MAX_FLEET_INDEX = 999_998;

const mqttUrl = z.string().refine(
  (value) => {
    try {
      return ['mqtt:', 'mqtts:', 'tcp:', 'ssl:', 'ws:', 'wss:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  },
  { message: 'must be an MQTT URL such as mqtt://127.0.0.1:1883' },
);

export const simulatorOptionsSchema = z
  .strictObject({
    mqttUrl: mqttUrl.default('mqtt://127.0.0.1:1883'),
    vehicles: z.coerce.number().int().min(1).max(100_000).default(300),
    /** Telemetry messages per second per vehicle. */
    hz: z.coerce.number().positive().max(50).default(1),
    samplesPerMessage: z.coerce.number().int().min(1).max(100).default(1),
    /** QoS of telemetry; events and status always use QoS 1. */
    qos: z.coerce
      .number()
      .pipe(z.literal([0, 1], { error: 'must be 0 or 1' }))
      .default(1),
    /** Stop after this many seconds; 0 runs until stopped. */
    durationS: z.coerce.number().min(0).default(0),
    /** `per-vehicle`: one MQTT connection and last will per vehicle; `shared`: one connection for all (load tests). */
    connectionMode: z.enum(['per-vehicle', 'shared']).default('per-vehicle'),
    /** One user name and password for every connection (shared mode, or a broker without per-vehicle auth). */
    username: z.string().min(1).optional(),
    password: z.string().min(1).optional(),
    /**
     * Per-vehicle credentials (user name = vehicle id): `demo` (the demo fleet's development secrets), `none`, or a
     * JSON file `{ "<vehicleId>": "<secret>" }` as issued by POST /api/v1/vehicles/{id}/credentials.
     */
    vehicleSecrets: z.string().min(1).default('demo'),
    /** Index of the first demo vehicle, so that several simulators can split one fleet. */
    startOffset: z.coerce.number().int().min(0).default(0),
    /** Multiplies how often control changes and incidents happen (1 = realistic, 60 = lively demo). */
    eventRate: z.coerce.number().min(0).max(10_000).default(1),
    /** Seed of the vehicles' randomness; by default derived from the clock. */
    seed: z.coerce.number().int().min(0).optional(),
    /**
     * Seconds of samples each vehicle keeps while it cannot send (offline, or too many unacknowledged messages), to
     * re-send them later; when full, the oldest are dropped. 0 keeps nothing.
     */
    offlineBufferS: z.coerce.number().min(0).max(86_400).default(600),
    /** How long the start waits for the first connection of every client, seconds. */
    connectTimeoutS: z.coerce.number().positive().max(600).default(30),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .refine((o) => o.startOffset + o.vehicles - 1 <= MAX_FLEET_INDEX, {
    message: `start offset + vehicles must not exceed ${MAX_FLEET_INDEX + 1}`,
    path: ['vehicles'],
  })
  .refine((o) => o.password === undefined || o.username !== undefined, {
    message: 'a password needs a username',
    path: ['password'],
  });

export type SimulatorOptions = z.output<typeof simulatorOptionsSchema>;
export type SimulatorOptionsInput = z.input<typeof simulatorOptionsSchema>;

/** One problem with the options; `key` is the option's name, empty for the options as a whole. */
export type SimulatorOptionProblem = { key: string; message: string };

/** Bad options, with one line per problem. */
export class SimulatorOptionsError extends Error {
  override readonly name = 'SimulatorOptionsError';
  constructor(
    readonly problems: SimulatorOptionProblem[],
    nameOf: (key: string) => string = (key) => key,
  ) {
    super(
      `Invalid simulator options:\n${problems.map((p) => `  - ${p.key ? `${nameOf(p.key)}: ` : ''}${p.message}`).join('\n')}`,
    );
  }
}

/** Validates options and fills in defaults; throws SimulatorOptionsError listing every problem. */
export function parseSimulatorOptions(input: SimulatorOptionsInput): SimulatorOptions {
  const result = simulatorOptionsSchema.safeParse(input);
  if (result.success) return result.data;
  throw new SimulatorOptionsError(
    result.error.issues.map((issue) => ({ key: issue.path.map(String).join('.'), message: issue.message })),
  );
}
