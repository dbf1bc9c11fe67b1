import type { AlertKind, Severity } from '@fleet/rules';

/** The panel's narrowing of the unresolved alerts; unset fields match everything. */
export type AlertPanelFilter = {
  severity?: Severity;
  status?: 'open' | 'acknowledged';
  kind?: AlertKind;
};
