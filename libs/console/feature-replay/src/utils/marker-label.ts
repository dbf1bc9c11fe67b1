import { INCIDENT_KINDS, type IncidentKind } from '@fleet/incidents-model';
import { isAlertKind } from '@fleet/rules';
import { EVENT_KINDS, type EventKindName } from '@fleet/telemetry-contract';
import type { Translate } from '@fleet/console-i18n';
import type { TimelineMarker } from '../types/timeline-marker.js';

const isIncidentKind = (kind: string): kind is IncidentKind => (INCIDENT_KINDS as readonly string[]).includes(kind);
const isEventKind = (kind: string): kind is EventKindName => (EVENT_KINDS as readonly string[]).includes(kind);

/** The marker's name in the console's language (a kind newer than this console is shown raw, not hidden). */
export function markerKindLabel(t: Translate, marker: Pick<TimelineMarker, 'source' | 'kind'>): string {
  if (marker.source === 'event' && isEventKind(marker.kind)) return t(`eventKind.${marker.kind}`);
  if (marker.source === 'alert' && isAlertKind(marker.kind)) return t(`alertKind.${marker.kind}`);
  if (marker.source === 'incident' && isIncidentKind(marker.kind)) return t(`incidentKind.${marker.kind}`);
  return marker.kind;
}
