import { DatePicker, Flex, Segmented } from 'antd';
import { useI18n } from '@fleet/console-i18n';
import { PERIOD_PRESETS, type PeriodPreset, type ReportPeriod } from '../types/report-period.js';
import { startOfShanghaiDay } from '../utils/shanghai-days.js';

/** The picker's value: antd's date objects, read only through `toDate()` so the console needs no date library. */
type PickedRange = readonly [{ toDate(): Date } | null, { toDate(): Date } | null] | null;

const DAY_MS = 86_400_000;

export type PeriodPickerProps = {
  /** The preset shown as chosen; null while a range picked by hand applies. */
  preset: PeriodPreset | null;
  onPreset: (preset: PeriodPreset) => void;
  /** A range of whole days picked by hand (the end day included). */
  onRange: (period: ReportPeriod) => void;
  testId: string;
};

/** 近 7 天 … 近 6 个月 in one click, or whole days picked by hand. */
export function PeriodPicker({ preset, onPreset, onRange, testId }: PeriodPickerProps) {
  const { t } = useI18n();
  return (
    <Flex gap={8} align="center" data-testid={testId}>
      <Segmented<PeriodPreset | 'custom'>
        size="small"
        value={preset ?? 'custom'}
        onChange={(next) => {
          if (next !== 'custom') onPreset(next);
        }}
        options={PERIOD_PRESETS.map((p) => ({
          value: p,
          label: <span data-testid={`${testId}-${p}`}>{t(`dashboard.range.${p}`)}</span>,
        }))}
      />
      <DatePicker.RangePicker
        size="small"
        // Uncontrolled: a preset does not fill it; the key clears it when a preset is chosen again.
        key={preset ?? 'custom'}
        aria-label={t('dashboard.range')}
        onChange={(range: PickedRange) => {
          const from = range?.[0]?.toDate();
          const to = range?.[1]?.toDate();
          if (from && to) {
            onRange({
              from: startOfShanghaiDay(from.getTime()),
              to: new Date(startOfShanghaiDay(to.getTime()).getTime() + DAY_MS),
            });
          }
        }}
      />
    </Flex>
  );
}
