import { AdminApiError } from '@fleet/console-admin-api';
import { describe, expect, it } from 'vitest';
import { refusalOf } from './refusal-of.js';

describe(refusalOf.name, () => {
  it('says more for the codes a form knows, and keeps the server’s issues', () => {
    const issues = [{ path: 'vin', message: 'check digit' }];
    const invalid = new AdminApiError(400, 'invalid_request', 'POST /api/v1/vehicles answered 400', issues);
    expect(refusalOf(invalid, { invalid_request: 'registry.refused' })).toEqual({
      key: 'registry.refused',
      code: 'invalid_request',
      issues,
    });
    const taken = new AdminApiError(409, 'conflict', 'taken');
    expect(refusalOf(taken, { conflict: 'vehicles.taken' })).toMatchObject({ key: 'vehicles.taken', code: 'conflict' });
  });

  it('falls back to the common sentence of the code, or of an unreachable server', () => {
    expect(refusalOf(new AdminApiError(403, 'forbidden', 'role'))).toEqual({
      key: 'error.forbidden',
      code: 'forbidden',
      issues: [],
    });
    expect(refusalOf(new Error('boom'))).toEqual({ key: 'error.unavailable', code: 'unknown', issues: [] });
  });
});
