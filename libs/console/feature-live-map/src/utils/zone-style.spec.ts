import { describe, expect, it } from 'vitest';
import { corridorWidthExpression, pixelsPerMetre, zoneLayers } from './zone-style.js';

describe(pixelsPerMetre.name, () => {
  it('matches Web-Mercator resolution (about 1.19 m a pixel at z17 on the equator for 512-px tiles) and doubles per zoom', () => {
    expect(1 / pixelsPerMetre(17, 0)).toBeCloseTo(0.597, 2);
    expect(pixelsPerMetre(15, 31.3) / pixelsPerMetre(14, 31.3)).toBeCloseTo(2);
  });
});

describe(corridorWidthExpression.name, () => {
  it('interpolates exponentially on zoom, scaling each feature’s width in metres', () => {
    const expression = corridorWidthExpression();
    expect(expression.slice(0, 3)).toEqual(['interpolate', ['exponential', 2], ['zoom']]);
    const [, , , z0, atZ0] = expression as unknown as [string, unknown, unknown, number, [string, unknown, number]];
    expect(z0).toBe(9);
    expect(atZ0[2]).toBeCloseTo(pixelsPerMetre(9, 31.3), 3);
  });
});

describe(zoneLayers.name, () => {
  it('draws areas as fill and outline and corridors as a line, all from the zones source', () => {
    const layers = zoneLayers();
    expect(layers.map((l) => `${l.id}:${l.type}`)).toEqual([
      'zone-area-fill:fill',
      'zone-area-outline:line',
      'zone-corridor:line',
    ]);
  });
});
