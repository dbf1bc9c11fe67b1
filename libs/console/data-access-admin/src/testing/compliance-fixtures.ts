import type { AlertView } from '@fleet/alerts-model';
import type { Permit, ZoneFeatureCollection } from '@fleet/registry-model';

/** Builders of compliance wire objects with plausible defaults; tests override what they are about. */
export function alertView(overrides: Partial<AlertView> = {}): AlertView {
  return {
    id: 1,
    vehicleId: 'RT-0001',
    enterpriseId: 'ent-demo-01',
    kind: 'over_speed',
    severity: 'warning',
    status: 'open',
    raisedAt: '2025-05-01T08:00:00.000Z',
    lastRaisedAt: '2025-05-01T08:00:00.000Z',
    occurrences: 1,
    detail: '62 km/h over a cap of 50 km/h for 3 s',
    facts: { speedKph: 62 },
    latDeg: 31.29,
    lonDeg: 121.16,
    permitId: 'DEMO-E01-ROBOTAXI',
    clearedAt: null,
    acknowledgedAt: null,
    acknowledgedBy: null,
    acknowledgeNote: null,
    resolvedAt: null,
    resolvedBy: null,
    resolveNote: null,
    escalatedAt: null,
    ...overrides,
  };
}

export function permit(overrides: Partial<Permit> = {}): Permit {
  return {
    id: 'DEMO-E01-ROBOTAXI',
    enterpriseId: 'ent-demo-01',
    stage: 'demonstration_application',
    vehicleIds: ['RT-0001', 'RT-0002'],
    zoneIds: ['test-anting-closed-site', 'road-boyuan'],
    timeWindows: [],
    speedCapKph: 70,
    weatherNote: '雨雪、大雾等恶劣天气暂停测试',
    validFrom: '2025-04-01T00:00:00.000Z',
    validTo: '2026-04-01T00:00:00.000Z',
    insuredAmountCny: 5_000_000,
    safetyOfficerRequired: false,
    driverlessAllowed: true,
    status: 'active',
    statusReason: null,
    statusChangedAt: null,
    statusChangedBy: null,
    ...overrides,
  };
}

export function zoneCollection(): ZoneFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'test-anting-closed-site',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [121.15, 31.28],
              [121.17, 31.28],
              [121.17, 31.3],
              [121.15, 31.28],
            ],
          ],
        },
        properties: {
          id: 'test-anting-closed-site',
          name_zh: '安亭封闭测试场',
          name_en: 'Anting closed site',
          corridor_width_m: null,
        },
      },
      {
        type: 'Feature',
        id: 'road-boyuan',
        geometry: {
          type: 'LineString',
          coordinates: [
            [121.16, 31.29],
            [121.18, 31.3],
          ],
        },
        properties: {
          id: 'road-boyuan',
          name_zh: '博园路（测试路段）',
          name_en: 'Boyuan Rd (test section)',
          corridor_width_m: 60,
        },
      },
    ],
  };
}
