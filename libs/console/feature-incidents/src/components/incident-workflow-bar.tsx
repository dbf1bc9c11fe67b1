import { useState } from 'react';
import { App, Button, Flex, Input, Modal } from 'antd';
import type { Role } from '@fleet/auth-model';
import { errorMessageKey } from '@fleet/console-admin-pages';
import type { IncidentsApi } from '@fleet/console-incidents-api';
import type { IncidentDetail, IncidentStep } from '@fleet/incidents-model';
import { useI18n } from '@fleet/console-i18n';
import { stepsFor } from '../utils/incident-access.js';

export type IncidentWorkflowBarProps = {
  incident: IncidentDetail;
  incidents: IncidentsApi;
  role: Role;
  onChanged: (incident: IncidentDetail) => void;
};

/** The workflow steps this role may take now, each asking for a note (kept in the history and the audit log). */
export function IncidentWorkflowBar({ incident, incidents, role, onChanged }: IncidentWorkflowBarProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [step, setStep] = useState<IncidentStep | null>(null);
  const [note, setNote] = useState('');
  const [working, setWorking] = useState(false);
  const steps = stepsFor(role, incident.status);

  const confirm = async (chosen: IncidentStep) => {
    setWorking(true);
    try {
      onChanged(await incidents.step(incident.id, chosen, note.trim()));
      void message.success(t('incidentStep.done', { step: t(`incidentStep.${chosen}`) }));
      setStep(null);
      setNote('');
    } catch (error) {
      void message.error(t('incidentStep.refused', { reason: t(errorMessageKey(error)) }));
    } finally {
      setWorking(false);
    }
  };

  if (steps.length === 0) return null;
  return (
    <Flex gap={8} data-testid="incident-steps" data-print="hide">
      {steps.map((s) => (
        <Button
          key={s}
          type={s === 'submit' || s === 'close' ? 'primary' : 'default'}
          danger={s === 'return'}
          data-testid={`incident-step-${s}`}
          onClick={() => setStep(s)}
        >
          {t(`incidentStep.${s}`)}
        </Button>
      ))}
      {step ? (
        <Modal
          open
          title={t(`incidentStep.${step}`)}
          confirmLoading={working}
          onOk={() => void confirm(step)}
          onCancel={() => setStep(null)}
          okButtonProps={{ 'data-testid': 'incident-step-confirm' }}
        >
          <Input.TextArea
            rows={3}
            maxLength={1_000}
            placeholder={t('incidentStep.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            data-testid="incident-step-note"
          />
        </Modal>
      ) : null}
    </Flex>
  );
}
