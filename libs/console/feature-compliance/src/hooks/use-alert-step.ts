import { useCallback, useState } from 'react';
import { App } from 'antd';
import type { AlertView } from '@fleet/alerts-model';
import { isAdminApiError, type AlertsApi } from '@fleet/console-admin-api';
import { errorMessageKey } from '@fleet/console-admin-pages';
import { useI18n } from '@fleet/console-i18n';
import type { AlertStep } from '../types/alert-step.js';

export type PendingAlertStep = { alert: AlertView; step: AlertStep };

export type AlertStepFlow = {
  /** The step whose note is being asked for; null when no dialog is open. */
  pending: PendingAlertStep | null;
  working: boolean;
  start: (alert: AlertView, step: AlertStep) => void;
  cancel: () => void;
  confirm: (note: string) => void;
};

/**
 * Acknowledge / resolve with a note: asks for the note, sends the step, and hands the alert as it now is to
 * `onChanged`. Someone else having been quicker (409) is said as such and `onConflict` refreshes what is shown.
 */
export function useAlertStep(
  api: AlertsApi,
  onChanged: (alert: AlertView) => void,
  onConflict?: () => void,
): AlertStepFlow {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [pending, setPending] = useState<PendingAlertStep | null>(null);
  const [working, setWorking] = useState(false);

  const start = useCallback((alert: AlertView, step: AlertStep) => setPending({ alert, step }), []);
  const cancel = useCallback(() => setPending(null), []);
  const confirm = useCallback(
    (note: string) => {
      if (!pending) return;
      const { alert, step } = pending;
      setWorking(true);
      const sent = step === 'acknowledge' ? api.acknowledge(alert.id, note) : api.resolve(alert.id, note);
      sent
        .then((changed) => {
          onChanged(changed);
          setPending(null);
          void message.success(t(step === 'acknowledge' ? 'alerts.acknowledgedDone' : 'alerts.resolvedDone'));
        })
        .catch((error: unknown) => {
          if (isAdminApiError(error, 'conflict')) {
            setPending(null);
            onConflict?.();
            void message.warning(t('alerts.conflict'));
            return;
          }
          console.warn(`[console] alert ${step} failed`, error);
          void message.error(t(errorMessageKey(error)));
        })
        .finally(() => setWorking(false));
    },
    [api, pending, onChanged, onConflict, message, t],
  );

  return { pending, working, start, cancel, confirm };
}
