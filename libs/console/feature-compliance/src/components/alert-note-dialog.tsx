import { useState } from 'react';
import { Input, Modal, Typography } from 'antd';
import type { AlertView } from '@fleet/alerts-model';
import { useI18n } from '@fleet/console-i18n';
import type { AlertStep } from '../types/alert-step.js';
import { alertDetailText } from '../utils/alert-detail-text.js';
import { alertKindLabel } from '../utils/alert-kind-label.js';

export type AlertNoteDialogProps = {
  alert: AlertView;
  step: AlertStep;
  /** Shown in the text, so the person sees which vehicle they act on. */
  vehicleLabel: string;
  working: boolean;
  onConfirm: (note: string) => void;
  onCancel: () => void;
};

/** The note that goes with acknowledging or resolving (optional, kept in the alert and the audit log). */
export function AlertNoteDialog({ alert, step, vehicleLabel, working, onConfirm, onCancel }: AlertNoteDialogProps) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const kind = alertKindLabel(t, alert.kind);
  return (
    <Modal
      open
      title={t(step === 'acknowledge' ? 'alerts.note.acknowledgeTitle' : 'alerts.note.resolveTitle', { kind })}
      okText={
        <span data-testid="alert-note-confirm">
          {t(step === 'acknowledge' ? 'alerts.acknowledge' : 'alerts.resolve')}
        </span>
      }
      cancelText={t('common.cancel')}
      confirmLoading={working}
      onOk={() => onConfirm(note.trim())}
      onCancel={onCancel}
      mask={{ closable: !working }}
    >
      <div data-testid="alert-note-dialog">
        <Typography.Paragraph type="secondary">
          {vehicleLabel} · {alertDetailText(t, alert)}
        </Typography.Paragraph>
        <Typography.Text>{t('alerts.note.label')}</Typography.Text>
        <Input.TextArea
          data-testid="alert-note"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          placeholder={t('alerts.note.placeholder')}
          maxLength={1000}
          autoSize={{ minRows: 2, maxRows: 5 }}
          autoFocus
        />
      </div>
    </Modal>
  );
}
