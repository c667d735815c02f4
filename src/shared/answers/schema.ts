import { z } from 'zod';
import { Id } from '../decks/schema';
import { ANSWER_LIMITS } from './library-io';

/** The answers library's shapes on the IPC boundary (channels in src/shared/ipc/contract.ts). */

const XId = z.string().regex(/^\d{1,19}$/, 'An X id is a number');
export const AnswerIdSchema = z.string().regex(/^\d{1,15}$/, 'Not an answer of the library');

export const AnswerViewSchema = z.object({
  id: AnswerIdSchema,
  title: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  /** The account it belongs to, or null: shared by every account. */
  accountId: z.string().nullable(),
  accountUsername: z.string().nullable(),
  link: z.string().nullable(),
  archived: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
  useCount: z.number().int(),
  lastUsedAt: z.number().nullable(),
});
export type AnswerView = z.infer<typeof AnswerViewSchema>;

/** What the answer form sends. Limits are checked again in main with answerProblem's words. */
export const AnswerInputSchema = z
  .object({
    title: z.string().max(ANSWER_LIMITS.title * 4),
    body: z.string().max(ANSWER_LIMITS.body * 2),
    tags: z.array(z.string().max(ANSWER_LIMITS.tag * 4)).max(ANSWER_LIMITS.tags * 4),
    accountId: Id.nullable(),
    link: z.string().max(2048).nullable(),
  })
  .strict();
export type AnswerInput = z.infer<typeof AnswerInputSchema>;

export const AnswerListSchema = z.object({ answers: z.array(AnswerViewSchema) });

export const AnswerSearchRequestSchema = z
  .object({
    query: z.string().max(200),
    /** Only this account's answers and the shared ones. */
    accountId: Id.optional(),
    includeArchived: z.boolean().optional(),
  })
  .strict();

export const AnswerSuggestRequestSchema = z
  .object({
    accountId: Id,
    /** The customer's post being answered, and its text. */
    postId: XId,
    text: z.string().max(25_000),
  })
  .strict();

export const AnswerFromReplyRequestSchema = z
  .object({
    accountId: Id,
    text: z.string().min(1).max(25_000),
    inReplyToId: XId.nullable(),
  })
  .strict();

/** A sent reply turned back into an answer, for the owner to check and keep. */
export const AnswerDraftSchema = z.object({
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  tags: z.array(z.string()),
  accountId: z.string().nullable(),
});
export type AnswerDraft = z.infer<typeof AnswerDraftSchema>;

export const LibraryFormatSchema = z.enum(['csv', 'markdown']);

export const ExportedFileSchema = z.object({ filename: z.string(), text: z.string() });

export const AnswerImportRequestSchema = z
  .object({
    format: LibraryFormatSchema,
    text: z.string().max(5_000_000),
    /** Keep the valid rows even if some are refused (the owner said so). */
    takeValid: z.boolean(),
  })
  .strict();

export const AnswerImportResultSchema = z.object({
  imported: z.number().int(),
  /** Rows identical to an answer already kept. */
  skipped: z.number().int(),
  problems: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});
export type AnswerImportResult = z.infer<typeof AnswerImportResultSchema>;

export const AnswerUsedRequestSchema = z
  .object({ answerId: AnswerIdSchema, accountId: Id, inReplyToId: XId })
  .strict();

const SupportQuestionSchema = z.object({
  postId: z.string(),
  text: z.string(),
  at: z.number(),
  answerId: z.string().nullable(),
});

export const QuestionGroupSchema = z.object({
  answerId: z.string().nullable(),
  label: z.string(),
  answered: z.number().int(),
  lookAlikes: z.number().int(),
  total: z.number().int(),
  examples: z.array(SupportQuestionSchema),
  /** describeGroup's line: "Do you ship to …? — 14 times, answered with ‘Shipping abroad’". */
  line: z.string(),
});

export const QuestionsViewSchema = z.object({
  days: z.number().int(),
  groups: z.array(QuestionGroupSchema),
  /** The FAQ page draft and the CSV, ready to save. */
  markdown: z.string(),
  csv: z.string(),
});
export type QuestionsView = z.infer<typeof QuestionsViewSchema>;
