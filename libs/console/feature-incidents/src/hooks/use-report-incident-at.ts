import { useCallback } from 'react';
import { App } from 'antd';
import { errorMessageKey, formatDateTime } from '@fleet/console-admin-pages';
import type { IncidentsApi } from '@fleet/console-incidents-api';
import { useI18n } from '@fleet/console-i18n';
import { incidentHref } from '../utils/incident-route.js';

/**
 * Opening an incident by hand at a point of a vehicle's history (from the replay): asks for confirmation, opens
 * it, then shows it. The evidence window is locked around that instant like any other incident's.
 */
export function useReportIncidentAt(incidents: IncidentsApi): (vehicleId: string, timeMs: number) => void {
  const { t, language } = useI18n();
  const { modal, message } = App.useApp();
  return useCallback(
    (vehicleId: string, timeMs: number) => {
      const time = new Date(timeMs).toISOString();
      void modal.confirm({
        title: t('incidents.open'),
        content: t('replay.reportConfirm', { vehicle: vehicleId, time: formatDateTime(time, language) }),
        okText: t('incidents.open.confirm'),
        okButtonProps: { danger: true, 'data-testid': 'replay-report-confirm' },
        onOk: async () => {
          try {
            const incident = await incidents.open({ vehicleId, time });
            void message.success(t('incidents.open.done', { id: incident.id }));
            window.location.hash = incidentHref(incident.id);
          } catch (error) {
            void message.error(t(errorMessageKey(error)));
          }
        },
      });
    },
    [incidents, modal, message, t, language],
  );
}
