import { memo, useCallback, useMemo, useState } from 'react';
import { Alert, Button, Card, Empty, Flex, Typography } from 'antd';
import type { AlertView } from '@fleet/alerts-model';
import type { AlertsApi } from '@fleet/console-admin-api';
import type { AlertStore, LiveConnection } from '@fleet/console-live';
import { useI18n } from '@fleet/console-i18n';
import { useAlertFeed } from '../hooks/use-alert-feed.js';
import { useAlertStep } from '../hooks/use-alert-step.js';
import { useAlertStoreVersion } from '../hooks/use-alert-store-version.js';
import { useRowsInView } from '../hooks/use-rows-in-view.js';
import type { AlertPanelFilter } from '../types/alert-panel-filter.js';
import { filterAlerts } from '../utils/filter-alerts.js';
import { AlertCountsBar } from './alert-counts-bar.js';
import { AlertListItem } from './alert-list-item.js';
import { AlertNoteDialog } from './alert-note-dialog.js';
import { AlertPanelFilters } from './alert-panel-filters.js';

/** Rows listed at most: the newest matter; the history page has them all. */
const LIST_LIMIT = 200;
/** The shortest an alert row is (two lines and padding); rows are mounted only as they scroll into view. */
const MIN_ROW_PX = 48;
const OVERSCAN_ROWS = 8;

export type AlertPanelProps = {
  alerts: AlertStore;
  api: AlertsApi;
  /** The live socket: the unresolved alerts are loaded again each time it connects. */
  connection: LiveConnection;
  /** The plate of a vehicle the live fleet knows. */
  plateOf: (vehicleId: string) => string | undefined;
  /** Changes when the fleet's vehicles change, so plates are looked up again (the panel skips fleet ticks). */
  fleetLayoutVersion: number;
  /** Acknowledge / resolve are offered. */
  mayAct: boolean;
  /** An alert was clicked: the page flies to it and opens the vehicle. */
  onSelect: (alert: AlertView) => void;
  /** Link to the alert history page. */
  historyHref: string;
};

/**
 * 实时告警 on the live map: unresolved alerts by severity, filtered, newest first, updated in place as pushes
 * arrive; click one to fly to it; acknowledge or resolve with a note. Collapses to its counts.
 */
export const AlertPanel = memo(function AlertPanel({
  alerts,
  api,
  connection,
  plateOf,
  mayAct,
  onSelect,
  historyHref,
}: AlertPanelProps) {
  const { t } = useI18n();
  useAlertStoreVersion(alerts);
  const loadFailed = useAlertFeed(alerts, api, connection);
  const [collapsed, setCollapsed] = useState(false);
  const [filter, setFilter] = useState<AlertPanelFilter>({});
  const applyChange = useCallback((alert: AlertView) => alerts.applyChange(alert), [alerts]);
  const step = useAlertStep(api, applyChange);
  const unresolved = alerts.unresolved();
  const shown = useMemo(() => filterAlerts(unresolved, filter), [unresolved, filter]);
  const labelOf = (vehicleId: string) => plateOf(vehicleId) ?? vehicleId;
  // Thousands of vehicles raise alerts faster than anyone scrolls: mounting all 200 rows on each refresh cost more
  // than everything else on the page, so only the rows in view (and a few more) are mounted.
  const listView = useRowsInView(MIN_ROW_PX, OVERSCAN_ROWS);
  const listed = Math.min(shown.length, LIST_LIMIT);
  const mounted = shown.slice(0, Math.min(listed, listView.count));

  return (
    <Card
      size="small"
      data-testid="alert-panel"
      data-collapsed={collapsed}
      data-loaded={alerts.isLoaded}
      title={t('alerts.panel.title')}
      extra={
        <Flex gap={4} align="center">
          <Typography.Link href={historyHref} style={{ fontSize: 12 }} data-testid="alert-panel-history">
            {t('alerts.panel.history')}
          </Typography.Link>
          <Button
            size="small"
            type="text"
            data-testid="alert-panel-toggle"
            aria-expanded={!collapsed}
            onClick={() => setCollapsed((c) => !c)}
          >
            {collapsed ? t('alerts.panel.expand') : t('alerts.panel.collapse')}
          </Button>
        </Flex>
      }
      style={{ width: '100%', maxHeight: '100%', display: 'flex', flexDirection: 'column' }}
      styles={{ body: { padding: 8, display: 'flex', flexDirection: 'column', gap: 8, minHeight: 0, flex: 1 } }}
    >
      <AlertCountsBar
        counts={alerts.isLoaded ? alerts.counts() : null}
        selected={filter.severity}
        onSelect={(severity) => setFilter((f) => ({ ...f, severity }))}
      />
      {collapsed ? null : (
        <>
          <AlertPanelFilters filter={filter} onChange={setFilter} />
          {loadFailed ? <Alert type="warning" showIcon title={t('alerts.panel.loadFailed')} /> : null}
          <div ref={listView.ref} style={{ overflowY: 'auto', minHeight: 0, flex: 1 }}>
            {shown.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('alerts.panel.empty')} />
            ) : (
              <ul
                data-testid="alert-list"
                data-count={shown.length}
                style={{ listStyle: 'none', margin: 0, padding: 0 }}
              >
                {mounted.map((alert) => (
                  <AlertListItem
                    key={alert.id}
                    alert={alert}
                    vehicleLabel={labelOf(alert.vehicleId)}
                    mayAct={mayAct}
                    onSelect={onSelect}
                    onStep={step.start}
                  />
                ))}
              </ul>
            )}
            {/* Stands in for the rows not mounted yet, so the scrollbar is as long as the list. */}
            {listed > mounted.length ? (
              <div aria-hidden style={{ height: (listed - mounted.length) * MIN_ROW_PX }} />
            ) : null}
          </div>
          {shown.length > LIST_LIMIT ? (
            <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
              {t('alerts.panel.shown', { shown: LIST_LIMIT, total: shown.length })}
            </Typography.Text>
          ) : null}
        </>
      )}
      {step.pending ? (
        <AlertNoteDialog
          key={`${step.pending.alert.id}-${step.pending.step}`}
          alert={step.pending.alert}
          step={step.pending.step}
          vehicleLabel={labelOf(step.pending.alert.vehicleId)}
          working={step.working}
          onConfirm={step.confirm}
          onCancel={step.cancel}
        />
      ) : null}
    </Card>
  );
});
