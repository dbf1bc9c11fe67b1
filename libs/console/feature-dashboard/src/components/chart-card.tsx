import { Card, Empty } from 'antd';
import { useI18n } from '@fleet/console-i18n';
import type { ChartOption } from '../utils/chart-option.js';
import { EChart } from './echart.js';

export type ChartCardProps = {
  title: string;
  option: ChartOption | null;
  /** False: the period has nothing to draw, said in words instead of empty axes. */
  hasData: boolean;
  loading: boolean;
  testId: string;
  height?: number;
};

/** A titled card holding one chart. */
export function ChartCard({ title, option, hasData, loading, testId, height = 280 }: ChartCardProps) {
  const { t, language } = useI18n();
  return (
    <Card size="small" title={title} loading={loading && option === null} data-testid={`${testId}-card`}>
      {option && hasData ? (
        <EChart
          option={option}
          label={title}
          height={height}
          locale={language === 'en' ? 'EN' : 'ZH'}
          testId={testId}
        />
      ) : (
        <div style={{ height, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('dashboard.noData')}
            data-testid={`${testId}-empty`}
          />
        </div>
      )}
    </Card>
  );
}
