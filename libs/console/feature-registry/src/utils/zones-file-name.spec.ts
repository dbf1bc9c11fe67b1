import { describe, expect, it } from 'vitest';
import { zonesFileName } from './zones-file-name.js';

describe(zonesFileName.name, () => {
  it('dates the export by the local day', () => {
    expect(zonesFileName(new Date(2025, 4, 1, 23, 59))).toBe('permit-zones-20250501.geojson');
  });
});
