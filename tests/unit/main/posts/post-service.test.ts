import { afterEach, describe, expect, it } from 'vitest';
import { createPostService } from '../../../../src/main/posts/post-service';
import { accountsAgainstSimulator } from '../../../support/accounts-fixture';
import { freePort } from '../../../support/free-port';

type Fixture = Awaited<ReturnType<typeof accountsAgainstSimulator>>;
let f: Fixture;
afterEach(async () => f?.sim.close());

async function setup(locked: string | null = null) {
  f = await accountsAgainstSimulator({ callbackPort: await freePort() });
  const { id } = f.keepSignedIn('quillory');
  const sent: Array<[string, boolean]> = [];
  const service = createPostService({
    store: f.store,
    asAccount: (accountId, call) => f.access.run(f.service.sessions, accountId, call),
    accountExists: (a) => a === id,
    lockedFor: () => locked,
    onSent: (a, reply) => sent.push([a, reply]),
  });
  return { id, service, sent };
}

describe('posting and context, against the simulator', () => {
  it('replies to a customer who mentioned the brand, and counts the reply', async () => {
    const { id, service, sent } = await setup();
    const question = f.sim.controls.injectPost({
      authorUsername: 'maren_aldous',
      text: '@quillory does the No. 2 take converters?',
    });
    const { postId } = await service.posts.create({
      accountId: id,
      text: 'It does: any standard international one.',
      inReplyToId: question,
    });
    // X puts the replied-to author's handle in front, as it does for replies.
    expect(f.sim.controls.findPost(postId)).toMatchObject({
      author: 'quillory',
      text: '@maren_aldous It does: any standard international one.',
    });
    expect(sent).toEqual([[id, true]]);
  });

  it('loads what a post replies to only when asked, for one billed read of each', async () => {
    const { id, service } = await setup();
    const original = f.sim.controls.injectPost({
      authorUsername: 'quillory',
      text: 'New inks are in.',
    });
    const reply = f.sim.controls.injectPost({
      authorUsername: 'maren_aldous',
      text: 'Ordered two!',
      inReplyToId: original,
    });
    const context = await service.posts.context({ accountId: id, postId: reply });
    expect(context.posts.map((p) => p.id)).toEqual([reply]);
    expect(context.referenced.map((p) => p.id)).toEqual([original]);
    expect(context.users.map((u) => u.username).sort()).toEqual(['maren_aldous', 'quillory']);
  });

  it('refuses to post or read from a locked deck with a "locked" error', async () => {
    const { id, service } = await setup('Locked until 04:00');
    await expect(service.posts.create({ accountId: id, text: 'hello' })).rejects.toMatchObject({
      kind: 'locked',
    });
    await expect(service.posts.context({ accountId: id, postId: '1' })).rejects.toMatchObject({
      kind: 'locked',
    });
    expect(f.sim.controls.requests().filter((r) => r.path.startsWith('/2/tweets'))).toEqual([]);
  });

  it('passes X’s refusal of an unsummoned reply on as a typed error', async () => {
    const { id, service } = await setup();
    const stranger = f.sim.controls.injectPost({
      authorUsername: 'maren_aldous',
      text: 'Lovely weather for writing.',
    });
    await expect(
      service.posts.create({ accountId: id, text: 'Agreed!', inReplyToId: stranger }),
    ).rejects.toMatchObject({
      kind: 'x',
      x: { kind: 'not_summoned' },
    });
  });
});
