import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { errorMessageKey } from '@fleet/console-admin-pages';
import type { IncidentsApi } from '@fleet/console-incidents-api';
import type { IncidentDetail } from '@fleet/incidents-model';
import { useI18n } from '@fleet/console-i18n';
import { VEHICLE_ID_PATTERN } from '@fleet/telemetry-contract';

export type OpenIncidentDialogProps = {
  incidents: IncidentsApi;
  onOpened: (incident: IncidentDetail) => void;
  onClose: () => void;
};

type Fields = { vehicleId: string; time: string; note: string };

const localNow = () => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
};

/** 人工上报: opens an incident for a vehicle at a point of its history (its evidence window is locked as usual). */
export function OpenIncidentDialog({ incidents, onOpened, onClose }: OpenIncidentDialogProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<Fields>();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const fields = await form.validateFields();
    setWorking(true);
    setError(null);
    try {
      const time = new Date(fields.time).toISOString();
      onOpened(await incidents.open({ vehicleId: fields.vehicleId.trim(), time, note: fields.note.trim() }));
    } catch (e) {
      setError(t(errorMessageKey(e)));
    } finally {
      setWorking(false);
    }
  };

  return (
    <Modal
      open
      title={t('incidents.open')}
      okText={t('incidents.open.confirm')}
      confirmLoading={working}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'open-incident-confirm' }}
    >
      <Form form={form} layout="vertical" initialValues={{ vehicleId: '', time: localNow(), note: '' }}>
        <Form.Item
          name="vehicleId"
          label={t('incidents.open.vehicle')}
          rules={[{ required: true, pattern: VEHICLE_ID_PATTERN, message: t('incidents.open.vehicle') }]}
        >
          <Input data-testid="open-incident-vehicle" />
        </Form.Item>
        <Form.Item name="time" label={t('incidents.open.time')} rules={[{ required: true }]}>
          <Input type="datetime-local" step={1} data-testid="open-incident-time" />
        </Form.Item>
        <Form.Item name="note" label={t('incidents.open.note')}>
          <Input.TextArea rows={2} maxLength={1_000} />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon title={error} /> : null}
    </Modal>
  );
}
