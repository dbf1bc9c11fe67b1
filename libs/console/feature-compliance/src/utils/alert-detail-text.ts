import type { AlertView } from '@fleet/alerts-model';
import type { Translate } from '@fleet/console-i18n';
import { isAlertKind, type AlertKind } from '@fleet/rules';
import { CONTROL_MODES, INITIATORS } from '@fleet/telemetry-contract';

type Facts = AlertView['facts'];
type PermitKind = Extract<AlertKind, 'no_active_permit' | 'permit_expired' | 'permit_suspended'>;
type VehicleEventKind = Extract<AlertKind, 'disengagement' | 'emergency_braking' | 'collision' | 'near_miss'>;

const numberOf = (facts: Facts, key: string): number | null => {
  const value = facts[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};
const textOf = (facts: Facts, key: string): string | null => {
  const value = facts[key];
  return typeof value === 'string' && value !== '' ? value : null;
};
const oneOf = <T extends string>(values: readonly T[], value: unknown): T | null =>
  values.find((v) => v === value) ?? null;
const seconds = (ms: number) => Math.round(ms / 1000);

/**
 * The alert's details as a sentence in the console's language, built from the facts the rules stored with it
 * (libs/rules/util-rules/src/rules). The server's `detail` is English for logs; it is shown only when the kind is
 * unknown to this console or the facts lack what the sentence needs (alerts stored before a fact existed).
 */
export function alertDetailText(t: Translate, alert: { kind: string; detail: string; facts: Facts }): string {
  const sentence = isAlertKind(alert.kind) ? sentenceOf(t, alert.kind, alert.facts) : null;
  return sentence ?? alert.detail;
}

function sentenceOf(t: Translate, kind: AlertKind, facts: Facts): string | null {
  switch (kind) {
    case 'over_speed': {
      const speed = numberOf(facts, 'speedKph');
      const cap = numberOf(facts, 'capKph');
      return speed === null || cap === null ? null : t('alertDetail.overSpeed', { speed: speed.toFixed(1), cap });
    }
    case 'geofence_exit':
      return geofenceSentence(t, facts);
    case 'outside_time_window': {
      const time = textOf(facts, 'localTime');
      const windows = textOf(facts, 'timeWindows');
      return time === null || windows === null ? null : t('alertDetail.outsideTimeWindow', { time, windows });
    }
    case 'no_active_permit':
    case 'permit_expired':
    case 'permit_suspended':
      return permitSentence(t, kind, facts);
    case 'driverless_not_permitted': {
      if (facts['driverlessCapable'] === false) return t('alertDetail.vehicleNotDriverless');
      const permit = textOf(facts, 'permitId');
      return permit === null ? null : t('alertDetail.permitForbidsDriverless', { permit });
    }
    case 'safety_officer_missing': {
      const permit = textOf(facts, 'permitId');
      return permit === null ? null : t('alertDetail.permitNeedsOfficer', { permit });
    }
    case 'remote_officer_overloaded': {
      const officer = textOf(facts, 'remoteOfficerId');
      const count = numberOf(facts, 'driverlessVehicles');
      const max = numberOf(facts, 'maxDriverlessVehicles');
      return officer === null || count === null || max === null
        ? null
        : t('alertDetail.remoteOfficerOverloaded', { officer, count, max });
    }
    case 'communication_lost': {
      if (facts['cause'] === 'offline') return t('alertDetail.terminalOffline');
      const silentForMs = numberOf(facts, 'silentForMs');
      return silentForMs === null ? null : t('alertDetail.noDataFor', { seconds: seconds(silentForMs) });
    }
    case 'fault': {
      const level = facts['faultLevel'];
      // Level 0 clears the alert, so a stored level is 1–3.
      return level === 1 || level === 2 || level === 3
        ? t('alertDetail.faultLevel', { level: t(`fault.level${level}`) })
        : null;
    }
    case 'takeover_request':
      return takeoverSentence(t, facts);
    case 'disengagement':
    case 'emergency_braking':
    case 'collision':
    case 'near_miss':
      // Every event stores whether it was re-sent; without that the facts are not the rule's and say nothing.
      return typeof facts['resent'] === 'boolean' ? withResent(t, facts, vehicleEventSentence(t, kind, facts)) : null;
    case 'minimal_risk_maneuver':
      return minimalRiskSentence(t, facts);
    case 'implausible_position': {
      const distance = numberOf(facts, 'jumpM');
      const elapsedMs = numberOf(facts, 'elapsedMs');
      return distance === null || elapsedMs === null
        ? null
        : t('alertDetail.positionJump', { distance, seconds: (elapsedMs / 1000).toFixed(1) });
    }
    case 'clock_skew': {
      const skewMs = numberOf(facts, 'skewMs');
      if (skewMs === null) return null;
      // Received minus observed: positive means the vehicle's clock lags the platform's.
      return t(skewMs > 0 ? 'alertDetail.clockBehind' : 'alertDetail.clockAhead', {
        seconds: seconds(Math.abs(skewMs)),
      });
    }
    case 'incident_overdue': {
      const incident = numberOf(facts, 'incidentId');
      const due = textOf(facts, 'dueAt');
      if (incident === null || due === null) return null;
      const key =
        facts['deadline'] === 'initial_notice'
          ? 'alertDetail.incidentInitialNoticeOverdue'
          : 'alertDetail.incidentAnalysisOverdue';
      return t(key, { incident, due: due.slice(0, 16).replace('T', ' ') });
    }
  }
}

function geofenceSentence(t: Translate, facts: Facts): string | null {
  const permit = textOf(facts, 'permitId');
  if (permit === null) return null;
  // The rule stores null when the permit has no zones at all: then every position is outside.
  if (facts['outsideByM'] === null) return t('alertDetail.permitWithoutZones', { permit });
  const outsideByM = numberOf(facts, 'outsideByM');
  return outsideByM === null ? null : t('alertDetail.outsideZones', { distance: Math.round(outsideByM) });
}

/** No permit at all stores no facts; otherwise the permit's status tells which of the kind's causes it was. */
function permitSentence(t: Translate, kind: PermitKind, facts: Facts): string | null {
  const permit = textOf(facts, 'permitId');
  if (permit === null) return kind === 'no_active_permit' ? t('alertDetail.noPermit') : null;
  const status = facts['status'];
  switch (kind) {
    case 'no_active_permit':
      return t(status === 'revoked' ? 'alertDetail.permitRevoked' : 'alertDetail.permitNotYetValid', { permit });
    case 'permit_expired':
      return t(status === 'expired' ? 'alertDetail.permitExpired' : 'alertDetail.permitValidityEnded', { permit });
    case 'permit_suspended': {
      const reason = textOf(facts, 'statusReason');
      return reason === null
        ? t('alertDetail.permitSuspended', { permit })
        : t('alertDetail.permitSuspendedBecause', { permit, reason });
    }
  }
}

function takeoverSentence(t: Translate, facts: Facts): string | null {
  if (facts['source'] === 'event') return t('alertDetail.takeoverByVehicle');
  const mode = oneOf(CONTROL_MODES, facts['controlMode']);
  return mode === null ? null : t('alertDetail.takeoverInMode', { mode: t(`mode.${mode}`) });
}

function minimalRiskSentence(t: Translate, facts: Facts): string | null {
  if (facts['source'] === 'event') return t('alertDetail.minimalRiskByVehicle');
  const speedMps = numberOf(facts, 'speedMps');
  return speedMps === null ? null : t('alertDetail.minimalRiskAtSpeed', { speed: (speedMps * 3.6).toFixed(1) });
}

function vehicleEventSentence(t: Translate, kind: VehicleEventKind, facts: Facts): string {
  if (kind !== 'disengagement') return t('alertDetail.reportedByVehicle', { event: t(`alertKind.${kind}`) });
  const initiator = oneOf(INITIATORS, facts['initiator']);
  return initiator === null
    ? t('alertDetail.disengagedUnreported')
    : t('alertDetail.disengagedBy', { initiator: t(`initiator.${initiator}`) });
}

/** Events buffered through a connectivity gap arrive late; the reader should know the time is not "just now". */
function withResent(t: Translate, facts: Facts, text: string): string {
  return facts['resent'] === true ? t('alertDetail.resent', { text }) : text;
}
