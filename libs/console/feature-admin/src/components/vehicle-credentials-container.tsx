import { useCallback, useState } from 'react';
import { App } from 'antd';
import type { IssuedVehicleCredential, VehicleCredentialsApi } from '@fleet/console-admin-api';
import { useI18n } from '@fleet/console-i18n';
import { useRemoteData } from '../hooks/use-remote-data.js';
import { errorMessageKey } from '../utils/error-message-key.js';
import type { GraceSeconds } from '../utils/grace-periods.js';
import { CredentialSecretDialog } from './credential-secret-dialog.js';
import { IssueCredentialsDialog } from './issue-credentials-dialog.js';
import { VehicleCredentialsPanel } from './vehicle-credentials-panel.js';

export type VehicleCredentialsContainerProps = {
  api: VehicleCredentialsApi;
  vehicleId: string;
  /** How the dialogs name the vehicle (its plate). */
  vehicleLabel: string;
};

/**
 * Lists, issues and revokes one vehicle's MQTT credentials. Mount it keyed by vehicle: its dialogs belong to
 * that vehicle. The issued secret lives in this component's state only until its dialog is closed.
 */
export function VehicleCredentialsContainer({ api, vehicleId, vehicleLabel }: VehicleCredentialsContainerProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const load = useCallback((signal: AbortSignal) => api.list(vehicleId, signal), [api, vehicleId]);
  const listed = useRemoteData(load, 'vehicle credentials');
  const reload = listed.reload;
  const [asking, setAsking] = useState(false);
  const [working, setWorking] = useState(false);
  const [issueError, setIssueError] = useState<string | null>(null);
  const [issued, setIssued] = useState<IssuedVehicleCredential | null>(null);

  const issue = useCallback(
    (previousValidForSeconds: GraceSeconds) => {
      setWorking(true);
      setIssueError(null);
      api
        .issue(vehicleId, previousValidForSeconds)
        .then((credential) => {
          setAsking(false);
          setIssued(credential);
          reload();
        })
        .catch((error: unknown) => {
          console.warn('[console] issuing vehicle credentials failed', error);
          setIssueError(t(errorMessageKey(error)));
        })
        .finally(() => setWorking(false));
    },
    [api, vehicleId, reload, t],
  );

  const revokeAll = useCallback(() => {
    setWorking(true);
    api
      .revokeAll(vehicleId)
      .then((ids) => void message.success(t('credentials.revokedCount', { count: ids.length })))
      .catch((error: unknown) => {
        console.warn('[console] revoking vehicle credentials failed', error);
        void message.error(t(errorMessageKey(error)));
      })
      .finally(() => {
        setWorking(false);
        reload();
      });
  }, [api, vehicleId, reload, message, t]);

  return (
    <>
      <VehicleCredentialsPanel
        credentials={listed.data}
        loading={listed.loading}
        loadError={listed.error ? t(errorMessageKey(listed.error)) : null}
        working={working}
        onIssue={() => {
          setIssueError(null);
          setAsking(true);
        }}
        onRevokeAll={revokeAll}
        onRetry={reload}
      />
      {asking ? (
        <IssueCredentialsDialog
          vehicleLabel={vehicleLabel}
          hasActive={listed.data?.some((c) => c.active) ?? true}
          working={working}
          error={issueError}
          onConfirm={issue}
          onCancel={() => setAsking(false)}
        />
      ) : null}
      {issued ? <CredentialSecretDialog issued={issued} onClose={() => setIssued(null)} /> : null}
    </>
  );
}
