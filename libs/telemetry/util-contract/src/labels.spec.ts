import { describe, expect, it } from 'vitest';
import { CONTROL_MODES, enumName, EVENT_KINDS, faultLevelNumber } from './labels.js';
import { ControlMode, EventKind, FaultLevel } from './wire.js';

describe('enumName', () => {
  it('names every control mode of the generated contract', () => {
    expect(enumName(CONTROL_MODES, ControlMode.CONTROL_MODE_AUTOMATED)).toBe('automated');
    expect(enumName(CONTROL_MODES, ControlMode.CONTROL_MODE_MINIMAL_RISK)).toBe('minimal_risk');
    expect(enumName(CONTROL_MODES, ControlMode.CONTROL_MODE_UNSPECIFIED)).toBeUndefined();
    expect(enumName(CONTROL_MODES, 99)).toBeUndefined();
  });

  it('keeps the event name list in step with the proto enum', () => {
    const wireNames = Object.keys(EventKind).filter((k) => k !== 'EVENT_KIND_UNSPECIFIED');
    expect(wireNames.map((k) => k.replace('EVENT_KIND_', '').toLowerCase())).toEqual([...EVENT_KINDS]);
  });

  it('maps wire fault levels to GB/T 32960 levels', () => {
    expect(faultLevelNumber(FaultLevel.FAULT_LEVEL_NONE)).toBe(0);
    expect(faultLevelNumber(FaultLevel.FAULT_LEVEL_3)).toBe(3);
    expect(faultLevelNumber(FaultLevel.FAULT_LEVEL_UNSPECIFIED)).toBeUndefined();
  });
});
