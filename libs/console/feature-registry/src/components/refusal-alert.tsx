import { Alert } from 'antd';
import { useI18n } from '@fleet/console-i18n';
import type { Refusal } from '../types/refusal.js';

export type RefusalAlertProps = {
  refusal: Refusal;
  /** `data-testid` of the alert; it carries the error code as `data-kind`. */
  testId: string;
  /** A headline of its own (e.g. naming the file); the refusal's sentence then follows it. */
  title?: string;
};

/** Why the server refused a registration, with the problems it listed (as it wrote them: they name fields). */
export function RefusalAlert({ refusal, testId, title }: RefusalAlertProps) {
  const { t } = useI18n();
  const sentence = t(refusal.key);
  const issues =
    refusal.issues.length > 0 ? (
      <>
        {t('registry.serverIssues')}
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {refusal.issues.map((issue, i) => (
            <li key={i} data-testid="refusal-issue">
              {issue.path ? <code>{issue.path}</code> : null} {issue.message}
            </li>
          ))}
        </ul>
      </>
    ) : null;
  return (
    <div data-testid={testId} data-kind={refusal.code} role="alert">
      <Alert
        type="error"
        showIcon
        title={title ?? sentence}
        description={
          title || issues ? (
            <>
              {title ? <div>{sentence}</div> : null}
              {issues}
            </>
          ) : undefined
        }
      />
    </div>
  );
}
