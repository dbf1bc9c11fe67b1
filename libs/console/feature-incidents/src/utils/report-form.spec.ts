import { EMPTY_INCIDENT_REPORT } from '@fleet/incidents-model';
import { describe, expect, it } from 'vitest';
import { formValuesOf, reportOf } from './report-form.js';

describe(formValuesOf.name, () => {
  it('starts an empty report at the incident time, and round-trips through reportOf', () => {
    const values = formValuesOf(EMPTY_INCIDENT_REPORT, '2026-11-23T10:00:05.000Z');
    expect(values.place).toBe('');
    expect(reportOf(values)).toEqual({ ...EMPTY_INCIDENT_REPORT, time: '2026-11-23T10:00:05.000Z' });
  });
});

describe(reportOf.name, () => {
  it('sends blank text as not given and keeps the choices', () => {
    const values = formValuesOf(
      { ...EMPTY_INCIDENT_REPORT, collisionType: 'rear_end', atFault: false, controlModeAtEvent: 'automated' },
      '2026-11-23T10:00:00.000Z',
    );
    const report = reportOf({
      ...values,
      place: '  墨玉路与安拓路口 ',
      weather: '   ',
      narrative: '前车急刹，本车追尾',
    });
    expect(report).toMatchObject({
      place: '墨玉路与安拓路口',
      weather: null,
      narrative: '前车急刹，本车追尾',
      collisionType: 'rear_end',
      atFault: false,
      controlModeAtEvent: 'automated',
    });
  });
});
