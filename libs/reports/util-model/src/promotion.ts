/** The rule for moving from road testing to demonstration; the numbers are settings. */
export type PromotionThresholds = {
  /** Autonomous hours inside the permit's zones (either this or the km threshold). */
  autonomousHours: number;
  autonomousKm: number;
  /** Alert kinds counted as violations. */
  violationKinds: string[];
};

/** One vehicle under one permit, counted inside the permit's zones and validity. */
export type PromotionCheck = {
  vehicleId: string;
  vin: string;
  enterpriseId: string;
  permitId: string;
  permitStage: string;
  from: string;
  to: string;
  autonomousHoursInZone: number;
  autonomousKmInZone: number;
  violations: number;
  atFaultIncidents: number;
  /** Incidents whose fault is not yet determined: they block nothing but are shown. */
  undeterminedIncidents: number;
  meetsHours: boolean;
  meetsKm: boolean;
  eligible: boolean;
  /** Why not eligible (empty when eligible): `insufficient_autonomous_time`, `violations`, `at_fault_incidents`. */
  reasons: ('insufficient_autonomous_time' | 'violations' | 'at_fault_incidents')[];
};

/** `GET /api/v1/promotion?enterprise=&vehicleId=` */
export type PromotionResponse = { generatedAt: string; thresholds: PromotionThresholds; items: PromotionCheck[] };
