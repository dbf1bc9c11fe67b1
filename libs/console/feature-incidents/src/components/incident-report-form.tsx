import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { errorMessageKey, formatDateTime } from '@fleet/console-admin-pages';
import type { IncidentsApi } from '@fleet/console-incidents-api';
import { COLLISION_TYPES, type IncidentDetail } from '@fleet/incidents-model';
import { useI18n } from '@fleet/console-i18n';
import { CONTROL_MODES } from '@fleet/telemetry-contract';
import { formValuesOf, REPORT_TEXT_FIELDS, reportOf, type ReportFormValues } from '../utils/report-form.js';

export type IncidentReportFormProps = {
  incident: IncidentDetail;
  incidents: IncidentsApi;
  editable: boolean;
  onSaved: (incident: IncidentDetail) => void;
};

const AT_FAULT = [
  { value: true, key: 'report.atFault.yes' },
  { value: false, key: 'report.atFault.no' },
  { value: null, key: 'report.atFault.unknown' },
] as const;

/** The collision report's fields; read-only once submitted or for roles that do not draft. */
export function IncidentReportForm({ incident, incidents, editable, onSaved }: IncidentReportFormProps) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportFormValues>();
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      onSaved(await incidents.saveReport(incident.id, reportOf(values)));
      void message.success(t('report.saved'));
    } catch (error) {
      void message.error(t(errorMessageKey(error)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<ReportFormValues>
      form={form}
      layout="vertical"
      size="small"
      disabled={!editable}
      initialValues={formValuesOf(incident.report, incident.time)}
      data-testid="incident-report-form"
      style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', columnGap: 12 }}
    >
      <Form.Item name="time" label={t('report.time')}>
        <Input type="datetime-local" step={1} data-testid="report-time" />
      </Form.Item>
      <Form.Item name="controlModeAtEvent" label={t('report.controlModeAtEvent')}>
        <Select
          allowClear
          data-testid="report-control-mode"
          options={CONTROL_MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
        />
      </Form.Item>
      {REPORT_TEXT_FIELDS.map((field) => (
        <Form.Item key={field} name={field} label={t(`report.${field}`)}>
          <Input maxLength={500} data-testid={`report-${field}`} />
        </Form.Item>
      ))}
      <Form.Item name="latDeg" label={`${t('report.position')} · lat`}>
        <InputNumber min={-90} max={90} step={0.000001} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="lonDeg" label={`${t('report.position')} · lon`}>
        <InputNumber min={-180} max={180} step={0.000001} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="collisionType" label={t('report.collisionType')}>
        <Select
          allowClear
          data-testid="report-collision-type"
          options={COLLISION_TYPES.map((c) => ({ value: c, label: t(`collisionType.${c}`) }))}
        />
      </Form.Item>
      <Form.Item name="atFault" label={t('report.atFault')}>
        <Radio.Group data-testid="report-at-fault">
          {AT_FAULT.map((o) => (
            <Radio key={String(o.value)} value={o.value}>
              {t(o.key)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="narrative" label={t('report.narrative')} style={{ gridColumn: '1 / -1' }}>
        <Input.TextArea rows={4} maxLength={10_000} data-testid="report-narrative" />
      </Form.Item>
      <div style={{ gridColumn: '1 / -1', display: 'flex', alignItems: 'center', gap: 12 }} data-print="hide">
        {editable ? (
          <Button
            type="primary"
            loading={saving}
            data-testid="report-save"
            onClick={() => void save().catch(() => undefined)}
          >
            {t('report.save')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('report.readOnly')}</Typography.Text>
        )}
        {incident.reportUpdatedAt ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('report.updated', {
              time: formatDateTime(incident.reportUpdatedAt, language),
              user: incident.reportUpdatedBy ?? '',
            })}
          </Typography.Text>
        ) : null}
      </div>
    </Form>
  );
}
