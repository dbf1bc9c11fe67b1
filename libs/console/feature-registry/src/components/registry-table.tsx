import { Table, type TableProps } from 'antd';
import { useI18n } from '@fleet/console-i18n';

export type RegistryTableProps<T> = {
  /** `data-testid` of the wrapper, which also carries `data-count` (rows shown) and `data-loading`. */
  testId: string;
  rows: readonly T[];
  loading: boolean;
  columns: NonNullable<TableProps<T>['columns']>;
  /** Server-side paging; none means every row on one page. */
  pagination?: TableProps<T>['pagination'];
  /** How many match in all, when that is more than the rows shown (`data-total`). */
  total?: number;
};

/** A registry list: small rows keyed by id, scrolling sideways on narrow screens. */
export function RegistryTable<T extends { id: string }>({
  testId,
  rows,
  loading,
  columns,
  pagination = false,
  total,
}: RegistryTableProps<T>) {
  const { t } = useI18n();
  return (
    <div
      data-testid={testId}
      data-count={rows.length}
      data-total={total}
      data-loading={loading}
      style={{ overflowX: 'auto' }}
    >
      <Table<T>
        size="small"
        rowKey="id"
        loading={loading}
        pagination={pagination}
        dataSource={rows}
        locale={{ emptyText: t('common.empty') }}
        columns={columns}
      />
    </div>
  );
}
