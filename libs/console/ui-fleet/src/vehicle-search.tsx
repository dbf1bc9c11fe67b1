import { AutoComplete, Input } from 'antd';
import type { VehicleCategory } from '@fleet/fleet-model';
import { PALETTE } from '@fleet/console-tokens';
import { useI18n } from '@fleet/console-i18n';
import { VehicleGlyph } from './vehicle-glyph.js';

export type VehicleSearchOption = { id: string; plate: string; vin: string; category: VehicleCategory };

export type VehicleSearchProps = {
  query: string;
  options: readonly VehicleSearchOption[];
  /** True when the last submitted query matched nothing. */
  notFound: boolean;
  onQueryChange: (query: string) => void;
  /** Enter in the box: pick the best match (the container may ask the server). */
  onSubmit: (query: string) => void;
  onPick: (id: string) => void;
};

/** Plate / VIN / id search box with suggestions. */
export function VehicleSearch({ query, options, notFound, onQueryChange, onSubmit, onPick }: VehicleSearchProps) {
  const { t } = useI18n();
  return (
    <AutoComplete
      data-testid="vehicle-search"
      value={query}
      style={{ width: 230 }}
      popupMatchSelectWidth={320}
      onSearch={onQueryChange}
      onSelect={(id: string) => onPick(id)}
      options={options.map((o) => ({
        value: o.id,
        label: (
          <span data-testid="vehicle-search-option" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <VehicleGlyph category={o.category} color={PALETTE.brand} size={14} title={t(`category.${o.category}`)} />
            <span style={{ fontWeight: 600 }}>{o.plate}</span>
            <span style={{ color: PALETTE.inkMuted, fontSize: 12 }}>{o.vin}</span>
          </span>
        ),
      }))}
    >
      <Input.Search
        data-testid="vehicle-search-input"
        allowClear
        status={notFound ? 'warning' : undefined}
        placeholder={notFound ? t('search.notFound') : t('search.placeholder')}
        aria-label={t('search.placeholder')}
        onSearch={(value, _event, info) => {
          if (info?.source !== 'clear') onSubmit(value);
        }}
      />
    </AutoComplete>
  );
}
