import type { AlertView } from '@fleet/alerts-model';
import { describe, expect, it } from 'vitest';
import { filterAlerts } from './filter-alerts.js';

const alert = (id: number, over: Partial<AlertView>) => ({ id, ...over }) as AlertView;
const alerts = [
  alert(3, { severity: 'critical', status: 'open', kind: 'collision' }),
  alert(2, { severity: 'warning', status: 'acknowledged', kind: 'over_speed' }),
  alert(1, { severity: 'warning', status: 'open', kind: 'over_speed' }),
];

describe(filterAlerts.name, () => {
  it('lets everything through without a filter, keeping the order', () => {
    expect(filterAlerts(alerts, {})).toBe(alerts);
  });

  it('combines severity, status and kind', () => {
    expect(filterAlerts(alerts, { severity: 'warning' }).map((a) => a.id)).toEqual([2, 1]);
    expect(filterAlerts(alerts, { severity: 'warning', status: 'open' }).map((a) => a.id)).toEqual([1]);
    expect(filterAlerts(alerts, { kind: 'collision' }).map((a) => a.id)).toEqual([3]);
    expect(filterAlerts(alerts, { kind: 'collision', severity: 'info' })).toEqual([]);
  });
});
