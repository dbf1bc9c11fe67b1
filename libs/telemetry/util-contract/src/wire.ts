import { fleet } from './generated/telemetry.js';

/** The generated protobufjs classes, re-exported under short names. */
export const TelemetryBatchMessage = fleet.telemetry.v1.TelemetryBatch;
export const VehicleEventMessage = fleet.telemetry.v1.VehicleEvent;
export const VehicleStatusMessage = fleet.telemetry.v1.VehicleStatus;
export const ControlMode = fleet.telemetry.v1.ControlMode;
export const EventKind = fleet.telemetry.v1.EventKind;
export const Initiator = fleet.telemetry.v1.Initiator;
export const FaultLevel = fleet.telemetry.v1.FaultLevel;
export const Gear = fleet.telemetry.v1.Gear;
export const SensorState = fleet.telemetry.v1.SensorState;
export const Connectivity = fleet.telemetry.v1.Connectivity;

export type ITelemetryBatch = fleet.telemetry.v1.ITelemetryBatch;
export type ITelemetrySample = fleet.telemetry.v1.ITelemetrySample;
export type IVehicleEvent = fleet.telemetry.v1.IVehicleEvent;
export type IVehicleStatus = fleet.telemetry.v1.IVehicleStatus;

export function encodeTelemetryBatch(batch: ITelemetryBatch): Uint8Array {
  return TelemetryBatchMessage.encode(batch).finish();
}

export function encodeVehicleEvent(event: IVehicleEvent): Uint8Array {
  return VehicleEventMessage.encode(event).finish();
}

export function encodeVehicleStatus(status: IVehicleStatus): Uint8Array {
  return VehicleStatusMessage.encode(status).finish();
}
