export {
  BASEMAP_NOTE,
  BASEMAP_SOURCE,
  type BasemapKind,
  type BasemapProperties,
  type RoadKind,
} from './basemap-kind.js';
export {
  PILOT_ZONE_BASEMAP,
  PILOT_ZONE_BOUNDS,
  PILOT_ZONE_CENTER,
  pilotZoneAreas,
  pilotZoneRoads,
  type PilotZoneArea,
  type PilotZoneRoad,
} from './basemap.js';
