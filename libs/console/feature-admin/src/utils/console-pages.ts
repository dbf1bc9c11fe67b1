import type { Role } from '@fleet/auth-model';
import { CONSOLE_PAGES, type ConsolePage } from '@fleet/console-ui';

/** Pages only some roles may open; every other page is in everyone's menu, in the menu's order. */
const RESTRICTED_TO: Partial<Record<ConsolePage, readonly Role[]>> = {
  audit: ['admin', 'regulator'],
  accounts: ['admin'],
};

/**
 * The pages a role finds in the menu. Convenience only: the server refuses every call a role may not make, so
 * a page opened by hand would show a refusal, never data.
 */
export function pagesFor(role: Role): readonly ConsolePage[] {
  return CONSOLE_PAGES.filter((page) => RESTRICTED_TO[page]?.includes(role) ?? true);
}
