import { useCallback, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Row, Spin, Typography } from 'antd';
import type { AuthUser } from '@fleet/auth-model';
import type { AdminApi } from '@fleet/console-admin-api';
import { errorMessageKey, formatDateTime, useRemoteData } from '@fleet/console-admin-pages';
import type { IncidentsApi } from '@fleet/console-incidents-api';
import type { VehicleApi } from '@fleet/console-live';
import type { RasterTileLayerProps } from '@fleet/console-map';
import { replayHref, replaySourcesOf, ReplayView } from '@fleet/console-replay';
import type { IncidentDetail } from '@fleet/incidents-model';
import { useI18n } from '@fleet/console-i18n';
import { useNow } from '../hooks/use-now.js';
import { mayEditReport, mayWriteIncidents } from '../utils/incident-access.js';
import { incidentMarker } from '../utils/incident-marker.js';
import { INCIDENTS_HREF } from '../utils/incident-route.js';
import { saveJsonFile } from '../utils/save-json-file.js';
import { AttachmentsPanel } from './attachments-panel.js';
import { DeadlineTags } from './deadline-tags.js';
import { EvidencePanel } from './evidence-panel.js';
import { IncidentHistory } from './incident-history.js';
import { IncidentPrintView } from './incident-print-view.js';
import { IncidentReportForm } from './incident-report-form.js';
import { IncidentKindTag, IncidentStatusTag } from './incident-tags.js';
import { IncidentWorkflowBar } from './incident-workflow-bar.js';

export type IncidentDetailViewProps = {
  id: number;
  api: AdminApi;
  incidents: IncidentsApi;
  vehicles: VehicleApi;
  user: AuthUser;
  raster: RasterTileLayerProps | null;
};

const REPLAY_HEIGHT = 620;

/** One incident: clocks, workflow, report, evidence (verifiable), attachments, history and the replay of its window. */
export function IncidentDetailView({ id, api, incidents, vehicles, user, raster }: IncidentDetailViewProps) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const now = useNow();
  const load = useCallback((signal: AbortSignal) => incidents.get(id, signal), [incidents, id]);
  const remote = useRemoteData(load, 'incident');
  // The answer of the last change made here, until a reload brings it (or something newer).
  const [changed, setChanged] = useState<IncidentDetail | null>(null);
  const incident = changed && changed.id === id ? changed : (remote.data ?? null);
  const sources = useMemo(() => replaySourcesOf(vehicles, api.alerts), [vehicles, api.alerts]);
  const marker = useMemo(() => (incident ? [incidentMarker(incident)] : []), [incident]);
  const replayQuery = useMemo(
    () =>
      incident
        ? {
            vehicleIds: [incident.vehicleId],
            fromMs: Date.parse(incident.window.from),
            toMs: Date.parse(incident.window.to),
            atMs: null,
          }
        : null,
    [incident],
  );

  const reload = () => {
    setChanged(null);
    remote.reload();
  };

  const exportPackage = async () => {
    try {
      const pkg = await incidents.exportPackage(id);
      const name = `incident-${id}-package.json`;
      saveJsonFile(name, pkg);
      void message.success(t('incidents.exported', { name }));
    } catch (error) {
      void message.error(t(errorMessageKey(error)));
    }
  };

  if (remote.error && !incident) {
    return (
      <Alert type="error" showIcon title={t('incidents.loadFailed', { reason: t(errorMessageKey(remote.error)) })} />
    );
  }
  if (!incident || !replayQuery) return <Spin />;

  return (
    <>
      <Flex
        vertical
        gap={12}
        data-print="screen"
        data-testid="incident-detail"
        data-incident-id={incident.id}
        data-status={incident.status}
      >
        <Flex gap={12} align="center" wrap>
          <a href={INCIDENTS_HREF} data-testid="incident-back">
            ← {t('incidents.back')}
          </a>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('incidents.detailTitle', { id: incident.id })}
          </Typography.Title>
          <IncidentKindTag kind={incident.kind} />
          <IncidentStatusTag status={incident.status} />
          <DeadlineTags deadlines={incident.deadlines} nowMs={now} />
          <div style={{ flex: 1 }} />
          <IncidentWorkflowBar incident={incident} incidents={incidents} role={user.role} onChanged={setChanged} />
          <Button data-testid="incident-export" onClick={() => void exportPackage()}>
            {t('incidents.export')}
          </Button>
          <Button data-testid="incident-print-button" onClick={() => window.print()}>
            {t('incidents.print')}
          </Button>
        </Flex>
        <Descriptions
          size="small"
          column={4}
          items={[
            { key: 'vehicle', label: t('incidents.column.vehicle'), children: incident.vehicleId },
            { key: 'time', label: t('incidents.column.time'), children: formatDateTime(incident.time, language) },
            { key: 'openedAt', label: t('incidents.openedAt'), children: formatDateTime(incident.openedAt, language) },
            {
              key: 'openedBy',
              label: t('incidents.openedBy'),
              children: incident.openedBy ?? t('incidents.openedBySystem'),
            },
          ]}
        />
        <Card
          size="small"
          title={t('incidents.replay')}
          extra={
            <Flex gap={12} align="center">
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('incidents.replayHint')}
              </Typography.Text>
              <a
                href={replayHref({ ...replayQuery, atMs: Date.parse(incident.time) })}
                data-testid="incident-open-replay"
              >
                {t('incidents.openReplay')}
              </a>
            </Flex>
          }
          styles={{ body: { height: REPLAY_HEIGHT } }}
        >
          <ReplayView sources={sources} query={replayQuery} raster={raster} extraMarkers={marker} />
        </Card>
        <Row gutter={12}>
          <Col span={14}>
            <Card size="small" title={t('report.title')}>
              <IncidentReportForm
                key={`${incident.id}:${incident.reportUpdatedAt ?? ''}:${incident.status}`}
                incident={incident}
                incidents={incidents}
                editable={mayEditReport(user.role, incident.status)}
                onSaved={setChanged}
              />
            </Card>
          </Col>
          <Col span={10}>
            <Flex vertical gap={12}>
              <Card size="small" title={t('evidence.title')}>
                <EvidencePanel incident={incident} incidents={incidents} />
              </Card>
              <Card size="small" title={t('attachments.title')}>
                <AttachmentsPanel
                  incident={incident}
                  incidents={incidents}
                  mayUpload={mayWriteIncidents(user.role) && incident.status !== 'closed'}
                  onUploaded={reload}
                />
              </Card>
              <Card size="small" title={t('history.title')}>
                <IncidentHistory history={incident.history} />
              </Card>
            </Flex>
          </Col>
        </Row>
      </Flex>
      <IncidentPrintView incident={incident} />
    </>
  );
}
