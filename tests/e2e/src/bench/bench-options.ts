import { parseArgs } from 'node:util';
import { z } from 'zod';

export const BENCH_USAGE = `Usage: npm run bench -- [options]

Starts the platform (embedded parts unless MQTT_URL / DATABASE_URL are set), then steps the simulated fleet up
until the platform falls behind, and prints a table plus bench/results/<timestamp>.json.

Options:
  --vehicles <a,b,…>          fleet size of each step (default 5000,10000,15000,20000,25000)
  --hz <n>                    messages per second per vehicle (default 1)
  --samples-per-message <n>   samples in each message (default 1)
  --qos <0|1>                 QoS of telemetry (default 1)
  --step-s <s>                measured seconds per step, after a warm-up (default 60; 600 for the 10-minute target)
  --warmup-s <s>              seconds before each step's measurement starts (default 10)
  --all-steps                 run every step even after the platform fell behind
  --short                     CI mode: 100 then 200 vehicles, 8 s each, one hour of history (seconds in total)
  --out <dir>                 where the JSON goes (default bench/results)
  -h, --help                  show this help`;

const schema = z.strictObject({
  vehicles: z
    .string()
    .default('5000,10000,15000,20000,25000')
    .transform((s) => s.split(',').map(Number))
    .pipe(z.array(z.number().int().positive()).min(1)),
  hz: z.coerce.number().positive().max(50).default(1),
  samplesPerMessage: z.coerce.number().int().min(1).max(100).default(1),
  qos: z.coerce
    .number()
    .pipe(z.literal([0, 1]))
    .default(1),
  stepS: z.coerce.number().positive().default(60),
  warmupS: z.coerce.number().min(0).default(10),
  allSteps: z.boolean().default(false),
  short: z.boolean().default(false),
  out: z.string().default('bench/results'),
});

export type BenchOptions = z.output<typeof schema> & {
  /** Hours of one vehicle's history loaded before the steps, for the day-track query. */
  historyHours: number;
};

export function parseBenchArgs(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      vehicles: { type: 'string' },
      hz: { type: 'string' },
      'samples-per-message': { type: 'string' },
      qos: { type: 'string' },
      'step-s': { type: 'string' },
      'warmup-s': { type: 'string' },
      'all-steps': { type: 'boolean' },
      short: { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const short = values.short === true;
  const parsed = schema.parse({
    vehicles: values.vehicles ?? (short ? '100,200' : undefined),
    hz: values.hz,
    samplesPerMessage: values['samples-per-message'],
    qos: values.qos,
    stepS: values['step-s'] ?? (short ? '8' : undefined),
    warmupS: values['warmup-s'] ?? (short ? '3' : undefined),
    allSteps: values['all-steps'] ?? short,
    short,
    out: values.out,
  });
  return { ...parsed, historyHours: short ? 1 : 24 };
}
