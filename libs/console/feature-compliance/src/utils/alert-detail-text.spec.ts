import type { AlertView } from '@fleet/alerts-model';
import { translate, type Language, type Translate } from '@fleet/console-i18n';
import { ALERT_KINDS, type AlertKind } from '@fleet/rules';
import { describe, expect, it } from 'vitest';
import { alertDetailText } from './alert-detail-text.js';

const tIn =
  (language: Language): Translate =>
  (key, params) =>
    translate(language, key, params);
const zh = tIn('zh-CN');
const en = tIn('en');
const alert = (
  kind: string,
  facts: AlertView['facts'],
  detail = 'server detail',
): Parameters<typeof alertDetailText>[1] => ({
  kind,
  facts,
  detail,
});

/** Facts as each rule stores them (libs/rules/util-rules/src/rules), one typical alert per kind. */
const TYPICAL_FACTS: Record<AlertKind, AlertView['facts']> = {
  geofence_exit: { permitId: 'P-1', outsideByM: 52.4, nearestZoneId: 'Z-1', marginM: 15, latDeg: 31.3, lonDeg: 121.2 },
  outside_time_window: { permitId: 'P-1', localTime: '11:30:00', timeWindows: '08:40-11:30, 13:00-16:00' },
  over_speed: { permitId: 'P-1', speedKph: 162, capKph: 80, toleranceKph: 2, overForMs: 3_000 },
  no_active_permit: {},
  permit_expired: { permitId: 'P-1', status: 'expired', statusReason: null, validFromMs: 0, validToMs: 1 },
  permit_suspended: { permitId: 'P-1', status: 'suspended', statusReason: null, validFromMs: 0, validToMs: 1 },
  driverless_not_permitted: {
    controlMode: 'automated',
    permitId: 'P-1',
    driverlessAllowed: false,
    safetyOfficerRequired: true,
    driverlessCapable: true,
  },
  safety_officer_missing: {
    controlMode: 'automated',
    permitId: 'P-1',
    driverlessAllowed: true,
    safetyOfficerRequired: true,
    driverlessCapable: true,
  },
  remote_officer_overloaded: { remoteOfficerId: 'RO-7', driverlessVehicles: 4, maxDriverlessVehicles: 3 },
  communication_lost: { cause: 'silence', silentForMs: 30_400, lastHeardMs: 0, lastSampleMs: 0 },
  fault: { faultLevel: 3 },
  takeover_request: { controlMode: 'automated', source: 'sample' },
  disengagement: { initiator: 'safety_officer', latDeg: 31.3, lonDeg: 121.2, resent: false, receivedMs: 0 },
  minimal_risk_maneuver: { source: 'sample', speedMps: 5 },
  emergency_braking: { initiator: null, latDeg: 31.3, lonDeg: 121.2, resent: false, receivedMs: 0 },
  collision: { initiator: null, latDeg: null, lonDeg: null, resent: true, receivedMs: 0 },
  near_miss: { initiator: null, latDeg: 31.3, lonDeg: 121.2, resent: false, receivedMs: 0 },
  implausible_position: { jumpM: 1_000, elapsedMs: 1_000, impliedSpeedMps: 1_000, maxPlausibleSpeedMps: 70 },
  clock_skew: { skewMs: 60_000, maxClockSkewMs: 10_000 },
  incident_overdue: { incidentId: 12, deadline: 'initial_notice', dueAt: '2026-01-02T08:00:00.000Z' },
};

describe(alertDetailText.name, () => {
  it('writes a sentence of its own for every kind the rules raise, in both languages', () => {
    for (const kind of ALERT_KINDS) {
      const inChinese = alertDetailText(zh, alert(kind, TYPICAL_FACTS[kind]));
      const inEnglish = alertDetailText(en, alert(kind, TYPICAL_FACTS[kind]));
      expect(inChinese, kind).not.toBe('server detail');
      expect(inEnglish, kind).not.toBe('server detail');
      expect(inChinese, kind).toMatch(/[\u4e00-\u9fff]/);
      expect(inEnglish, kind).not.toMatch(/[\u4e00-\u9fff]|\{\w+\}/);
    }
  });

  it('states the speed and the cap of an over-speed alert', () => {
    const overSpeed = alert('over_speed', TYPICAL_FACTS.over_speed, '162.0 km/h over the cap of 80 km/h');
    expect(alertDetailText(zh, overSpeed)).toBe('车速 162.0 km/h，超过限速 80 km/h');
    expect(alertDetailText(en, overSpeed)).toBe('162.0 km/h, over the 80 km/h cap');
  });

  it('says how far outside the zones a vehicle went, or that the permit has none', () => {
    expect(alertDetailText(zh, alert('geofence_exit', TYPICAL_FACTS.geofence_exit))).toBe('驶出许可区域 52 米');
    const noZones = alert('geofence_exit', { ...TYPICAL_FACTS.geofence_exit, outsideByM: null });
    expect(alertDetailText(zh, noZones)).toBe('许可 P-1 未包含任何区域');
    expect(alertDetailText(en, noZones)).toBe('Permit P-1 has no zones');
  });

  it('tells the causes of a permit alert apart by the permit’s status, with a suspension’s reason', () => {
    const standing = { permitId: 'P-1', statusReason: null, validFromMs: 0, validToMs: 1 };
    expect(alertDetailText(zh, alert('no_active_permit', {}))).toBe('没有覆盖该车辆的测试许可');
    expect(alertDetailText(zh, alert('no_active_permit', { ...standing, status: 'revoked' }))).toBe('许可 P-1 已撤销');
    expect(alertDetailText(en, alert('no_active_permit', { ...standing, status: 'active' }))).toBe(
      'Permit P-1 not yet valid',
    );
    expect(alertDetailText(zh, alert('permit_expired', { ...standing, status: 'active' }))).toBe(
      '许可 P-1 有效期已结束',
    );
    const suspended = alert('permit_suspended', { ...standing, status: 'suspended', statusReason: '安全评估未通过' });
    expect(alertDetailText(zh, suspended)).toBe('许可 P-1 已暂停：安全评估未通过');
    expect(alertDetailText(en, suspended)).toBe('Permit P-1 suspended: 安全评估未通过');
  });

  it('names who ended automation, and marks events re-sent after a gap', () => {
    const disengaged = alert('disengagement', TYPICAL_FACTS.disengagement);
    expect(alertDetailText(zh, disengaged)).toBe('安全员发起退出自动驾驶');
    expect(alertDetailText(en, disengaged)).toBe('Automation ended by the safety officer');
    const unreported = alert('disengagement', { ...TYPICAL_FACTS.disengagement, initiator: null, resent: true });
    expect(alertDetailText(zh, unreported)).toBe('退出自动驾驶（发起方未上报）（补发数据）');
    expect(alertDetailText(en, alert('collision', TYPICAL_FACTS.collision))).toBe(
      'Reported by the vehicle: Collision (re-sent data)',
    );
  });

  it('uses the console’s own names for fault levels and control modes', () => {
    expect(alertDetailText(zh, alert('fault', { faultLevel: 3 }))).toBe('故障等级：三级（立即停车）');
    expect(alertDetailText(en, alert('fault', { faultLevel: 1 }))).toBe(
      'Fault level: Level 1 (does not affect driving)',
    );
    expect(alertDetailText(zh, alert('takeover_request', TYPICAL_FACTS.takeover_request))).toBe(
      '自动驾驶模式下请求接管',
    );
    expect(alertDetailText(zh, alert('takeover_request', { source: 'event' }))).toBe('车辆发出接管请求');
  });

  it('reads the sign of a clock skew: positive means the vehicle is behind', () => {
    expect(alertDetailText(zh, alert('clock_skew', { skewMs: 60_000 }))).toBe('车载时钟慢 60 秒');
    expect(alertDetailText(en, alert('clock_skew', { skewMs: -12_400 }))).toBe('Vehicle clock 12 s ahead');
  });

  it('shows the server’s detail when the kind is unknown or the facts lack what the sentence needs', () => {
    expect(alertDetailText(zh, alert('lane_departure', { speedKph: 50 }, 'left lane'))).toBe('left lane');
    expect(alertDetailText(zh, alert('over_speed', { speedKph: 162 }, '162.0 km/h over'))).toBe('162.0 km/h over');
    expect(alertDetailText(zh, alert('over_speed', { speedKph: '162', capKph: 80 }, 'raw'))).toBe('raw');
    expect(alertDetailText(zh, alert('fault', { faultLevel: 7 }, 'fault level 7'))).toBe('fault level 7');
    expect(alertDetailText(zh, alert('collision', {}, 'rear-ended at the junction'))).toBe(
      'rear-ended at the junction',
    );
  });
});
