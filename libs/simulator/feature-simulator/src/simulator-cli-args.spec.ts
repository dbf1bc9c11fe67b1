import { describe, expect, it } from 'vitest';
import { parseSimulatorArgs, SIMULATOR_USAGE } from './simulator-cli-args.js';
import { parseSimulatorOptions, SimulatorOptionsError } from './simulator-options.js';

describe('parseSimulatorArgs', () => {
  it('fills in the documented defaults', () => {
    expect(parseSimulatorArgs([])).toEqual({
      kind: 'run',
      options: {
        mqttUrl: 'mqtt://127.0.0.1:1883',
        vehicles: 300,
        hz: 1,
        samplesPerMessage: 1,
        qos: 1,
        durationS: 0,
        connectionMode: 'per-vehicle',
        startOffset: 0,
        eventRate: 1,
        offlineBufferS: 600,
        connectTimeoutS: 30,
        logLevel: 'info',
        vehicleSecrets: 'demo',
      },
    });
  });

  it('reads every flag', () => {
    const args = parseSimulatorArgs([
      '--mqtt-url',
      'mqtts://broker.example:8883',
      '--vehicles',
      '20000',
      '--hz',
      '10',
      '--samples-per-message',
      '5',
      '--qos',
      '0',
      '--duration-s',
      '60',
      '--connection-mode',
      'shared',
      '--vehicle-secrets',
      'none',
      '--username',
      'sim',
      '--password',
      'pw',
      '--start-offset',
      '100',
      '--event-rate',
      '60',
      '--seed',
      '3',
      '--offline-buffer-s',
      '30',
      '--connect-timeout-s',
      '5',
      '--log-level',
      'warn',
    ]);
    expect(args).toEqual({
      kind: 'run',
      options: {
        mqttUrl: 'mqtts://broker.example:8883',
        vehicles: 20_000,
        hz: 10,
        samplesPerMessage: 5,
        qos: 0,
        durationS: 60,
        connectionMode: 'shared',
        username: 'sim',
        vehicleSecrets: 'none',
        password: 'pw',
        startOffset: 100,
        eventRate: 60,
        seed: 3,
        offlineBufferS: 30,
        connectTimeoutS: 5,
        logLevel: 'warn',
      },
    });
  });

  it('asks for help', () => {
    expect(parseSimulatorArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseSimulatorArgs(['-h'])).toEqual({ kind: 'help' });
    expect(SIMULATOR_USAGE).toContain('--connection-mode');
  });

  it('lists every bad option by its flag', () => {
    const args = parseSimulatorArgs([
      '--vehicles',
      'many',
      '--qos',
      '2',
      '--connection-mode',
      'bus',
      '--mqtt-url',
      'http://x',
    ]);
    expect(args.kind).toBe('invalid');
    const message = args.kind === 'invalid' ? args.message : '';
    for (const flag of ['--vehicles', '--qos', '--connection-mode', '--mqtt-url']) expect(message).toContain(flag);
  });

  it('rejects unknown flags and positional arguments', () => {
    expect(parseSimulatorArgs(['--vehicle', '3']).kind).toBe('invalid');
    expect(parseSimulatorArgs(['3']).kind).toBe('invalid');
  });
});

describe('parseSimulatorOptions', () => {
  it('refuses a password without a user name and a fleet beyond the generator', () => {
    expect(() => parseSimulatorOptions({ password: 'x' })).toThrow(SimulatorOptionsError);
    expect(() => parseSimulatorOptions({ startOffset: 999_990, vehicles: 100 })).toThrow(/start offset/);
  });
});
