import { afterEach, describe, expect, it } from 'vitest';
import { createArchiveService } from '../../../../src/main/archive/archive-service';
import { AppFailure } from '../../../../src/main/errors';
import { libraryIn, post, tempDir, user } from '../../../support/library-fixture';

const DAY = 86_400_000;
const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

function rig() {
  const dir = tempDir();
  const { library, clock } = libraryIn(dir);
  closers.push(() => library.close());
  const posts = [post('Where is my order?'), post('Do you ship to Norway?'), post('Love the mug')];
  library.archive.add(
    { posts, includes: { users: [user('1', 'ana', 'Ana')], posts: [], media: [] } },
    { columnId: 'c1', accountId: 'a1' },
    clock.now(),
  );
  const service = createArchiveService({ library, dataDir: dir, clock });
  return { dir, library, clock, posts, service };
}

describe('the archive settings', () => {
  it('say where the library lives, what it holds and how long it keeps posts', async () => {
    const { dir, service } = rig();
    const settings = await service.settings(undefined);
    expect(settings).toMatchObject({ postCount: 3, retentionDays: 180, pinnedIds: [] });
    expect(settings.file.startsWith(dir)).toBe(true);
    expect(settings.backupsFolder.startsWith(dir)).toBe(true);
  });

  it('preview a shorter retention without forgetting anything, then forget on setting it', async () => {
    const { service, clock, posts } = rig();
    await service.pin({ postId: posts[0]!.id, pinned: true });
    clock.advance(40 * DAY);
    expect(await service.previewRetention({ days: 30 })).toEqual({ days: 30, wouldForget: 2 });
    expect((await service.settings(undefined)).postCount).toBe(3);
    const changed = await service.setRetention({ days: 30 });
    expect(changed.forgotten).toBe(2);
    expect(changed.settings).toMatchObject({
      postCount: 1,
      retentionDays: 30,
      pinnedIds: [posts[0]!.id],
    });
  });

  it('keep the retention across a restart of the library', async () => {
    const { dir, library, service } = rig();
    await service.setRetention({ days: 365 });
    library.close();
    const reopened = libraryIn(dir);
    closers.push(() => reopened.library.close());
    expect(reopened.library.archive.retentionDays()).toBe(365);
  });

  it('refuse to pin a post the archive lacks, changing nothing', async () => {
    const { service } = rig();
    await expect(async () => service.pin({ postId: '42', pinned: true })).rejects.toThrow(
      AppFailure,
    );
    expect((await service.settings(undefined)).pinnedIds).toEqual([]);
  });

  it('fall back to the default retention when the stored value is damaged', async () => {
    const { library, service } = rig();
    library.core
      .q(
        "INSERT INTO library_settings (key, value) VALUES ('retention_days', 'forever') ON CONFLICT DO UPDATE SET value = excluded.value",
      )
      .run();
    expect((await service.settings(undefined)).retentionDays).toBe(180);
  });
});
