import { describe, expect, it } from 'vitest';
import { incidentHref, incidentIdOf } from './incident-route.js';

describe(incidentIdOf.name, () => {
  it('reads the incident of a detail link, and none on the list', () => {
    expect(incidentIdOf(incidentHref(42))).toBe(42);
    expect(incidentIdOf('#/incidents/7?tab=x')).toBe(7);
    expect(incidentIdOf('#/incidents')).toBeNull();
    expect(incidentIdOf('#/incidents/')).toBeNull();
    expect(incidentIdOf('#/incidents/0')).toBeNull();
    expect(incidentIdOf('#/incidents/abc')).toBeNull();
    expect(incidentIdOf('#/alerts/7')).toBeNull();
  });
});
