import type { AlertView } from '@fleet/alerts-model';
import { describe, expect, it } from 'vitest';
import { NO_ALERT_PAGES, withAlertPage, withChangedAlert } from './alert-paging.js';

const alert = (id: number, over: Partial<AlertView> = {}) => ({ id, status: 'open', ...over }) as AlertView;
const ids = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => alert(from - i));

describe(withAlertPage.name, () => {
  it('keeps paging while pages come back full, with the smallest id as the cursor', () => {
    const first = withAlertPage(NO_ALERT_PAGES, ids(100, 91), 10);
    expect(first).toMatchObject({ hasMore: true, beforeId: 91 });
    const second = withAlertPage(first, ids(90, 86), 10);
    expect(second.alerts).toHaveLength(15);
    expect(second).toMatchObject({ hasMore: false, beforeId: 86 });
  });

  it('does not repeat alerts already shown', () => {
    const again = withAlertPage(withAlertPage(NO_ALERT_PAGES, ids(10, 6), 5), ids(7, 3), 5);
    expect(again.alerts.map((a) => a.id)).toEqual([10, 9, 8, 7, 6, 5, 4, 3]);
  });
});

describe(withChangedAlert.name, () => {
  it('replaces the changed alert’s row in place', () => {
    const pages = withAlertPage(NO_ALERT_PAGES, ids(3, 1), 50);
    const changed = withChangedAlert(pages, alert(2, { status: 'resolved' }));
    expect(changed.alerts.map((a) => `${a.id}:${a.status}`)).toEqual(['3:open', '2:resolved', '1:open']);
  });
});
