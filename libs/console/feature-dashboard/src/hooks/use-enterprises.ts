import { useCallback, useMemo } from 'react';
import type { AdminApi, Enterprise } from '@fleet/console-admin-api';
import { useRemoteData } from '@fleet/console-admin-pages';
import { useI18n } from '@fleet/console-i18n';

export type Enterprises = {
  /** The enterprises the role sees (an operator only its own); empty until loaded. */
  list: readonly Enterprise[];
  /** The enterprise's name in the console's language, its id while unknown. */
  label: (id: string) => string;
};

/** The test entities, for the enterprise filter and to name the series of the charts. */
export function useEnterprises(api: AdminApi): Enterprises {
  const { language } = useI18n();
  const load = useCallback((signal: AbortSignal) => api.enterprises.list(signal), [api]);
  const { data } = useRemoteData(load, 'enterprises');
  return useMemo(() => {
    const list = data ?? [];
    const byId = new Map(list.map((e) => [e.id, e]));
    return {
      list,
      label: (id: string) => {
        const e = byId.get(id);
        return e ? (language === 'en' ? e.nameEn : e.nameZh) : id;
      },
    };
  }, [data, language]);
}
