import { CONSOLE_PAGES, type ConsolePage } from '@fleet/console-ui';

/**
 * Pages are hash routes (`#/audit`, `#/accounts`; the map is `#/` or no hash): the API serves the console as
 * static files, so a hash keeps every page reachable by link and reload without server routes or a router library.
 */
export function pageFromHash(hash: string): ConsolePage | null {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  if (name === '') return 'live';
  return CONSOLE_PAGES.find((page) => page === name) ?? null;
}

export function hrefOfPage(page: ConsolePage): string {
  return page === 'live' ? '#/' : `#/${page}`;
}

/** The page to show: the one asked for when the role has it, else the live map (the first page of every role). */
export function shownPage(requested: ConsolePage | null, allowed: readonly ConsolePage[]): ConsolePage {
  return requested !== null && allowed.includes(requested) ? requested : 'live';
}
