import { VEHICLE_CATEGORIES } from '@fleet/fleet-model';
import { pilotZoneRoads } from '@fleet/pilot-zone';
import { VEHICLE_ID_PATTERN } from '@fleet/telemetry-contract';
import { describe, expect, it } from 'vitest';
import { demoFleet, demoPlate } from './demo-fleet.js';
import { DEMO_ENTERPRISES } from './enterprises.js';
import { isValidVin } from '@fleet/fleet-model';

describe('demoFleet', () => {
  const fleet = demoFleet();

  it('makes 300 vehicles by default, the same every time', () => {
    expect(fleet).toHaveLength(300);
    expect(demoFleet(300)).toEqual(fleet);
    expect(fleet[1]?.id).toBe('RT-0001');
  });

  it('is a prefix of any larger fleet', () => {
    expect(demoFleet(1_000).slice(0, 300)).toEqual(fleet);
  });

  it('has every category in any fleet of 20 or more, with cars and robotaxis the majority', () => {
    expect(new Set(demoFleet(20).map((v) => v.category))).toEqual(new Set(VEHICLE_CATEGORIES));
    const count = (c: string) => fleet.filter((v) => v.category === c).length;
    expect(count('l2_car') + count('l3_car') + count('robotaxi')).toBeGreaterThan(fleet.length / 2);
    expect(count('smart_bus')).toBeLessThan(count('robotaxi'));
    expect(count('truck')).toBeLessThan(count('l2_car'));
  });

  it('gives valid, unique ids, VINs and test plates', () => {
    for (const v of fleet) {
      expect(v.id).toMatch(VEHICLE_ID_PATTERN);
      expect(isValidVin(v.vin), v.vin).toBe(true);
      expect(v.plate).toMatch(/^沪A·[0-9A-HJ-NP-Z]{4}试$/);
    }
    expect(new Set(fleet.map((v) => v.id)).size).toBe(300);
    expect(new Set(fleet.map((v) => v.vin)).size).toBe(300);
    expect(new Set(fleet.map((v) => v.plate)).size).toBe(300);
  });

  it('uses known enterprises and pilot-zone routes', () => {
    const enterprises = new Set(DEMO_ENTERPRISES.map((e) => e.id));
    const roads = new Set(pilotZoneRoads().map((r) => r.id));
    for (const v of fleet) {
      expect(enterprises.has(v.enterpriseId)).toBe(true);
      expect(roads.has(v.routeId), v.routeId).toBe(true);
    }
    expect(new Set(fleet.map((v) => v.enterpriseId)).size).toBe(DEMO_ENTERPRISES.length);
  });

  it('gives each category realistic levels and speeds', () => {
    for (const v of fleet) {
      expect(v.cruiseSpeedMps).toBeGreaterThan(0);
      expect(v.cruiseSpeedMps).toBeLessThanOrEqual(v.maxSpeedMps);
      switch (v.category) {
        case 'delivery':
          expect(v.cruiseSpeedMps).toBeGreaterThanOrEqual(3);
          expect(v.cruiseSpeedMps).toBeLessThanOrEqual(5);
          expect(v.driverlessCapable).toBe(true);
          break;
        case 'sweeper':
          expect(v.cruiseSpeedMps).toBeGreaterThanOrEqual(2);
          expect(v.cruiseSpeedMps).toBeLessThanOrEqual(3);
          break;
        case 'smart_bus':
          expect(v.cruiseSpeedMps).toBeGreaterThanOrEqual(10);
          expect(v.cruiseSpeedMps).toBeLessThanOrEqual(14);
          break;
        case 'avp':
          expect(v.maxSpeedMps).toBeLessThanOrEqual(3);
          expect(v.routeId).toBe('avp-garage-loop');
          break;
        case 'l2_car':
          expect(v.automationLevel).toBe(2);
          expect(v.driverlessCapable).toBe(false);
          break;
        case 'l3_car':
          expect(v.automationLevel).toBe(3);
          break;
        case 'robotaxi':
        case 'minibus':
          expect(v.automationLevel).toBe(4);
          break;
        case 'truck':
          expect(v.maxSpeedMps).toBeLessThanOrEqual(22.2);
          break;
      }
    }
  });

  it('makes 20,000 unique vehicles quickly', () => {
    const started = performance.now();
    const big = demoFleet(20_000);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(new Set(big.map((v) => v.id)).size).toBe(20_000);
    expect(new Set(big.map((v) => v.vin)).size).toBe(20_000);
    expect(new Set(big.map((v) => v.plate)).size).toBe(20_000);
    expect(big.every((v) => VEHICLE_ID_PATTERN.test(v.id))).toBe(true);
  });

  it('rejects a negative or fractional size', () => {
    expect(() => demoFleet(-1)).toThrow(RangeError);
    expect(() => demoFleet(1.5)).toThrow(RangeError);
  });
});

describe('demoPlate', () => {
  it('uses four digits, then a letter and three digits past 9999', () => {
    expect(demoPlate(0)).toBe('沪A·0001试');
    expect(demoPlate(9_998)).toBe('沪A·9999试');
    expect(demoPlate(9_999)).toBe('沪A·A000试');
    expect(demoPlate(11_000)).toBe('沪A·B001试');
  });
});
