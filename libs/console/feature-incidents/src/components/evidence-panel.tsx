import { useState } from 'react';
import { Alert, Button, Descriptions, Typography } from 'antd';
import { errorMessageKey, formatDateTime } from '@fleet/console-admin-pages';
import type { IncidentsApi } from '@fleet/console-incidents-api';
import type { EvidenceVerifyResult, IncidentDetail } from '@fleet/incidents-model';
import { useI18n } from '@fleet/console-i18n';
import { MONO_FONT_FAMILY } from '@fleet/console-ui';
import { EvidenceStateTag } from './incident-tags.js';

export type EvidencePanelProps = { incident: IncidentDetail; incidents: IncidentsApi };

/** The locked evidence: state, window, sample and event counts, the chain's digest, and a verify button. */
export function EvidencePanel({ incident, incidents }: EvidencePanelProps) {
  const { t, language } = useI18n();
  const [result, setResult] = useState<EvidenceVerifyResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const { evidence } = incident;

  const verify = async () => {
    setChecking(true);
    setError(null);
    try {
      setResult(await incidents.verify(incident.id));
    } catch (e) {
      setError(t(errorMessageKey(e)));
    } finally {
      setChecking(false);
    }
  };

  return (
    <div data-testid="incident-evidence">
      <Descriptions
        size="small"
        column={1}
        bordered
        styles={{ label: { width: 130, whiteSpace: 'nowrap' } }}
        items={[
          { key: 'state', label: t('evidence.title'), children: <EvidenceStateTag state={evidence.state} /> },
          {
            key: 'window',
            label: t('incidents.window'),
            children: `${formatDateTime(incident.window.from, language)} — ${formatDateTime(incident.window.to, language)}`,
          },
          {
            key: 'lockedAt',
            label: t('evidence.lockedAt'),
            children: evidence.lockedAt ? formatDateTime(evidence.lockedAt, language) : t('evidence.pendingHint'),
          },
          {
            key: 'samples',
            label: t('evidence.samples'),
            children: <span data-testid="evidence-sample-count">{evidence.sampleCount}</span>,
          },
          {
            key: 'events',
            label: t('evidence.events'),
            children: <span data-testid="evidence-event-count">{evidence.eventCount}</span>,
          },
          {
            key: 'digest',
            label: t('evidence.digest'),
            children: evidence.digest ? (
              <Typography.Text copyable style={{ fontFamily: MONO_FONT_FAMILY, fontSize: 11, wordBreak: 'break-all' }}>
                {evidence.digest}
              </Typography.Text>
            ) : (
              '–'
            ),
          },
        ]}
      />
      <div style={{ marginTop: 8 }} data-print="hide">
        <Button
          data-testid="evidence-verify"
          loading={checking}
          disabled={evidence.state !== 'locked'}
          onClick={() => void verify()}
        >
          {t('evidence.verify')}
        </Button>
      </div>
      {result ? (
        <Alert
          style={{ marginTop: 8 }}
          type={result.valid ? 'success' : 'error'}
          showIcon
          data-testid="evidence-verify-result"
          data-valid={result.valid ? 'true' : 'false'}
          title={result.valid ? t('evidence.valid') : t('evidence.invalid', { reason: result.reason ?? '' })}
          description={t('evidence.checkedAt', {
            time: formatDateTime(result.checkedAt, language),
            samples: result.sampleCount,
            events: result.eventCount,
          })}
        />
      ) : null}
      {error ? <Alert style={{ marginTop: 8 }} type="error" showIcon title={error} /> : null}
    </div>
  );
}
