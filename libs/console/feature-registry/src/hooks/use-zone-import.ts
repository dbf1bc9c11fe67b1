import { useCallback, useState } from 'react';
import type { ZonesApi } from '@fleet/console-admin-api';
import type { ZoneImportFailure } from '../types/zone-import-failure.js';
import { readZoneFile } from '../utils/read-zone-file.js';
import { refusalOf } from '../utils/refusal-of.js';

export type ZoneImport = {
  importing: boolean;
  /** Why the last file was not imported; null after a success or before any file. */
  failure: ZoneImportFailure | null;
  importFile: (file: File) => void;
};

/**
 * Imports a zones file chosen in the browser: read and outlined here, judged by the server, whose list of
 * problems (malformed rings, corridors without a width…) is kept to show as it wrote it.
 */
export function useZoneImport(api: ZonesApi, onImported: (count: number) => void): ZoneImport {
  const [importing, setImporting] = useState(false);
  const [failure, setFailure] = useState<ZoneImportFailure | null>(null);

  const importFile = useCallback(
    (file: File) => {
      setImporting(true);
      setFailure(null);
      const fail = (refusal: ZoneImportFailure['refusal']) => setFailure({ fileName: file.name, refusal });
      file
        .text()
        .then(async (text) => {
          const reading = readZoneFile(text);
          if ('problem' in reading) {
            const key = reading.problem === 'not_json' ? 'zones.notJson' : 'zones.notCollection';
            fail({ key, code: reading.problem, issues: [] });
            return;
          }
          onImported(await api.import(reading.collection));
        })
        .catch((error: unknown) => {
          console.warn('[console] zones import refused', error);
          fail(refusalOf(error, { payload_too_large: 'zones.tooLarge', invalid_request: 'registry.refused' }));
        })
        .finally(() => setImporting(false));
    },
    [api, onImported],
  );

  return { importing, failure, importFile };
}
