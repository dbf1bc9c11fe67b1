import { describe, expect, it } from 'vitest';
import { hrefOfPage, pageFromHash, shownPage } from './console-route.js';

describe(pageFromHash.name, () => {
  it('reads the page from the hash, the map without one', () => {
    expect(pageFromHash('')).toBe('live');
    expect(pageFromHash('#/')).toBe('live');
    expect(pageFromHash('#/audit')).toBe('audit');
    expect(pageFromHash('#accounts')).toBe('accounts');
    expect(pageFromHash('#/audit?x=1')).toBe('audit');
  });

  it('gives null for a page that does not exist', () => {
    expect(pageFromHash('#/secrets')).toBeNull();
  });

  it('reads back every link it makes', () => {
    for (const page of ['live', 'registry', 'audit', 'accounts'] as const)
      expect(pageFromHash(hrefOfPage(page))).toBe(page);
  });
});

describe(shownPage.name, () => {
  it('shows the page asked for when the role has it, else the map', () => {
    expect(shownPage('audit', ['live', 'audit'])).toBe('audit');
    expect(shownPage('accounts', ['live', 'audit'])).toBe('live');
    expect(shownPage(null, ['live', 'audit', 'accounts'])).toBe('live');
  });
});
