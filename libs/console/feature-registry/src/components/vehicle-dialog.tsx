import { useState } from 'react';
import { Form, Input, Radio, Select, Switch } from 'antd';
import type { Enterprise, VehiclesApi } from '@fleet/console-admin-api';
import { useI18n } from '@fleet/console-i18n';
import { MONO_FONT_FAMILY } from '@fleet/console-ui';
import { VEHICLE_CATEGORIES, type VehicleSummary } from '@fleet/fleet-model';
import { VEHICLE_ID_PATTERN } from '@fleet/telemetry-contract';
import type { VehicleForm } from '../types/vehicle-form.js';
import { newVehicleOf } from '../utils/new-vehicle.js';
import { vinProblemMessage } from '../utils/vin-problem-message.js';
import { vinProblemOf } from '../utils/vin-problem.js';
import { EnterpriseField } from './enterprise-field.js';
import { RegistrationDialog } from './registration-dialog.js';

export type VehicleDialogProps = {
  api: VehiclesApi;
  enterprises: readonly Enterprise[];
  onRegistered: (vehicle: VehicleSummary) => void;
  onCancel: () => void;
};

/** SAE J3016 levels, which GB/T 40429 numbers the same way. */
const AUTOMATION_LEVELS = [0, 1, 2, 3, 4, 5] as const;

/**
 * 车辆登记. The VIN is checked while it is typed (characters and the check digit at once; the length once the
 * field is left or the form sent), so a mistyped VIN is caught before the server refuses it.
 */
export function VehicleDialog({ api, enterprises, onRegistered, onCancel }: VehicleDialogProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<VehicleForm>();
  const vin = Form.useWatch('vin', form) ?? '';
  const [lengthJudged, setLengthJudged] = useState(false);
  const problem = vinProblemOf(vin);
  const shownProblem = problem && (problem.kind !== 'incomplete' || lengthJudged) ? problem : null;

  return (
    <RegistrationDialog<VehicleForm>
      title={t('vehicles.register')}
      testIdPrefix="vehicle"
      form={form}
      refusalKeys={{ conflict: 'vehicles.taken', invalid_request: 'registry.refused' }}
      submit={async (values) => onRegistered(await api.register(newVehicleOf(values)))}
      onInvalid={() => setLengthJudged(true)}
      onCancel={onCancel}
    >
      <Form.Item
        label={t('detail.id')}
        name="id"
        rules={[{ required: true, pattern: VEHICLE_ID_PATTERN, message: t('vehicles.idRule') }]}
      >
        <Input data-testid="vehicle-id" autoComplete="off" maxLength={64} />
      </Form.Item>
      <Form.Item
        label={t('vehicles.vin')}
        name="vin"
        normalize={(value: string) => value.toUpperCase()}
        // The message is the help line below; the rule only keeps a VIN with a problem from being sent.
        rules={[
          {
            validator: (_, value?: string) =>
              vinProblemOf(value ?? '') ? Promise.reject(new Error('VIN refused')) : Promise.resolve(),
          },
        ]}
        validateStatus={shownProblem ? 'error' : problem === null ? 'success' : undefined}
        hasFeedback={problem === null}
        help={
          shownProblem ? (
            <span data-testid="vehicle-vin-error">{vinProblemMessage(t, shownProblem)}</span>
          ) : problem === null ? (
            <span data-testid="vehicle-vin-ok">{t('vehicles.vinValid')}</span>
          ) : vin.length > 0 ? (
            // While typing: how far along, without calling it an error yet.
            t('vehicles.vinLength', { count: vin.length })
          ) : undefined
        }
      >
        <Input
          data-testid="vehicle-vin"
          autoComplete="off"
          spellCheck={false}
          style={{ fontFamily: MONO_FONT_FAMILY }}
          onBlur={() => setLengthJudged(vin.length > 0)}
        />
      </Form.Item>
      <Form.Item
        label={t('detail.plate')}
        name="plate"
        rules={[{ required: true, whitespace: true, min: 2, max: 16, message: t('vehicles.plateRule') }]}
      >
        <Input data-testid="vehicle-plate" autoComplete="off" maxLength={16} />
      </Form.Item>
      <Form.Item
        label={t('detail.category')}
        name="category"
        rules={[{ required: true, message: t('vehicles.categoryRequired') }]}
      >
        <Select
          data-testid="vehicle-category"
          options={VEHICLE_CATEGORIES.map((c) => ({
            value: c,
            label: <span data-testid={`vehicle-category-${c}`}>{t(`category.${c}`)}</span>,
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('detail.level')}
        name="automationLevel"
        rules={[{ required: true, message: t('vehicles.levelRequired') }]}
      >
        <Radio.Group
          optionType="button"
          data-testid="vehicle-level"
          options={AUTOMATION_LEVELS.map((level) => ({
            value: level,
            label: <span data-testid={`vehicle-level-${level}`}>{t('detail.levelValue', { level })}</span>,
          }))}
        />
      </Form.Item>
      <Form.Item label={t('vehicles.driverlessCapable')} name="driverlessCapable" valuePropName="checked">
        <Switch data-testid="vehicle-driverless" />
      </Form.Item>
      <EnterpriseField enterprises={enterprises} testIdPrefix="vehicle" />
    </RegistrationDialog>
  );
}
