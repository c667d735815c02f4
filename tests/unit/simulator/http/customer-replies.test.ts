import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, startTestSim, type TestSim } from '../helpers';

let t: TestSim;
let brandToken: string;
beforeEach(async () => {
  t = await startTestSim();
  brandToken = t.sim.issueTokens('quillory').access_token;
});
afterEach(() => t.close());

const MIN = 60_000;
const reply = (text: string, to: string, token = brandToken) =>
  call(t.sim, '/2/tweets', {
    method: 'POST',
    token,
    body: { text, reply: { in_reply_to_tweet_id: to } },
  });
/** The brand's mentions that reply to `postId`, as X would list them now. */
async function answersTo(postId: string): Promise<Array<{ id: string; text: string }>> {
  const res = await call(
    t.sim,
    `/2/users/${t.sim.accounts.brand.id}/mentions?max_results=100&tweet.fields=referenced_tweets`,
    { token: brandToken },
  );
  const posts = (res.body.data ?? []) as Array<{
    id: string;
    text: string;
    referenced_tweets?: Array<{ type: string; id: string }>;
  }>;
  return posts.filter((p) => p.referenced_tweets?.some((r) => r.id === postId));
}

describe('customers answer back', () => {
  it('answers the brand’s reply once, 20 to 90 minutes later, mentioning the brand', async () => {
    const question = t.sim.controls.injectPost({
      authorUsername: 'beatrix_b',
      text: '@quillory does the Sepia Tide shade much?',
    });
    const first = await reply('Lots! Try it on cream paper.', question);
    expect(first.status).toBe(201);
    const replyId = first.body.data.id as string;

    t.clock.advance(19 * MIN);
    expect(await answersTo(replyId)).toEqual([]);
    t.clock.advance(72 * MIN);
    const answers = await answersTo(replyId);
    expect(answers).toHaveLength(1);
    expect(answers[0]!.text).toMatch(/^@quillory \S/);

    // A second reply in the same conversation gets no second answer: customers answer once.
    const second = await reply('Glad to help!', answers[0]!.id);
    expect(second.status).toBe(201);
    t.clock.advance(120 * MIN);
    expect(await answersTo(second.body.data.id)).toEqual([]);
  });

  it('the same reply gets the same answer in the same world', async () => {
    const texts: string[] = [];
    for (let run = 0; run < 2; run++) {
      if (run === 1) {
        await t.close();
        t = await startTestSim();
        brandToken = t.sim.issueTokens('quillory').access_token;
      }
      const question = t.sim.controls.injectPost({
        authorUsername: 'beatrix_b',
        text: '@quillory is the Sepia Tide waterproof?',
      });
      const res = await reply('Not quite, but it holds up well.', question);
      t.clock.advance(91 * MIN);
      texts.push((await answersTo(res.body.data.id))[0]!.text);
    }
    expect(texts[0]).toBe(texts[1]);
  });

  it('only customers answer, and only the brand’s or owner’s replies', async () => {
    const peerPost = t.sim.controls.injectPost({
      authorUsername: 'maren_aldous',
      text: '@quillory new display cabinet arrived!',
    });
    const res = await reply('Looks great', peerPost);
    expect(res.status).toBe(201);
    t.clock.advance(120 * MIN);
    expect(await answersTo(res.body.data.id)).toEqual([]);
  });
});
