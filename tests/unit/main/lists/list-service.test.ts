import { afterEach, describe, expect, it } from 'vitest';
import { bootServices } from '../../../support/services-rig';
import { OWN_PAGE } from '../../../support/timebox-rig';
import type { OwnedLists } from '../../../../src/shared/lists/schema';
import type { Result } from '../../../../src/shared/errors';

/**
 * The List column's picker asks main for the lists an account owns; main reads them from X
 * (here the demo simulator, over real HTTP, whose owned_lists is contract-tested against X's
 * OpenAPI document) as that account.
 */

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function boot() {
  const rig = await bootServices();
  close = rig.services.close;
  const { brand, personal } = rig.services.simulator!.accounts;
  const owned = (accountId: string) =>
    rig.services.router.dispatch('lists.owned', { accountId }, OWN_PAGE) as Promise<
      Result<OwnedLists>
    >;
  return { ...rig, brand, personal, owned };
}

describe('lists.owned', () => {
  it('answers each account’s own lists, newest first, and only theirs', async () => {
    const { brand, personal, owned } = await boot();
    const brandLists = await owned(brand.id);
    expect(brandLists).toMatchObject({ ok: true, value: { more: false } });
    const names = (r: typeof brandLists) => (r.ok ? r.value.lists.map((l) => l.name) : []);
    expect(names(brandLists)).toEqual(['Trade & wholesale', 'Stationery peers']);
    expect(names(await owned(personal.id))).toEqual(['Pen friends', 'Bristol']);
    const first = brandLists.ok ? brandLists.value.lists[0]! : null;
    expect(first?.id).toMatch(/^\d{1,19}$/);
    expect(first?.memberCount).toBeGreaterThan(0);
  });

  it('refuses an account that is not signed in, asking X nothing', async () => {
    const { services, owned } = await boot();
    const before = services.simulator!.controls.requests().length;
    expect(await owned('999')).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    expect(services.simulator!.controls.requests()).toHaveLength(before);
  });

  it('says what X said when it cannot answer, and answers again once X is back', async () => {
    const { services, brand, owned } = await boot();
    services.simulator!.controls.fault({ kind: '503' });
    const failed = await owned(brand.id);
    expect(failed).toMatchObject({ ok: false, error: { kind: 'x' } });
    services.simulator!.controls.clearFaults();
    expect(await owned(brand.id)).toMatchObject({ ok: true });
  });

  it('refuses while the time box has locked every deck', async () => {
    const { clock, brand, owned } = await boot();
    clock.advance(31 * 60_000);
    expect(await owned(brand.id)).toMatchObject({ ok: false, error: { kind: 'locked' } });
  });
});
