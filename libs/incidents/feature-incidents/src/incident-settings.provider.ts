import { incidentSettingsFrom } from './incident-settings.js';

export const INCIDENT_SETTINGS = Symbol('INCIDENT_SETTINGS');

/**
 * INCIDENT_SETTINGS is read here, once, when the module starts (a bad value stops the start). It is not part of
 * PlatformConfig yet, to keep this context's settings out of a file every context edits.
 */
export const incidentSettingsProvider = {
  provide: INCIDENT_SETTINGS,
  useFactory: () => incidentSettingsFrom(process.env['INCIDENT_SETTINGS']),
};
