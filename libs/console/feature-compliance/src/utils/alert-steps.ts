import type { AlertView } from '@fleet/alerts-model';
import type { Role } from '@fleet/auth-model';
import type { AlertStep } from '../types/alert-step.js';

/** Whether the role may acknowledge and resolve alerts (the assessor only reads; the server enforces it). */
export function mayActOnAlerts(role: Role): boolean {
  switch (role) {
    case 'admin':
    case 'regulator':
    case 'operator':
      return true;
    case 'assessor':
      return false;
  }
}

/** The steps the alert's status still allows: acknowledging an open one, resolving any unresolved one. */
export function alertStepsOf(alert: Pick<AlertView, 'status'>): readonly AlertStep[] {
  switch (alert.status) {
    case 'open':
      return ['acknowledge', 'resolve'];
    case 'acknowledged':
      return ['resolve'];
    case 'resolved':
      return [];
  }
}
