import {
  ControlMode,
  encodeTelemetryBatch,
  FaultLevel,
  vehicleTopic,
  type ITelemetrySample,
} from '@fleet/telemetry-contract';
import type { MqttClient } from 'mqtt';
import { LatencyRecorder } from './latency-recorder.js';
import type { LiveProbe } from './live-probe.js';

const PERIOD_MS = 1_000;
/** Every few seconds the probe vehicle reports a level-2 fault (a violating sample), then recovers. */
const FAULT_EVERY = 4;

/**
 * One vehicle outside the load generator's range that alternates between healthy samples and a level-2 fault;
 * each fault is a fresh alert, so publish → alert on the regulator's socket is measured several times a step.
 */
export class AlertProbe {
  readonly toAlert = new LatencyRecorder();
  missed = 0;
  /** Its samples are stored like the load's and so count as published. */
  samplesSent = 0;
  private timer: NodeJS.Timeout | undefined;
  private seq = Date.now();
  private tickNo = 0;

  constructor(
    private readonly client: MqttClient,
    private readonly vehicleId: string,
    private readonly live: LiveProbe,
    private readonly position: { latDeg: number; lonDeg: number },
  ) {}

  start(): void {
    this.timer ??= setInterval(() => this.tick(), PERIOD_MS);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    const faulty = ++this.tickNo % FAULT_EVERY === 0;
    const timeUnixMs = Date.now();
    const sample: ITelemetrySample = {
      timeUnixMs,
      latDeg: this.position.latDeg,
      lonDeg: this.position.lonDeg,
      speedMps: 5,
      headingDeg: 90,
      accelMps2: 0,
      controlMode: ControlMode.CONTROL_MODE_MANUAL,
      faultLevel: faulty ? FaultLevel.FAULT_LEVEL_2 : FaultLevel.FAULT_LEVEL_NONE,
    };
    if (faulty) {
      void this.live.nextAlert(this.vehicleId, timeUnixMs, 10_000).then((atMs) => {
        if (atMs === undefined) this.missed++;
        else this.toAlert.add(atMs - timeUnixMs);
      });
    }
    const payload = encodeTelemetryBatch({ vehicleId: this.vehicleId, seq: this.seq++, samples: [sample] });
    this.samplesSent++;
    this.client.publish(vehicleTopic(this.vehicleId, 'telemetry'), Buffer.from(payload), { qos: 1 });
  }
}
