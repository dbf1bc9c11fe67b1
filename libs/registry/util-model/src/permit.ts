/** The permit ladder of the Shanghai rules (道路测试 → 示范应用 → 示范运营 → 商业化运营). */
export const PERMIT_STAGES = [
  'road_testing',
  'demonstration_application',
  'demonstration_operation',
  'commercial_operation',
] as const;
export type PermitStage = (typeof PERMIT_STAGES)[number];

export const PERMIT_STATUSES = ['active', 'suspended', 'revoked', 'expired'] as const;
export type PermitStatus = (typeof PERMIT_STATUSES)[number];

/** A daily window in the pilot zone's local time (UTC+8), `HH:MM`, start inclusive, end exclusive. */
export type TimeWindow = { start: string; end: string };

/** The least insured amount per vehicle the rules ask for (RMB 5 million). */
export const MIN_INSURED_AMOUNT_CNY = 5_000_000;
/** The longest test period the rules allow. */
export const MAX_PERMIT_MONTHS = 18;

export type Permit = {
  id: string;
  enterpriseId: string;
  stage: PermitStage;
  vehicleIds: string[];
  zoneIds: string[];
  timeWindows: TimeWindow[];
  speedCapKph: number;
  weatherNote: string;
  validFrom: string;
  validTo: string;
  insuredAmountCny: number;
  safetyOfficerRequired: boolean;
  driverlessAllowed: boolean;
  status: PermitStatus;
  statusReason: string | null;
  statusChangedAt: string | null;
  statusChangedBy: string | null;
};

/** What a new permit states; its status starts as active. */
export type NewPermit = Omit<Permit, 'status' | 'statusReason' | 'statusChangedAt' | 'statusChangedBy'>;

/** Ids of enterprises, safety officers, zones and permits: letters, digits, `.`, `_`, `-`, at most 64 (the tables CHECK the same). */
export const REGISTRY_ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;
