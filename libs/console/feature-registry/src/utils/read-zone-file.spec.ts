import { describe, expect, it } from 'vitest';
import { readZoneFile } from './read-zone-file.js';

describe(readZoneFile.name, () => {
  it('passes a FeatureCollection on as it is, for the server to judge its geometry', () => {
    const collection = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point' } }] };
    expect(readZoneFile(JSON.stringify(collection))).toEqual({ collection });
  });

  it('stops a file that is not JSON, or JSON of another shape, before sending it', () => {
    expect(readZoneFile('<kml></kml>')).toEqual({ problem: 'not_json' });
    expect(readZoneFile('{"type":"Feature","geometry":null}')).toEqual({ problem: 'not_collection' });
    expect(readZoneFile('{"type":"FeatureCollection"}')).toEqual({ problem: 'not_collection' });
    expect(readZoneFile('null')).toEqual({ problem: 'not_collection' });
  });
});
