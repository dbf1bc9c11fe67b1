import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format-date-time.js';

describe(formatDateTime.name, () => {
  it('shows the time in the given zone, to the second, 24-hour', () => {
    expect(formatDateTime('2025-05-01T08:00:05Z', 'zh-CN', 'Asia/Shanghai')).toBe('2025/05/01 16:00:05');
    expect(formatDateTime('2025-05-01T20:00:05Z', 'en', 'Asia/Shanghai')).toMatch(/05\/02\/2025,? 04:00:05/);
  });

  it('shows a dash for an unreadable time', () => {
    expect(formatDateTime('not a time', 'zh-CN')).toBe('—');
  });
});
