import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestSim, type TestSim } from '../helpers';

/** The simulator's own pictures, fetched over real HTTP as the renderer's <img> would. */
let t: TestSim;
let token: string;
beforeAll(async () => {
  t = await startTestSim();
  token = t.sim.issueTokens('quillory').access_token;
});
afterAll(() => t.close());

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

async function fetchImage(url: string) {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

describe('the simulator serves the pictures its answers point to', () => {
  it('gives every author an SVG of their initials from its own origin', async () => {
    const me = await call(t.sim, `/2/users/me?${q({ 'user.fields': 'profile_image_url' })}`, {
      token,
    });
    const url: string = me.body.data.profile_image_url;
    expect(new URL(url).origin).toBe(t.sim.url);
    const image = await fetchImage(url);
    expect(image.status).toBe(200);
    expect(image.type).toMatch(/^image\/svg\+xml/);
    expect(image.text).toContain('>QP</text>');
  });

  it('draws each photo and video preview, titled with its alt text, from its own origin', async () => {
    const res = await call(
      t.sim,
      `/2/tweets/search/recent?${q({ query: 'quillory OR ink OR pen OR converter has:media', expansions: 'attachments.media_keys,author_id', 'media.fields': 'url,preview_image_url,alt_text,variants', 'user.fields': 'profile_image_url', max_results: '100' })}`,
      { token },
    );
    const media: Array<{
      url?: string;
      preview_image_url?: string;
      alt_text?: string;
      variants?: Array<{ url: string }>;
    }> = res.body.includes.media;
    expect(media.length).toBeGreaterThan(0);
    const everyUrl = [
      ...media.flatMap((m) => [
        m.url,
        m.preview_image_url,
        ...(m.variants ?? []).map((v) => v.url),
      ]),
      ...res.body.includes.users.map((u: { profile_image_url: string }) => u.profile_image_url),
    ].filter((u): u is string => u !== undefined);
    for (const u of everyUrl) expect(new URL(u).origin, u).toBe(t.sim.url);

    const first = media.find((m) => m.url ?? m.preview_image_url)!;
    const image = await fetchImage((first.url ?? first.preview_image_url)!);
    expect(image.status).toBe(200);
    expect(image.text).toMatch(/^<svg /);
    expect(image.text).toContain(
      `<title>${first.alt_text!.replace(/&/g, '&#38;').replace(/'/g, '&#39;')}</title>`,
    );
  });

  it('answers 404 for a picture it does not have, and never runs script in one', async () => {
    expect((await fetchImage(`${t.sim.url}/media/avatars/nobody_here.svg`)).status).toBe(404);
    expect((await fetchImage(`${t.sim.url}/media/pictures/..%2Fsecret.svg`)).status).toBe(404);
    const res = await fetch(`${t.sim.url}/media/avatars/quillory.svg`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
