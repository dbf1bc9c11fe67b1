import { useCallback, useState } from 'react';
import { App } from 'antd';
import type { ReportFile } from '@fleet/console-reports-api';
import { errorMessageKey } from '@fleet/console-admin-pages';
import { useI18n } from '@fleet/console-i18n';
import { saveTextFile } from '../utils/save-text-file.js';

/** Fetches an export and saves it as a file (the server's file name, else `fallbackName`), saying how it went. */
export function useReportDownload(): {
  downloading: string | null;
  download: (what: string, fetchFile: () => Promise<ReportFile>, fallbackName: string) => void;
} {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [downloading, setDownloading] = useState<string | null>(null);
  const download = useCallback(
    (what: string, fetchFile: () => Promise<ReportFile>, fallbackName: string) => {
      setDownloading(what);
      fetchFile()
        .then(({ text, fileName }) => {
          const name = fileName ?? fallbackName;
          saveTextFile(text, name, 'text/csv;charset=utf-8');
          void message.success(t('reports.downloaded', { name }));
        })
        .catch((error: unknown) => {
          console.warn(`[console] downloading ${what} failed`, error);
          void message.error(t(errorMessageKey(error)));
        })
        .finally(() => setDownloading(null));
    },
    [message, t],
  );
  return { downloading, download };
}
