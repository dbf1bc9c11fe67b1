import { isAlertKind } from '@fleet/rules';
import type { Translate } from '@fleet/console-i18n';

/** The name of an alert kind; a kind the server added after this console was built is shown raw, not hidden. */
export function alertKindLabel(t: Translate, kind: string): string {
  return isAlertKind(kind) ? t(`alertKind.${kind}`) : kind;
}
