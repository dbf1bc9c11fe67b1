import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Flex, Input, Select } from 'antd';
import type { VehicleApi } from '@fleet/console-live';
import { useI18n } from '@fleet/console-i18n';
import type { ReplayQuery } from '../types/replay-query.js';
import { localInputMs, localInputValue } from '../utils/local-time-input.js';
import { MAX_REPLAY_RANGE_MS, MAX_REPLAY_VEHICLES } from '../utils/replay-route.js';

export type ReplayQueryFormProps = {
  vehicles: VehicleApi;
  /** The replay shown now (the form starts from it), null when none. */
  current: ReplayQuery | null;
  onSubmit: (query: ReplayQuery) => void;
};

type Option = { value: string; label: string };

const HOUR_MS = 3_600_000;

/** Vehicles (searched on the server as one types), a start and an end, and quick ranges. */
export function ReplayQueryForm({ vehicles, current, onSubmit }: ReplayQueryFormProps) {
  const { t } = useI18n();
  const [ids, setIds] = useState<string[]>(current?.vehicleIds ?? []);
  const [from, setFrom] = useState(() => localInputValue(current?.fromMs ?? Date.now() - HOUR_MS));
  const [to, setTo] = useState(() => localInputValue(current?.toMs ?? Date.now()));
  const [found, setFound] = useState<Option[]>([]);
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(() => new Map());
  const [invalid, setInvalid] = useState(false);
  const searchAbort = useRef<AbortController | null>(null);

  useEffect(() => () => searchAbort.current?.abort(), []);

  const search = (q: string) => {
    searchAbort.current?.abort();
    const controller = new AbortController();
    searchAbort.current = controller;
    vehicles
      .search(q.trim(), controller.signal)
      .then(({ items }) => {
        const options = items.slice(0, 50).map((v) => ({ value: v.id, label: `${v.plate}（${v.id}）` }));
        setFound(options);
        setLabels((known) => new Map([...known, ...options.map((o) => [o.value, o.label] as const)]));
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) console.warn('[console] vehicle search failed', error);
      });
  };

  const options = useMemo(() => {
    const shown = new Map(found.map((o) => [o.value, o]));
    for (const id of ids) if (!shown.has(id)) shown.set(id, { value: id, label: labels.get(id) ?? id });
    return [...shown.values()];
  }, [found, ids, labels]);

  const submit = (fromMs = localInputMs(from), toMs = localInputMs(to)) => {
    const ok =
      ids.length > 0 &&
      Number.isFinite(fromMs) &&
      Number.isFinite(toMs) &&
      fromMs < toMs &&
      toMs - fromMs <= MAX_REPLAY_RANGE_MS;
    setInvalid(!ok);
    if (ok) onSubmit({ vehicleIds: ids, fromMs, toMs, atMs: null });
  };

  const lastHours = (hours: number) => {
    const now = Date.now();
    setFrom(localInputValue(now - hours * HOUR_MS));
    setTo(localInputValue(now));
    submit(now - hours * HOUR_MS, now);
  };

  return (
    <Flex gap={8} align="center" wrap data-testid="replay-form">
      <span data-testid="replay-vehicles">
        <Select<string[]>
          mode="multiple"
          value={ids}
          placeholder={t('replay.vehiclesPlaceholder')}
          aria-label={t('replay.vehicles')}
          style={{ minWidth: 280, maxWidth: 520 }}
          maxCount={MAX_REPLAY_VEHICLES}
          filterOption={false}
          showSearch={{ onSearch: search }}
          onFocus={() => search('')}
          onChange={(next) => setIds(next)}
          options={options}
          status={invalid && ids.length === 0 ? 'error' : undefined}
        />
      </span>
      <Input
        type="datetime-local"
        step={1}
        aria-label={t('replay.from')}
        data-testid="replay-from"
        value={from}
        onChange={(e) => setFrom(e.target.value)}
        style={{ width: 200 }}
      />
      <span>—</span>
      <Input
        type="datetime-local"
        step={1}
        aria-label={t('replay.to')}
        data-testid="replay-to"
        value={to}
        onChange={(e) => setTo(e.target.value)}
        style={{ width: 200 }}
      />
      <Button type="primary" data-testid="replay-submit" onClick={() => submit()}>
        {t('replay.show')}
      </Button>
      <Button onClick={() => lastHours(1)}>{t('replay.lastHour')}</Button>
      <Button onClick={() => lastHours(24)}>{t('replay.lastDay')}</Button>
      {invalid ? (
        <span role="alert" style={{ color: 'var(--ant-color-error)' }}>
          {t('replay.invalidQuery')}
        </span>
      ) : null}
    </Flex>
  );
}
