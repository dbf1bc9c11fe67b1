import { useCallback, useMemo, useRef } from 'react';
import { App, Button, Tag, Typography } from 'antd';
import type { ZonesApi } from '@fleet/console-admin-api';
import { useRemoteData } from '@fleet/console-admin-pages';
import { useI18n } from '@fleet/console-i18n';
import { ZONE_COLORS } from '@fleet/console-tokens';
import { useZoneImport } from '../hooks/use-zone-import.js';
import type { ZoneRow } from '../types/zone-row.js';
import { downloadJson } from '../utils/download-json.js';
import { zoneRowsOf } from '../utils/zone-rows.js';
import { zonesFileName } from '../utils/zones-file-name.js';
import { LoadErrorAlert } from './load-error-alert.js';
import { RefusalAlert } from './refusal-alert.js';
import { RegistryTable } from './registry-table.js';
import { TabToolbar } from './tab-toolbar.js';

export type ZonesTabProps = { api: ZonesApi; mayEdit: boolean };

/**
 * 许可区域: the approved areas and road corridors. Everyone exports them as a GeoJSON file; admin and regulator
 * import a file of zones (added, or replaced by id).
 */
export function ZonesTab({ api, mayEdit }: ZonesTabProps) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const load = useCallback((signal: AbortSignal) => api.list(signal), [api]);
  const zones = useRemoteData(load, 'zones');
  const reload = zones.reload;
  const rows = useMemo(() => (zones.data ? zoneRowsOf(zones.data) : []), [zones.data]);
  const fileInput = useRef<HTMLInputElement>(null);
  const imported = useCallback(
    (count: number) => {
      void message.success(t('zones.imported', { count }));
      reload();
    },
    [message, t, reload],
  );
  const zoneImport = useZoneImport(api, imported);

  return (
    <>
      <TabToolbar
        summary={<Typography.Text type="secondary">{t('zones.count', { count: rows.length })}</Typography.Text>}
        refreshTestId="zones-refresh"
        onRefresh={reload}
        actions={
          <>
            <Button
              size="small"
              data-testid="zones-export"
              disabled={!zones.data}
              onClick={() => {
                if (zones.data) downloadJson(zones.data, zonesFileName(new Date()), 'application/geo+json');
              }}
            >
              {t('zones.export')}
            </Button>
            {mayEdit ? (
              <>
                <input
                  ref={fileInput}
                  type="file"
                  accept=".geojson,.json,application/geo+json,application/json"
                  data-testid="zones-import-file"
                  style={{ display: 'none' }}
                  onChange={(event) => {
                    const file = event.target.files?.[0];
                    // Cleared so choosing the same (corrected) file again still counts as a change.
                    event.target.value = '';
                    if (file) zoneImport.importFile(file);
                  }}
                />
                <Button
                  size="small"
                  type="primary"
                  data-testid="zones-import"
                  title={t('zones.importHint')}
                  loading={zoneImport.importing}
                  onClick={() => fileInput.current?.click()}
                >
                  {t('zones.import')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      {zoneImport.failure ? (
        <div style={{ marginBottom: 12 }}>
          <RefusalAlert
            refusal={zoneImport.failure.refusal}
            testId="zones-import-error"
            title={t('zones.importFailed', { file: zoneImport.failure.fileName })}
          />
        </div>
      ) : null}
      {zones.error ? <LoadErrorAlert error={zones.error} testId="zones-error" onRetry={reload} /> : null}
      <RegistryTable<ZoneRow>
        testId="zones-table"
        rows={rows}
        loading={zones.loading}
        columns={[
          { key: 'id', title: t('zones.column.id'), dataIndex: 'id' },
          {
            key: 'name',
            title: t('zones.column.name'),
            render: (_, z) => (language === 'en' ? z.nameEn : z.nameZh),
          },
          {
            key: 'type',
            title: t('zones.column.type'),
            render: (_, z) => (
              <Tag data-zone-type={z.type} color={ZONE_COLORS[z.type]}>
                {t(`zones.type.${z.type}`)}
              </Tag>
            ),
          },
          {
            key: 'width',
            title: t('zones.column.width'),
            align: 'right',
            render: (_, z) => (
              <span data-width={z.widthM ?? ''}>
                {z.widthM === null ? t('common.none') : t('zones.widthValue', { value: z.widthM })}
              </span>
            ),
          },
        ]}
      />
    </>
  );
}
