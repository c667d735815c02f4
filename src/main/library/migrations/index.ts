import { m0001PostArchive } from './0001-post-archive';
import { m0002SpendAndOutcomes } from './0002-spend-and-outcomes';
import { m0003InboxConversations } from './0003-inbox-conversations';
import { m0004Answers } from './0004-answers';
import { m0005PeopleAndOutcomes } from './0005-people-and-outcomes';
import { m0007ArchiveIndexing } from './0007-archive-indexing';
import type { Migration } from './types';

/**
 * Every migration, in order of version (checked by the tests). Version 6 (conversation cost) is
 * another branch's (s5-cost); until it lands here, 7 follows 5 — the library migrates by version,
 * not by position, so the gap is harmless.
 */
export const MIGRATIONS: readonly Migration[] = [
  m0001PostArchive,
  m0002SpendAndOutcomes,
  m0003InboxConversations,
  m0004Answers,
  m0005PeopleAndOutcomes,
  m0007ArchiveIndexing,
];

export const LATEST_VERSION = MIGRATIONS.at(-1)!.version;
