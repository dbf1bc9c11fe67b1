import type { TimelineMarker } from '@fleet/console-replay';
import type { IncidentDetail } from '@fleet/incidents-model';

/** The incident's own mark on the replay timeline and map, at the event time. */
export function incidentMarker(incident: IncidentDetail): TimelineMarker {
  const { latDeg, lonDeg } = incident.report;
  return {
    key: `incident:${incident.id}`,
    source: 'incident',
    kind: incident.kind,
    vehicleId: incident.vehicleId,
    timeMs: Date.parse(incident.time),
    label: '',
    severe: true,
    position: latDeg !== null && lonDeg !== null ? [lonDeg, latDeg] : null,
  };
}
