import { z } from 'zod';
import { OUTCOME_KINDS } from '../outcomes/return-on-time';
import { POST_CLASSES } from '../outcomes/post-class';

/**
 * People, tags, notes and outcomes on the IPC boundary (channels in src/shared/ipc/contract.ts).
 * Everything here stays on the machine: none of it is ever sent to X.
 */

const XId = z.string().regex(/^\d{1,19}$/, 'An X id is a number');
const LocalId = z.string().min(1).max(100);

export const TagIdSchema = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/, 'A tag id is lower-case letters, digits and dashes');
export const TagNameSchema = z
  .string()
  .trim()
  .min(1, 'A tag needs a name')
  .max(30, 'A tag name is at most 30 characters');
export const TagColorSchema = z.string().regex(/^#[0-9a-f]{6}$/i, 'A colour is #rrggbb');

export const TagSchema = z.object({ id: TagIdSchema, name: z.string(), color: z.string() });
export type Tag = z.infer<typeof TagSchema>;

export const NoteTextSchema = z
  .string()
  .trim()
  .min(1, 'A note needs some text')
  .max(5000, 'A note is at most 5,000 characters');

export const NoteSchema = z.object({
  id: z.number().int(),
  personId: z.string(),
  text: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Note = z.infer<typeof NoteSchema>;

/** A person as lists show them: X's user as last seen, with the owner's tags. */
export const PersonSummarySchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  bio: z.string().nullable(),
  avatarUrl: z.string().nullable(),
  /** When a column last brought them (ms). */
  lastSeen: z.number(),
  tagIds: z.array(z.string()),
});
export type PersonSummary = z.infer<typeof PersonSummarySchema>;

export const OutcomeKindSchema = z.enum(OUTCOME_KINDS);
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, 'A currency is three letters (GBP)');

export const OutcomeSchema = z.object({
  id: z.number().int(),
  at: z.number(),
  kind: OutcomeKindSchema,
  valueMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  note: z.string(),
  personId: z.string().nullable(),
  postId: z.string().nullable(),
  conversationKey: z.string().nullable(),
  deckId: z.string().nullable(),
  accountId: z.string().nullable(),
});
export type Outcome = z.infer<typeof OutcomeSchema>;

/** What the owner logs: a value needs its currency, and a currency its value. */
export const OutcomeInputSchema = z
  .object({
    kind: OutcomeKindSchema,
    /** Minor units (pence); absent with no money value. */
    valueMinor: z.number().int().min(0).max(1e13).optional(),
    currency: CurrencySchema.optional(),
    note: z.string().max(2000, 'A note is at most 2,000 characters').default(''),
    personId: XId.optional(),
    postId: XId.optional(),
    conversationKey: z.string().max(60).optional(),
    deckId: LocalId.optional(),
    accountId: LocalId.optional(),
    /** When it happened; now when absent. */
    at: z.number().int().min(0).optional(),
  })
  .strict()
  .refine((o) => (o.valueMinor === undefined) === (o.currency === undefined), {
    message: 'A value needs a currency',
    path: ['currency'],
  });
export type OutcomeInput = z.input<typeof OutcomeInputSchema>;

export const PostSeenSchema = z.object({ id: z.string(), text: z.string(), createdAt: z.number() });

export const ConversationSeenSchema = z.object({
  key: z.string(),
  brandId: z.string(),
  state: z.string(),
  lastPostText: z.string(),
  openedAt: z.number(),
});

/** Everything Timedeck knows of one person, from both accounts. */
export const PersonCardSchema = z.object({
  person: PersonSummarySchema,
  tags: z.array(TagSchema),
  notes: z.array(NoteSchema),
  outcomes: z.array(OutcomeSchema),
  /** Their posts the columns brought, newest first (at most 20), and how many in all. */
  postsSeen: z.array(PostSeenSchema),
  postsSeenCount: z.number().int(),
  /** The owner's accounts' replies to them, newest first (at most 20), and how many in all. */
  repliesSent: z.array(PostSeenSchema.extend({ accountId: z.string() })),
  repliesSentCount: z.number().int(),
  conversations: z.array(ConversationSeenSchema),
});
export type PersonCard = z.infer<typeof PersonCardSchema>;

export const PeopleListRequestSchema = z
  .object({
    search: z.string().max(100).optional(),
    tagId: TagIdSchema.optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .strict();
export type PeopleListRequest = z.infer<typeof PeopleListRequestSchema>;

export const PeopleListSchema = z.object({
  people: z.array(PersonSummarySchema),
  tags: z.array(TagSchema),
});
export type PeopleList = z.infer<typeof PeopleListSchema>;

/** Tags of the people behind the posts a window shows: author id → tag ids. */
export const PeopleTagsSchema = z.object({
  tags: z.array(TagSchema),
  byPerson: z.record(z.string(), z.array(z.string())),
});
export type PeopleTags = z.infer<typeof PeopleTagsSchema>;

export const PostClassSchema = z.enum(POST_CLASSES);

export const PeopleChangedSchema = z.object({ personId: z.string().nullable() });

export const ImportResultSchema = z.object({
  imported: z.number().int(),
  problems: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});
