import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Flex, Input, Select, Table, Typography } from 'antd';
import type { AuthUser } from '@fleet/auth-model';
import { errorMessageKey, formatDateTime, useRemoteData } from '@fleet/console-admin-pages';
import type { IncidentsApi, IncidentQuery } from '@fleet/console-incidents-api';
import { INCIDENT_STATUSES, type IncidentStatus, type IncidentSummary } from '@fleet/incidents-model';
import { useI18n } from '@fleet/console-i18n';
import { VEHICLE_ID_PATTERN } from '@fleet/telemetry-contract';
import { useNow } from '../hooks/use-now.js';
import { isOverdue } from '../utils/deadline-view.js';
import { mayWriteIncidents } from '../utils/incident-access.js';
import { incidentHref } from '../utils/incident-route.js';
import { DeadlineTags } from './deadline-tags.js';
import { EvidenceStateTag, IncidentKindTag, IncidentStatusTag } from './incident-tags.js';
import { OpenIncidentDialog } from './open-incident-dialog.js';

export type IncidentListProps = { incidents: IncidentsApi; user: AuthUser };

const PAGE = 100;
const REFRESH_MS = 15_000;

/** The incidents of the role's scope, newest first, filtered by status and vehicle; overdue clocks stand out. */
export function IncidentList({ incidents, user }: IncidentListProps) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const now = useNow();
  const [query, setQuery] = useState<IncidentQuery>({ limit: PAGE });
  const [vehicle, setVehicle] = useState('');
  const [opening, setOpening] = useState(false);
  const load = useCallback((signal: AbortSignal) => incidents.list(query, signal), [incidents, query]);
  const list = useRemoteData(load, 'incidents');
  const items = list.data?.items ?? [];
  const { reload } = list;

  // Statuses move on elsewhere (another role's step, an evidence lock): refresh now and then; the clocks tick here.
  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  const applyVehicle = () => {
    const id = vehicle.trim();
    if (id === '' || VEHICLE_ID_PATTERN.test(id)) setQuery({ ...query, vehicleId: id || undefined });
  };

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Typography.Title level={4} style={{ margin: 0, marginInlineEnd: 16 }}>
          {t('incidents.title')}
        </Typography.Title>
        <span data-testid="incidents-filter-status">
          <Select<IncidentStatus>
            allowClear
            placeholder={t('incidents.filter.statusAll')}
            aria-label={t('incidents.filter.status')}
            style={{ width: 140 }}
            value={query.status}
            onChange={(status: IncidentStatus | undefined) => setQuery({ ...query, status })}
            options={INCIDENT_STATUSES.map((s) => ({ value: s, label: t(`incidentStatus.${s}`) }))}
          />
        </span>
        <Input.Search
          placeholder={t('incidents.filter.vehicle')}
          aria-label={t('incidents.filter.vehicle')}
          value={vehicle}
          onChange={(e) => setVehicle(e.target.value)}
          onSearch={applyVehicle}
          enterButton={t('incidents.filter.apply')}
          style={{ width: 260 }}
          data-testid="incidents-filter-vehicle"
        />
        <div style={{ flex: 1 }} />
        {mayWriteIncidents(user.role) ? (
          <Button data-testid="open-incident" onClick={() => setOpening(true)}>
            {t('incidents.open')}
          </Button>
        ) : null}
      </Flex>
      {list.error ? (
        <Alert type="error" showIcon title={t('incidents.loadFailed', { reason: t(errorMessageKey(list.error)) })} />
      ) : null}
      <Table<IncidentSummary>
        data-testid="incidents-table"
        data-loading={list.loading ? 'true' : 'false'}
        data-count={items.length}
        rowKey="id"
        size="small"
        loading={list.loading && !list.data}
        dataSource={items}
        pagination={false}
        onRow={(row) => ({
          'data-overdue': isOverdue(row.deadlines, now) ? 'true' : 'false',
          style: isOverdue(row.deadlines, now) ? { background: 'rgba(220, 38, 38, 0.06)' } : undefined,
        })}
        columns={[
          {
            key: 'id',
            title: t('incidents.column.id'),
            width: 80,
            render: (_, row) => (
              <a href={incidentHref(row.id)} data-testid="incident-link">
                #{row.id}
              </a>
            ),
          },
          { key: 'vehicle', title: t('incidents.column.vehicle'), render: (_, row) => row.vehicleId },
          { key: 'kind', title: t('incidents.column.kind'), render: (_, row) => <IncidentKindTag kind={row.kind} /> },
          {
            key: 'time',
            title: t('incidents.column.time'),
            render: (_, row) => formatDateTime(row.time, language),
          },
          {
            key: 'status',
            title: t('incidents.column.status'),
            render: (_, row) => <IncidentStatusTag status={row.status} />,
          },
          {
            key: 'deadlines',
            title: t('incidents.column.deadlines'),
            render: (_, row) => <DeadlineTags deadlines={row.deadlines} nowMs={now} />,
          },
          {
            key: 'evidence',
            title: t('incidents.column.evidence'),
            render: (_, row) => <EvidenceStateTag state={row.evidenceState} />,
          },
        ]}
      />
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">{t('incidents.count', { count: items.length })}</Typography.Text>
        {items.length >= (query.limit ?? PAGE) ? (
          <Button onClick={() => setQuery({ ...query, limit: (query.limit ?? PAGE) + PAGE })}>
            {t('incidents.more')}
          </Button>
        ) : null}
      </Flex>
      {opening ? (
        <OpenIncidentDialog
          incidents={incidents}
          onClose={() => setOpening(false)}
          onOpened={(incident) => {
            setOpening(false);
            void message.success(t('incidents.open.done', { id: incident.id }));
            window.location.hash = incidentHref(incident.id);
          }}
        />
      ) : null}
    </Flex>
  );
}
