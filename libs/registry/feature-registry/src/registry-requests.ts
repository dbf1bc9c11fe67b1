import {
  MAX_PERMIT_MONTHS,
  MIN_INSURED_AMOUNT_CNY,
  PERMIT_STAGES,
  PERMIT_STATUSES,
  REGISTRY_ID_PATTERN,
} from '@fleet/registry-model';
import { VEHICLE_ID_PATTERN } from '@fleet/telemetry-contract';
import { z } from 'zod';

const id = z.string().regex(REGISTRY_ID_PATTERN, 'letters, digits, . _ -; at most 64');
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
const position = z.tuple([lon, lat]).rest(z.number());
const ring = z
  .array(position)
  .min(4, 'a ring has at least 4 positions')
  .refine((r) => r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1], 'a ring must be closed');
const polygon = z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1).max(100) });
const multiPolygon = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ring).min(1)).min(1).max(100),
});
const lineString = z.strictObject({ type: z.literal('LineString'), coordinates: z.array(position).min(2).max(10_000) });

const zoneFeature = z
  .object({
    type: z.literal('Feature'),
    geometry: z.discriminatedUnion('type', [polygon, multiPolygon, lineString]),
    properties: z.object({
      id,
      name_zh: z.string().trim().min(1).max(100),
      name_en: z.string().trim().min(1).max(200),
      corridor_width_m: z.number().positive().max(2_000).nullable().optional(),
    }),
  })
  .refine(
    (f) =>
      (f.geometry.type === 'LineString') ===
      (f.properties.corridor_width_m !== null && f.properties.corridor_width_m !== undefined),
    'a road corridor (LineString) needs corridor_width_m, and an area has none',
  );

/** A GeoJSON FeatureCollection of zones, as `GET /api/v1/zones` exports it. */
export const zoneImport = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(zoneFeature).min(1).max(1_000),
});

export const permitStatusChange = z.strictObject({ reason: z.string().trim().min(2).max(500) });

export const permitListQuery = z.object({
  status: z.enum(PERMIT_STATUSES).optional(),
  vehicleId: z.string().regex(VEHICLE_ID_PATTERN).optional(),
});

export const permitIdParam = id;

export const newPermitRequest = z
  .strictObject({
    id,
    enterpriseId: id,
    stage: z.enum(PERMIT_STAGES),
    vehicleIds: z.array(z.string().regex(VEHICLE_ID_PATTERN)).min(1).max(5_000),
    zoneIds: z.array(id).min(1).max(100),
    timeWindows: z
      .array(z.strictObject({ start: hhmm, end: hhmm }).refine((w) => w.start < w.end, 'start must be before end'))
      .max(12)
      .default([]),
    speedCapKph: z.number().positive().max(150),
    weatherNote: z.string().max(500).default(''),
    validFrom: z.iso.datetime({ offset: true }),
    validTo: z.iso.datetime({ offset: true }),
    insuredAmountCny: z
      .number()
      .int()
      .min(MIN_INSURED_AMOUNT_CNY, `the rules ask for at least RMB ${MIN_INSURED_AMOUNT_CNY} per vehicle`),
    safetyOfficerRequired: z.boolean(),
    driverlessAllowed: z.boolean(),
  })
  .refine((p) => Date.parse(p.validFrom) < Date.parse(p.validTo), {
    message: 'validFrom must be before validTo',
    path: ['validTo'],
  })
  .refine(
    (p) => {
      const limit = new Date(p.validFrom);
      limit.setUTCMonth(limit.getUTCMonth() + MAX_PERMIT_MONTHS);
      return Date.parse(p.validTo) <= limit.getTime();
    },
    { message: `a test period is at most ${MAX_PERMIT_MONTHS} months`, path: ['validTo'] },
  );

export const newSafetyOfficer = z.strictObject({
  id,
  name: z.string().trim().min(1).max(100),
  enterpriseId: id,
  licenceYears: z.number().int().min(0).max(60),
});
