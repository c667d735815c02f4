import { m0001PostArchive } from './0001-post-archive';
import { m0002SpendAndOutcomes } from './0002-spend-and-outcomes';
import { m0003InboxConversations } from './0003-inbox-conversations';
import { m0004Answers } from './0004-answers';
import { m0005PeopleAndOutcomes } from './0005-people-and-outcomes';
import { m0006ConversationCost } from './0006-conversation-cost';
import { m0007ArchiveIndexing } from './0007-archive-indexing';
import { m0008ArchiveLighterWrites } from './0008-archive-lighter-writes';
import { m0009ColumnReadUpTo } from './0009-column-read-up-to';
import type { Migration } from './types';

/**
 * Every migration, in order: version n at index n - 1 (checked by the tests). The library
 * migrates by version (`version > user_version`), not by position.
 */
export const MIGRATIONS: readonly Migration[] = [
  m0001PostArchive,
  m0002SpendAndOutcomes,
  m0003InboxConversations,
  m0004Answers,
  m0005PeopleAndOutcomes,
  m0006ConversationCost,
  m0007ArchiveIndexing,
  m0008ArchiveLighterWrites,
  m0009ColumnReadUpTo,
];

export const LATEST_VERSION = MIGRATIONS.at(-1)!.version;
