import { describe, expect, it } from 'vitest';
import { VEHICLE_PAGE_SIZE, vehiclePageQuery } from './vehicle-page-query.js';

describe(vehiclePageQuery.name, () => {
  it('asks for the page’s slice of the search', () => {
    expect(vehiclePageQuery(' 沪A ', 3)).toEqual({ q: '沪A', limit: VEHICLE_PAGE_SIZE, offset: 2 * VEHICLE_PAGE_SIZE });
  });

  it('leaves a blank search out, and reads page 0 as the first', () => {
    expect(vehiclePageQuery('  ', 0)).toEqual({ limit: VEHICLE_PAGE_SIZE, offset: 0 });
  });
});
