import { isoTimeMs } from '@fleet/http';
import { COLLISION_TYPES, INCIDENT_KINDS, INCIDENT_STATUSES, INCIDENT_STEPS } from '@fleet/incidents-model';
import { CONTROL_MODES, VEHICLE_ID_PATTERN } from '@fleet/telemetry-contract';
import { z } from 'zod';

export const incidentListQuery = z.object({
  status: z.enum(INCIDENT_STATUSES).optional(),
  kind: z.enum(INCIDENT_KINDS).optional(),
  vehicleId: z.string().regex(VEHICLE_ID_PATTERN).optional(),
  from: isoTimeMs.optional(),
  to: isoTimeMs.optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1_000).default(200),
});

export const incidentIdParam = z.coerce.number().int().positive();

const note = z.string().trim().max(2_000).default('');

/** By hand: from an alert, or from a vehicle and a point in its history. */
export const openIncidentBody = z.union([
  z.strictObject({ alertId: z.number().int().positive(), note }),
  z.strictObject({ vehicleId: z.string().regex(VEHICLE_ID_PATTERN), time: isoTimeMs, note }),
]);

const text = (max: number) => z.string().trim().max(max).nullable();

/** Report fields; a field left out keeps its value, null empties it. */
export const reportBody = z
  .strictObject({
    time: isoTimeMs.nullable(),
    place: text(500),
    latDeg: z.number().min(-90).max(90).nullable(),
    lonDeg: z.number().min(-180).max(180).nullable(),
    controlModeAtEvent: z.enum(CONTROL_MODES).nullable(),
    otherParty: text(2_000),
    injuries: text(2_000),
    damage: text(2_000),
    weather: text(200),
    lighting: text(200),
    roadSurface: text(200),
    movementBefore: text(2_000),
    collisionType: z.enum(COLLISION_TYPES).nullable(),
    narrative: text(20_000),
    atFault: z.boolean().nullable(),
  })
  .partial();

export const stepParam = z.enum(INCIDENT_STEPS);
/** `atFault`: the regulator's finding, only with `close` (it overrides what the operator reported). */
export const stepBody = z.strictObject({ note, atFault: z.boolean().nullable().optional() }).default({ note: '' });

/** JSON upload: the file as base64 (the request body limit applies; multipart takes larger files). */
export const attachmentBody = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  contentType: z.string().trim().min(1).max(255).default('application/octet-stream'),
  contentBase64: z.base64().min(1),
});

export const attachmentIdParam = z.coerce.number().int().positive();
