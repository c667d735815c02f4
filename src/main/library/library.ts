import type { Clock, TimerId } from '../../shared/time/clock';
import type { Logger } from '../platform/logger';
import { createArchive } from './archive';
import { dailyBackup } from './backups';
import { createLibraryCore } from './core';
import { createSpendStore } from './spend';
import { createInboxStore } from './inbox';
import { createPeopleStore } from './people';
import { createAnswersStore } from './answers';
import type { OpenDriver } from './driver';
import { backupsDir, openLibraryDb, type LibraryNotice } from './open-library';

const HOUR_MS = 3_600_000;

/**
 * The local library, opened: timedeck.db in the data folder, checked, migrated, backed up once a
 * day (keeping 7), with a typed module per kind of data. Services use these functions; no SQL
 * lives outside src/main/library/.
 */
export function openLibrary(deps: {
  dir: string;
  openDriver: OpenDriver;
  clock: Clock;
  log: Logger;
  /** Library trouble the user should see; null when it is over. */
  onTrouble(message: string | null): void;
}) {
  const { clock, log } = deps;
  const opened = openLibraryDb({ dir: deps.dir, openDriver: deps.openDriver, now: clock.now() });
  const core = createLibraryCore({
    db: opened.db,
    clock,
    log,
    onTrouble: deps.onTrouble,
  });
  const archive = createArchive(core);
  const spend = createSpendStore(core);
  const inbox = createInboxStore(core);
  const people = createPeopleStore(core);
  const answers = createAnswersStore(core);
  let timer: TimerId | undefined;
  let closed = false;

  /** Today's backup if it is not made yet, and the retention pass; errors only logged. */
  async function daily() {
    try {
      archive.prune(clock.now(), archive.retentionDays());
      const written = await dailyBackup(
        opened.db,
        deps.openDriver,
        backupsDir(deps.dir),
        clock.now(),
      );
      if (written) log.info(`library: backed up to ${written}`);
    } catch (e) {
      log.warn(`library: the daily backup failed: ${String(e)}`);
    } finally {
      // Hourly checks: a day's first check after midnight (UTC) makes the day's backup.
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = closed ? undefined : clock.setTimeout(() => void daily(), HOUR_MS);
    }
  }

  return {
    file: opened.file,
    /** What opening found that the user must hear (a damaged file, a restored backup). */
    notices: opened.notices as readonly LibraryNotice[],
    archive,
    spend,
    inbox,
    people,
    answers,
    core,
    /** Starts the daily backup and retention; returns once the first pass is done. */
    start: () => daily(),
    close() {
      closed = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      core.close();
    },
  };
}

export type Library = ReturnType<typeof openLibrary>;
