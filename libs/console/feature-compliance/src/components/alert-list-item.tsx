import { memo } from 'react';
import { Button, Flex, Tag, Tooltip, Typography } from 'antd';
import type { AlertView } from '@fleet/alerts-model';
import { formatDateTime } from '@fleet/console-admin-pages';
import { ALERT_SEVERITY_COLORS, PALETTE } from '@fleet/console-tokens';
import { useI18n } from '@fleet/console-i18n';
import type { AlertStep } from '../types/alert-step.js';
import { alertDetailText } from '../utils/alert-detail-text.js';
import { alertKindLabel } from '../utils/alert-kind-label.js';
import { alertStepsOf } from '../utils/alert-steps.js';
import { AlertStatusTag } from './alert-status-tag.js';

export type AlertListItemProps = {
  alert: AlertView;
  /** The vehicle's plate when the live fleet knows it, else its id. */
  vehicleLabel: string;
  /** Acknowledge / resolve buttons are offered (not to the assessor). */
  mayAct: boolean;
  onSelect: (alert: AlertView) => void;
  onStep: (alert: AlertView, step: AlertStep) => void;
};

const STEP_LABELS = { acknowledge: 'alerts.acknowledge', resolve: 'alerts.resolve' } as const;

/**
 * One unresolved alert: kind, vehicle, time, whether the condition is over or escalated; click to show it.
 * Memoised: the store keeps an unchanged alert's object, so a push re-renders only the rows it changed.
 */
export const AlertListItem = memo(function AlertListItem({
  alert,
  vehicleLabel,
  mayAct,
  onSelect,
  onStep,
}: AlertListItemProps) {
  const { t, language } = useI18n();
  const color = ALERT_SEVERITY_COLORS[alert.severity];
  const detail = alertDetailText(t, alert);
  return (
    <li
      data-testid="alert-item"
      data-alert-id={alert.id}
      data-kind={alert.kind}
      data-severity={alert.severity}
      data-vehicle-id={alert.vehicleId}
      data-status={alert.status}
      data-cleared={alert.clearedAt !== null}
      role="button"
      tabIndex={0}
      onClick={() => onSelect(alert)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onSelect(alert);
      }}
      style={{
        cursor: 'pointer',
        padding: '6px 8px',
        borderInlineStart: `3px solid ${color}`,
        borderBottom: `1px solid ${PALETTE.border}`,
        opacity: alert.clearedAt === null ? 1 : 0.75,
      }}
    >
      <Flex gap={6} align="center" wrap>
        <Typography.Text strong style={{ color }}>
          {alertKindLabel(t, alert.kind)}
        </Typography.Text>
        {alert.status === 'acknowledged' ? <AlertStatusTag status={alert.status} /> : null}
        {alert.clearedAt !== null ? (
          <Tooltip title={t('alerts.clearedAt', { time: formatDateTime(alert.clearedAt, language) })}>
            <Tag color="success" data-testid="alert-cleared" style={{ marginInlineEnd: 0 }}>
              {t('alerts.cleared')}
            </Tag>
          </Tooltip>
        ) : null}
        {alert.escalatedAt !== null ? (
          <Tag color="error" data-testid="alert-escalated" style={{ marginInlineEnd: 0 }}>
            {t('alerts.escalated')}
          </Tag>
        ) : null}
        {alert.occurrences > 1 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('alerts.occurrences', { count: alert.occurrences })}
          </Typography.Text>
        ) : null}
      </Flex>
      <Flex justify="space-between" gap={8} style={{ fontSize: 12 }}>
        <Typography.Text style={{ fontSize: 12 }} data-testid="alert-vehicle">
          {vehicleLabel}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12, fontVariantNumeric: 'tabular-nums' }}>
          {formatDateTime(alert.lastRaisedAt, language)}
        </Typography.Text>
      </Flex>
      {detail ? (
        <Typography.Text
          type="secondary"
          ellipsis={{ tooltip: detail }}
          style={{ fontSize: 12, display: 'block' }}
          data-testid="alert-detail"
        >
          {detail}
        </Typography.Text>
      ) : null}
      {mayAct ? (
        <Flex gap={6} justify="end" style={{ marginTop: 4 }}>
          {alertStepsOf(alert).map((step) => (
            <Button
              key={step}
              size="small"
              type={step === 'acknowledge' ? 'primary' : 'default'}
              data-testid={`alert-${step}`}
              onClick={(event) => {
                // The row itself flies to the vehicle; the button only acts.
                event.stopPropagation();
                onStep(alert, step);
              }}
              onKeyDown={(event) => event.stopPropagation()}
            >
              {t(STEP_LABELS[step])}
            </Button>
          ))}
        </Flex>
      ) : null}
    </li>
  );
});
