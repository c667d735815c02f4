import { PINNED_IDS_SHOWN } from '../../shared/archive/limits';
import type { ArchiveSettings } from '../../shared/archive/schema';
import type { Clock } from '../../shared/time/clock';
import { AppFailure } from '../errors';
import type { Handlers } from '../ipc/router';
import type { Library } from '../library/library';
import { backupsDir } from '../library/open-library';

/**
 * The archive's settings as the user sees them: where the library lives, how long it keeps posts,
 * and the posts pinned to outlive that. A shorter retention forgets at once what it no longer
 * keeps, so the figure the user confirmed is what happens.
 */
export function createArchiveService(deps: {
  library: Pick<Library, 'archive' | 'file'>;
  dataDir: string;
  clock: Clock;
}): Handlers['archive'] {
  const { archive } = deps.library;
  const settings = (): ArchiveSettings => ({
    file: deps.library.file,
    backupsFolder: backupsDir(deps.dataDir),
    postCount: archive.count(),
    retentionDays: archive.retentionDays(),
    pinnedIds: archive.pinnedIds(PINNED_IDS_SHOWN),
  });
  return {
    settings,
    previewRetention: ({ days }) => ({
      days,
      wouldForget: archive.wouldForget(deps.clock.now(), days),
    }),
    setRetention: ({ days }) => {
      archive.setRetentionDays(days);
      const forgotten = archive.prune(deps.clock.now(), days);
      return { settings: settings(), forgotten };
    },
    pin: ({ postId, pinned }) => {
      if (!archive.setPinned(postId, pinned))
        throw new AppFailure(
          'not_found',
          'This post is not in your archive yet, so it cannot be pinned',
        );
      return { settings: settings(), forgotten: 0 };
    },
  };
}
