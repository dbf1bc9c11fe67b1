import type { ZoneFileReading } from '../types/zone-file-reading.js';

/**
 * Reads a chosen file's text as a FeatureCollection. Only its outline is checked here: the server judges the
 * geometry and names every problem, which the page shows as it says them.
 */
export function readZoneFile(text: string): ZoneFileReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'not_json' };
  }
  const outline = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  return outline['type'] === 'FeatureCollection' && Array.isArray(outline['features'])
    ? { collection: parsed }
    : { problem: 'not_collection' };
}
