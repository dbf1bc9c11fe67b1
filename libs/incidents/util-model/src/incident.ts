/** What opened an incident: a vehicle event (collision, level-3 fault, minimal-risk manoeuvre) or a person. */
export const INCIDENT_KINDS = ['collision', 'fault_level_3', 'minimal_risk_maneuver', 'manual'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** opened → drafting (operator) → submitted → review (regulator) → closed; a return goes back to drafting. */
export const INCIDENT_STATUSES = ['opened', 'drafting', 'submitted', 'review', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/**
 * People's steps, POST /api/v1/incidents/{id}/{step}. draft and submit: the vehicle's operator (or admin);
 * review, return and close: a regulator (or admin). The assessor reads only.
 */
export const INCIDENT_STEPS = ['draft', 'submit', 'review', 'return', 'close'] as const;
export type IncidentStep = (typeof INCIDENT_STEPS)[number];

/** The status each step leads to, and the statuses it may start from. */
export const INCIDENT_STEP_TABLE: {
  readonly [S in IncidentStep]: { from: readonly IncidentStatus[]; to: IncidentStatus };
} = {
  draft: { from: ['opened'], to: 'drafting' },
  submit: { from: ['opened', 'drafting'], to: 'submitted' },
  review: { from: ['submitted'], to: 'review' },
  return: { from: ['submitted', 'review'], to: 'drafting' },
  close: { from: ['submitted', 'review'], to: 'closed' },
};

/**
 * Clocks on an incident. initial_notice: the operator's first submission, due 24 h after opening (a setting).
 * analysis_report: the submission the regulator closes, due after a configurable period (15 days by default).
 */
export const DEADLINE_KINDS = ['initial_notice', 'analysis_report'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export type IncidentDeadline = {
  kind: DeadlineKind;
  dueAt: string;
  /** pending: not met, not yet due; met: done (metAt says when, possibly late); overdue: not met and past due. */
  status: 'pending' | 'met' | 'overdue';
  metAt: string | null;
};

/** pending: the window has not passed yet (or capture failed and will be retried); locked: copied and hashed. */
export type EvidenceState = 'pending' | 'locked';

export type IncidentSummary = {
  id: number;
  vehicleId: string;
  enterpriseId: string;
  kind: IncidentKind;
  /** Event time (ISO, UTC). */
  time: string;
  status: IncidentStatus;
  openedAt: string;
  /** Who opened it by hand (user name); null when opened from a vehicle event. */
  openedBy: string | null;
  /** The alert a person opened it from, if any. */
  alertId: number | null;
  /** NULL = not yet determined. */
  atFault: boolean | null;
  deadlines: IncidentDeadline[];
  evidenceState: EvidenceState;
  /** Evidence window (ISO, UTC), [time − before, time + after]. */
  window: { from: string; to: string };
};

export const COLLISION_TYPES = [
  'rear_end',
  'head_on',
  'side_impact',
  'sideswipe',
  'pedestrian',
  'cyclist',
  'fixed_object',
  'rollover',
  'other',
] as const;
export type CollisionType = (typeof COLLISION_TYPES)[number];

/** Fields of a collision report (PUT /api/v1/incidents/{id}/report). Every field may stay empty while drafting. */
export type IncidentReport = {
  /** Time of the event as the operator reports it (ISO); defaults to the incident time. */
  time: string | null;
  /** Place, free text (road, crossing, landmark). */
  place: string | null;
  latDeg: number | null;
  lonDeg: number | null;
  /** control mode at the event: a contract name (manual, assisted, automated, remote, minimal_risk). */
  controlModeAtEvent: string | null;
  otherParty: string | null;
  injuries: string | null;
  damage: string | null;
  weather: string | null;
  lighting: string | null;
  roadSurface: string | null;
  movementBefore: string | null;
  collisionType: CollisionType | null;
  narrative: string | null;
  atFault: boolean | null;
};

export const EMPTY_INCIDENT_REPORT: IncidentReport = {
  time: null,
  place: null,
  latDeg: null,
  lonDeg: null,
  controlModeAtEvent: null,
  otherParty: null,
  injuries: null,
  damage: null,
  weather: null,
  lighting: null,
  roadSurface: null,
  movementBefore: null,
  collisionType: null,
  narrative: null,
  atFault: null,
};

/** One entry of an incident's history: opening, report edits, steps, attachments, refused deletions. */
export type IncidentHistoryEntry = {
  at: string;
  /** 'opened' | 'report' | 'attachment' | 'evidence_locked' | an IncidentStep. */
  action: string;
  /** User name; 'system' for automatic entries. */
  actor: string;
  fromStatus: IncidentStatus | null;
  toStatus: IncidentStatus | null;
  note: string;
};

export type IncidentAttachment = {
  id: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
  uploadedAt: string;
  uploadedBy: string;
};

export type IncidentDetail = IncidentSummary & {
  report: IncidentReport;
  reportUpdatedAt: string | null;
  reportUpdatedBy: string | null;
  history: IncidentHistoryEntry[];
  attachments: IncidentAttachment[];
  evidence: {
    state: EvidenceState;
    lockedAt: string | null;
    sampleCount: number;
    eventCount: number;
    /** Final digest of the chain (hex), null until locked. */
    digest: string | null;
  };
};

/** POST /api/v1/incidents: by hand, from an alert or from a vehicle and a time. */
export type OpenIncidentRequest =
  { alertId: number; note?: string } | { vehicleId: string; time: string; note?: string };

/** POST /api/v1/incidents/{id}/attachments as JSON (base64 content). */
export type AttachmentUpload = { fileName: string; contentType: string; contentBase64: string };
