import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { World } from '../../../../src/simulator/world/world';
import { call, startTestSim, T0, type TestSim } from '../helpers';

// X's username pattern, as its OpenAPI document gives it (UserName): at most 15 characters.
const X_USERNAME = /^[A-Za-z0-9_]{1,15}$/;
const WEEK = 7 * 24 * 60 * 60 * 1000;

describe('the world’s handles', () => {
  const world = new World('timedeck');

  it('every account’s username fits X’s pattern', () => {
    const misfits = world.cast.users.map((u) => u.username).filter((u) => !X_USERNAME.test(u));
    expect(misfits).toEqual([]);
  });

  it('every @mention in a week of posts names an account that fits X’s pattern', () => {
    const week = world.timeline(T0).filter((p) => p.createdAt > T0 - WEEK);
    const named = new Set(week.flatMap((p) => p.entities.mentions.map((m) => m.username)));
    expect(named.size).toBeGreaterThan(3);
    expect([...named].filter((u) => !X_USERNAME.test(u))).toEqual([]);
  });

  describe('over HTTP', () => {
    let t: TestSim;
    beforeEach(async () => {
      t = await startTestSim();
    });
    afterEach(() => t.close());

    it('the simulator’s own /2/users/by/username finds every account of its world', async () => {
      const token = t.sim.issueTokens('quillory').access_token;
      const missing: string[] = [];
      for (const u of world.cast.users) {
        const res = await call(t.sim, `/2/users/by/username/${u.username}`, { token });
        if (res.status !== 200 || res.body.data?.id !== u.id) missing.push(u.username);
      }
      expect(missing).toEqual([]);
    });
  });
});
