import { describe, expect, it } from 'vitest';
import { SessionValidity } from './session-validity.js';

describe(SessionValidity.name, () => {
  it('asks the database once per session within the cache time, and again after it', async () => {
    const asked: string[] = [];
    let active = true;
    const validity = new SessionValidity((id) => {
      asked.push(id);
      return Promise.resolve(active);
    }, 5_000);
    expect(await validity.check('s', 0)).toBe(true);
    active = false;
    expect(await validity.check('s', 4_999)).toBe(true);
    expect(await validity.check('s', 5_000)).toBe(false);
    expect(asked).toEqual(['s', 's']);
  });

  it('stops honouring a session this instance revoked without waiting for the cache', async () => {
    const validity = new SessionValidity(() => Promise.resolve(true), 60_000);
    expect(await validity.check('s', 0)).toBe(true);
    validity.forget('s');
    expect(await validity.check('s', 1)).toBe(false);
  });
});
