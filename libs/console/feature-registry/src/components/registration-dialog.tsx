import { useState, type ReactNode } from 'react';
import { Button, Flex, Form, Modal, type FormInstance } from 'antd';
import type { AdminApiErrorCode } from '@fleet/console-admin-api';
import { useI18n, type MessageKey } from '@fleet/console-i18n';
import type { Refusal } from '../types/refusal.js';
import { refusalOf } from '../utils/refusal-of.js';
import { RefusalAlert } from './refusal-alert.js';

export type RegistrationDialogProps<T> = {
  title: string;
  /** Prefix of the test ids: `<prefix>-dialog`, `<prefix>-submit`, `<prefix>-error`. */
  testIdPrefix: string;
  form: FormInstance<T>;
  /** Sends the registration; what it rejects with is shown as the refusal, and the dialog stays open. */
  submit: (values: T) => Promise<void>;
  /** Sentences for the refusals this registration can say more about than the common ones. */
  refusalKeys?: Partial<Record<AdminApiErrorCode, MessageKey>>;
  /** The form was sent with fields its rules refuse (nothing went to the server). */
  onInvalid?: () => void;
  onCancel: () => void;
  /** The form's fields. */
  children: ReactNode;
};

/** A registration form in a dialog: the fields, the server's refusal when there is one, cancel and register. */
export function RegistrationDialog<T>({
  title,
  testIdPrefix,
  form,
  submit,
  refusalKeys,
  onInvalid,
  onCancel,
  children,
}: RegistrationDialogProps<T>) {
  const { t } = useI18n();
  const [submitting, setSubmitting] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const finish = (values: T) => {
    setSubmitting(true);
    setRefusal(null);
    submit(values)
      .catch((error: unknown) => {
        console.warn(`[console] ${testIdPrefix} registration refused`, error);
        setRefusal(refusalOf(error, refusalKeys));
      })
      .finally(() => setSubmitting(false));
  };

  return (
    <Modal open title={title} footer={null} onCancel={onCancel} mask={{ closable: false }}>
      <Form<T>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={finish}
        onFinishFailed={onInvalid}
        data-testid={`${testIdPrefix}-dialog`}
      >
        {children}
        {refusal ? (
          <div style={{ marginBottom: 16 }}>
            <RefusalAlert refusal={refusal} testId={`${testIdPrefix}-error`} />
          </div>
        ) : null}
        <Flex justify="end" gap={8}>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={submitting} data-testid={`${testIdPrefix}-submit`}>
            {t('registry.submit')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
