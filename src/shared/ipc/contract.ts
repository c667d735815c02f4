import { z } from 'zod';
import {
  AccountColorSchema,
  AccountRoleSchema,
  AccountsStateSchema,
  SignInStatusSchema,
  XAppInputSchema,
  XAppViewSchema,
} from '../accounts/schema';
import { AppInfoSchema, FirstRunAnswerSchema, NoticeSchema } from '../app';
import { AppearancePatchSchema, AppearanceSchema } from '../appearance/schema';
import {
  ArchiveChangeSchema,
  ArchiveSettingsSchema,
  PinRequestSchema,
  RetentionPreviewSchema,
  RetentionRequestSchema,
} from '../archive/schema';
import { RemovedColumnsSchema } from '../decks/removed-columns';
import { VolumeAnswerSchema, VolumeRequestSchema } from '../spend/volume-schema';
import { TimeboxSettingsRequestSchema } from '../timebox/settings';
import {
  TimeReportSchema,
  TimeboxSettingsViewSchema,
  TimeboxViewSchema,
  TimeboxWarningSchema,
} from '../timebox/view';
import {
  ColumnPostsSchema,
  ColumnSnapshotSchema,
  ColumnStatusSchema,
  ComposeRequestSchema,
  DraftSchema,
  PostContextSchema,
  SpendViewSchema,
} from '../columns/content';
import {
  ColumnDraftSchema,
  ColumnPatchSchema,
  DeckNameSchema,
  DecksStateSchema,
  Id,
} from '../decks/schema';
import {
  InboxActRequestSchema,
  InboxActResultSchema,
  InboxAttendRequestSchema,
  InboxAttendSchema,
  InboxChangedSchema,
  InboxListRequestSchema,
  InboxListSchema,
  InboxMetricsSchema,
  InboxSessionRequestSchema,
  InboxSessionSchema,
  InboxSummarySchema,
} from '../inbox/schema';
import {
  AnswerDraftSchema,
  AnswerFromReplyRequestSchema,
  AnswerIdSchema,
  AnswerImportRequestSchema,
  AnswerImportResultSchema,
  AnswerInputSchema,
  AnswerListSchema,
  AnswerSearchRequestSchema,
  AnswerSuggestRequestSchema,
  AnswerUsedRequestSchema,
  AnswerViewSchema,
  ExportedFileSchema,
  LibraryFormatSchema,
  QuestionsViewSchema,
} from '../answers/schema';
import { OwnedListsRequestSchema, OwnedListsSchema } from '../lists/schema';
import {
  ImportResultSchema,
  NoteTextSchema,
  OutcomeInputSchema,
  OutcomeSchema,
  PeopleChangedSchema,
  PeopleListRequestSchema,
  PeopleListSchema,
  PeopleTagsSchema,
  PersonCardSchema,
  TagColorSchema,
  TagIdSchema,
  TagNameSchema,
} from '../people/schema';
import { WhatItBroughtSchema } from '../outcomes/brought-schema';
import {
  BalanceViewSchema,
  BrandSettingsRequestSchema,
  BrandSettingsSchema,
  PostClassSchema,
} from '../outcomes/balance-schema';

/**
 * The one definition of every IPC channel. The preload's window.timedeck, main's validated
 * handlers and the harness's WebSocket transport are all derived from these two objects.
 *
 * Adding a channel:
 *   1. add it here (request and response schema, or an event payload schema);
 *   2. implement its handler in the service that owns it (src/main/<capability>/);
 *   3. list its name in channel-names.ts (typecheck says so, naming it, until you do): the
 *      bridge method and the transports follow.
 */

const channel = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) => ({
  request,
  response,
});

const NoRequest = z.undefined({ error: 'This request takes no payload' });
const Index = z.number().int().min(0).max(100);
const XUserId = z.string().regex(/^\d{1,19}$/, 'An X user id is a number');

export const invokeContract = {
  app: {
    info: channel(NoRequest, AppInfoSchema),
    dismissNotice: channel(z.object({ noticeId: z.string().min(1) }).strict(), z.null()),
    finishFirstRun: channel(FirstRunAnswerSchema, AppInfoSchema),
  },
  decks: {
    get: channel(NoRequest, DecksStateSchema),
    create: channel(z.object({ name: DeckNameSchema }).strict(), DecksStateSchema),
    rename: channel(z.object({ deckId: Id, name: DeckNameSchema }).strict(), DecksStateSchema),
    move: channel(z.object({ deckId: Id, toIndex: Index }).strict(), DecksStateSchema),
    remove: channel(z.object({ deckId: Id }).strict(), DecksStateSchema),
    activate: channel(z.object({ deckId: Id }).strict(), DecksStateSchema),
  },
  columns: {
    add: channel(z.object({ deckId: Id, column: ColumnDraftSchema }).strict(), DecksStateSchema),
    update: channel(
      z.object({ deckId: Id, columnId: Id, patch: ColumnPatchSchema }).strict(),
      DecksStateSchema,
    ),
    move: channel(
      z.object({ deckId: Id, columnId: Id, toIndex: Index }).strict(),
      DecksStateSchema,
    ),
    remove: channel(z.object({ deckId: Id, columnId: Id }).strict(), DecksStateSchema),
    /** The last removed columns (kept by main across restarts), newest first. */
    removed: channel(NoRequest, RemovedColumnsSchema),
    /** Puts a removed column back in its deck, at its place, and out of the history. */
    restore: channel(
      z.object({ key: Id }).strict(),
      z.object({ decks: DecksStateSchema, removed: RemovedColumnsSchema }),
    ),
    /** Everything the columns have now (from the disk cache at start), with their statuses. */
    snapshot: channel(NoRequest, ColumnSnapshotSchema),
    refresh: channel(z.object({ columnId: Id }).strict(), z.null()),
    /** Empties the column; its posts do not come back. */
    clear: channel(z.object({ columnId: Id }).strict(), z.null()),
    markRead: channel(
      z.object({ columnId: Id, postId: z.string().regex(/^\d{1,19}$/) }).strict(),
      z.null(),
    ),
  },
  posts: {
    create: channel(ComposeRequestSchema, z.object({ postId: z.string() })),
    /**
     * Loads a post with what it replies to or quotes, on demand: timelines do not expand that
     * context, since X bills every post read.
     */
    context: channel(
      z.object({ accountId: Id, postId: z.string().regex(/^\d{1,19}$/) }).strict(),
      PostContextSchema,
    ),
    repost: channel(
      z.object({ accountId: Id, postId: z.string().regex(/^\d{1,19}$/) }).strict(),
      z.null(),
    ),
  },
  drafts: {
    get: channel(NoRequest, DraftSchema),
    set: channel(DraftSchema.strict(), z.null()),
  },
  spend: {
    get: channel(NoRequest, SpendViewSchema),
    setMonthlyCap: channel(
      z.object({ dollars: z.number().min(0).max(100_000).nullable() }).strict(),
      SpendViewSchema,
    ),
    /** How many posts a search query matched last week (one billed counts request a day). */
    volume: channel(VolumeRequestSchema, VolumeAnswerSchema),
  },
  accounts: {
    list: channel(NoRequest, AccountsStateSchema),
    /**
     * Starts a sign-in with X; the answer carries the authorize URL (also opened in the
     * browser). With an account id it is "Sign in again" for that account: anyone else is refused.
     */
    signIn: channel(z.object({ accountId: Id }).strict().optional(), SignInStatusSchema),
    cancelSignIn: channel(z.object({ attemptId: z.string().min(1) }).strict(), AccountsStateSchema),
    update: channel(
      z
        .object({
          accountId: Id,
          role: AccountRoleSchema.optional(),
          color: AccountColorSchema.optional(),
        })
        .strict(),
      AccountsStateSchema,
    ),
    move: channel(z.object({ accountId: Id, toIndex: Index }).strict(), AccountsStateSchema),
    signOut: channel(z.object({ accountId: Id }).strict(), AccountsStateSchema),
    /** The user agrees to keep tokens where the OS offers only weak protection. */
    allowWeakStorage: channel(NoRequest, AccountsStateSchema),
  },
  settings: {
    getXApp: channel(NoRequest, XAppViewSchema),
    setXApp: channel(XAppInputSchema, XAppViewSchema),
  },
  timebox: {
    view: channel(NoRequest, TimeboxViewSchema),
    getSettings: channel(NoRequest, TimeboxSettingsViewSchema),
    /** Tightening changes take effect at once, loosening ones at the next reset. */
    setSettings: channel(TimeboxSettingsRequestSchema, TimeboxSettingsViewSchema),
    startSession: channel(
      z.object({ purpose: z.string().max(100), minutes: z.number().int().min(5).max(60) }).strict(),
      TimeboxViewSchema,
    ),
    pauseSession: channel(NoRequest, TimeboxViewSchema),
    resumeSession: channel(NoRequest, TimeboxViewSchema),
    endSession: channel(NoRequest, TimeboxViewSchema),
    /** Asks for more time: a reason, then 30 focused seconds. */
    requestOverride: channel(z.object({ reason: z.string().max(280) }).strict(), TimeboxViewSchema),
    cancelOverride: channel(NoRequest, TimeboxViewSchema),
    report: channel(NoRequest, TimeReportSchema),
    /** One row per day and deck, as CSV text. */
    exportCsv: channel(NoRequest, z.object({ filename: z.string(), csv: z.string() })),
  },
  inbox: {
    /** Refused with 'locked' only per conversation: a locked deck's are left out. */
    list: channel(InboxListRequestSchema, InboxListSchema),
    act: channel(InboxActRequestSchema, InboxActResultSchema),
    /** Open count and oldest wait, locked decks included: numbers only, for the lock panel. */
    summary: channel(NoRequest, InboxSummarySchema),
    /** Response metrics per budget day, for the Time view and its CSV. */
    metrics: channel(NoRequest, InboxMetricsSchema),
    /** Conversations answered and done between two times: an "Answer the inbox" session's. */
    session: channel(InboxSessionRequestSchema, InboxSessionSchema),
    /** The conversation open on screen (or none): its minutes count while the owner is present. */
    attend: channel(InboxAttendRequestSchema, InboxAttendSchema),
  },
  /** People the columns brought: tags, notes, their history with the owner. Local only. */
  people: {
    list: channel(PeopleListRequestSchema, PeopleListSchema),
    card: channel(z.object({ personId: XUserId }).strict(), PersonCardSchema),
    /** Every tag, and every tagged person's tags: the chips on posts, the column filter. */
    tags: channel(NoRequest, PeopleTagsSchema),
    setTag: channel(
      z.object({ personId: XUserId, tagId: TagIdSchema, on: z.boolean() }).strict(),
      PersonCardSchema,
    ),
    createTag: channel(
      z.object({ name: TagNameSchema, color: TagColorSchema }).strict(),
      PeopleTagsSchema,
    ),
    updateTag: channel(
      z
        .object({
          tagId: TagIdSchema,
          name: TagNameSchema.optional(),
          color: TagColorSchema.optional(),
        })
        .strict(),
      PeopleTagsSchema,
    ),
    removeTag: channel(z.object({ tagId: TagIdSchema }).strict(), PeopleTagsSchema),
    addNote: channel(
      z.object({ personId: XUserId, text: NoteTextSchema }).strict(),
      PersonCardSchema,
    ),
    updateNote: channel(
      z.object({ personId: XUserId, noteId: z.number().int(), text: NoteTextSchema }).strict(),
      PersonCardSchema,
    ),
    removeNote: channel(
      z.object({ personId: XUserId, noteId: z.number().int() }).strict(),
      PersonCardSchema,
    ),
    /** Deletes the person and everything about them (their posts stay in the archive). */
    remove: channel(z.object({ personId: XUserId }).strict(), z.null()),
    exportCsv: channel(NoRequest, z.object({ filename: z.string(), csv: z.string() })),
    importCsv: channel(z.object({ csv: z.string().max(10_000_000) }).strict(), ImportResultSchema),
  },
  outcomes: {
    log: channel(OutcomeInputSchema, OutcomeSchema),
    remove: channel(z.object({ outcomeId: z.number().int() }).strict(), z.null()),
    list: channel(
      z.object({ from: z.number().int(), to: z.number().int() }).strict(),
      z.array(OutcomeSchema),
    ),
    /** "What it brought": today, 7 and 30 days; in all, per deck, per account. */
    brought: channel(NoRequest, WhatItBroughtSchema),
  },
  /** The mix of each account's own posts, the owner's domains and target (local only). */
  balance: {
    settings: channel(NoRequest, BrandSettingsSchema),
    setSettings: channel(BrandSettingsRequestSchema, BrandSettingsSchema),
    /** Reads the account's own timeline (an owned read, at most every 10 minutes). */
    view: channel(z.object({ accountId: XUserId }).strict(), BalanceViewSchema),
    /** The owner's class for one of their posts; null goes back to the rules. */
    setClass: channel(
      z
        .object({ accountId: XUserId, postId: XUserId, postClass: PostClassSchema.nullable() })
        .strict(),
      BalanceViewSchema,
    ),
  },
  /** The answers library (src/main/answers/). */
  answers: {
    /** Best first (FTS5); with an empty query, the most used first. */
    search: channel(AnswerSearchRequestSchema, AnswerListSchema),
    /** The top three for the post being answered, from the answers and their past uses. */
    suggest: channel(AnswerSuggestRequestSchema, AnswerListSchema),
    create: channel(AnswerInputSchema, AnswerViewSchema),
    update: channel(
      z.object({ id: AnswerIdSchema, answer: AnswerInputSchema }).strict(),
      AnswerViewSchema,
    ),
    archive: channel(
      z.object({ id: AnswerIdSchema, archived: z.boolean() }).strict(),
      AnswerViewSchema,
    ),
    /** `keepId` takes the other's uses and tags; the other goes. */
    merge: channel(
      z.object({ keepId: AnswerIdSchema, dropId: AnswerIdSchema }).strict(),
      AnswerViewSchema,
    ),
    /** A sent reply as an answer to check and keep (not kept yet). */
    fromReply: channel(AnswerFromReplyRequestSchema, AnswerDraftSchema),
    /** A reply made from an answer was drafted for X's intent: the answer was used. */
    used: channel(AnswerUsedRequestSchema, z.null()),
    export: channel(z.object({ format: LibraryFormatSchema }).strict(), ExportedFileSchema),
    /** All or nothing, unless `takeValid`; rows equal to a kept answer are skipped. */
    import: channel(AnswerImportRequestSchema, AnswerImportResultSchema),
    /** Support posts of the last 30 days grouped by the answer used, most asked first. */
    questions: channel(NoRequest, QuestionsViewSchema),
  },
  /** The local archive: how long it keeps posts, and the pinned ones it keeps for good. */
  archive: {
    settings: channel(NoRequest, ArchiveSettingsSchema),
    previewRetention: channel(RetentionRequestSchema, RetentionPreviewSchema),
    /** Forgets at once what the new retention no longer keeps (pinned posts stay). */
    setRetention: channel(RetentionRequestSchema, ArchiveChangeSchema),
    /** Refused with 'not_found' for a post the archive lacks. */
    pin: channel(PinRequestSchema, ArchiveChangeSchema),
  },
  /** Theme, density and text size of the deck, remembered across restarts. */
  appearance: {
    get: channel(NoRequest, AppearanceSchema),
    set: channel(AppearancePatchSchema, AppearanceSchema),
  },
  /** The lists an account owns (X's owned_lists), for the List column's picker. */
  lists: {
    owned: channel(OwnedListsRequestSchema, OwnedListsSchema),
  },
  links: {
    /** Opens an http(s) link in the system browser; anything else is refused. */
    open: channel(z.object({ url: z.string().max(4096) }).strict(), z.null()),
  },
} as const;

export const eventContract = {
  'decks.changed': DecksStateSchema,
  'app.notice': NoticeSchema,
  /** A notice whose cause is over (the library can write again): it goes by itself. */
  'app.noticeWithdrawn': z.object({ noticeId: z.string() }),
  'accounts.changed': AccountsStateSchema,
  'columns.posts': ColumnPostsSchema,
  'columns.status': ColumnStatusSchema,
  'spend.changed': SpendViewSchema,
  'timebox.changed': TimeboxViewSchema,
  'timebox.warning': TimeboxWarningSchema,
  'inbox.changed': InboxChangedSchema,
  /** Tags, notes or outcomes of a person (null: of many, or the tag list) changed. */
  'people.changed': PeopleChangedSchema,
} as const;

export type InvokeContract = typeof invokeContract;
export type EventContract = typeof eventContract;
export type Group = keyof InvokeContract;
export type MethodOf<G extends Group> = keyof InvokeContract[G] & string;
export type ChannelSpec = { request: z.ZodType; response: z.ZodType };
export type EventName = keyof EventContract;
export type EventPayload<E extends EventName> = z.output<EventContract[E]>;

/** The wire name of a channel: "group.method". */
export const channelName = (group: string, method: string): string => `${group}.${method}`;

/** Every invoke channel, flattened, for the transports. */
export const invokeChannels: ReadonlyArray<{
  group: string;
  method: string;
  name: string;
  spec: ChannelSpec;
}> = Object.entries(invokeContract).flatMap(([group, methods]) =>
  Object.entries(methods as Record<string, ChannelSpec>).map(([method, spec]) => ({
    group,
    method,
    name: channelName(group, method),
    spec,
  })),
);

export const eventNames = Object.keys(eventContract) as EventName[];

export { EVENT_CHANNEL } from './channel-names';
