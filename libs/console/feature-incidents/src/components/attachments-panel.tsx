import { useRef, useState } from 'react';
import { App, Button, List } from 'antd';
import { errorMessageKey, formatDateTime } from '@fleet/console-admin-pages';
import type { IncidentsApi } from '@fleet/console-incidents-api';
import type { IncidentDetail } from '@fleet/incidents-model';
import { useI18n } from '@fleet/console-i18n';
import { MONO_FONT_FAMILY } from '@fleet/console-ui';
import { bytesToBase64, MAX_ATTACHMENT_BYTES, sizeText } from '../utils/file-base64.js';
import { saveBlob } from '../utils/save-blob.js';

export type AttachmentsPanelProps = {
  incident: IncidentDetail;
  incidents: IncidentsApi;
  mayUpload: boolean;
  onUploaded: () => void;
};

/** Files kept with the incident (photos, the police report…), each with its SHA-256 as the platform computed it. */
export function AttachmentsPanel({ incident, incidents, mayUpload, onUploaded }: AttachmentsPanelProps) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement | null>(null);
  const [uploading, setUploading] = useState(false);

  const upload = async (file: File) => {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      void message.error(t('attachments.tooLarge', { mb: MAX_ATTACHMENT_BYTES / 1024 / 1024 }));
      return;
    }
    setUploading(true);
    try {
      const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      await incidents.upload(incident.id, {
        fileName: file.name,
        contentType: file.type || 'application/octet-stream',
        contentBase64,
      });
      void message.success(t('attachments.uploaded', { name: file.name }));
      onUploaded();
    } catch (error) {
      void message.error(t(errorMessageKey(error)));
    } finally {
      setUploading(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div data-testid="incident-attachments">
      <List
        size="small"
        locale={{ emptyText: t('attachments.none') }}
        dataSource={incident.attachments}
        renderItem={(a) => (
          <List.Item
            data-testid="incident-attachment"
            data-sha256={a.sha256}
            actions={[
              <Button
                key="download"
                size="small"
                type="link"
                data-testid="attachment-download"
                onClick={() => {
                  incidents
                    .attachment(incident.id, a.id)
                    .then((blob) => saveBlob(a.fileName, blob))
                    .catch((error: unknown) => void message.error(t(errorMessageKey(error))));
                }}
              >
                {t('attachments.download')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={a.fileName}
              description={
                <>
                  {sizeText(a.sizeBytes)} · {a.uploadedBy} · {formatDateTime(a.uploadedAt, language)}
                  <div style={{ fontFamily: MONO_FONT_FAMILY, fontSize: 11, wordBreak: 'break-all' }}>
                    SHA-256 {a.sha256}
                  </div>
                </>
              }
            />
          </List.Item>
        )}
      />
      {mayUpload ? (
        <div data-print="hide">
          <input
            ref={input}
            type="file"
            hidden
            data-testid="attachment-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(file);
            }}
          />
          <Button loading={uploading} data-testid="attachment-upload" onClick={() => input.current?.click()}>
            {t('attachments.upload')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
