import type { StateCreator } from 'zustand';
import type {
  AnswerDraft,
  AnswerImportResult,
  AnswerInput,
  AnswerView,
  QuestionsView,
} from '../../../shared/answers/schema';
import { fillAnswer } from '../../../shared/answers/template';
import type { AppError } from '../../../shared/errors';
import { bridge } from '../bridge';
import type { Store } from './index';

/** The answer the draft was made from: its use is recorded when the reply goes out. */
export interface DraftAnswer {
  answerId: string;
  title: string;
  /** Variables Insert could not fill: asked for before Send while still in the text. */
  missing: string[];
  link: string | null;
}

/** A reply that went out (or to x.com), offered as a new answer until dismissed. */
export interface SentReply {
  accountId: string;
  text: string;
  inReplyToId: string | null;
}

export interface AnswersSlice {
  draftAnswer: DraftAnswer | null;
  sentReply: SentReply | null;
  /** The answer form's starting point when "Save as answer" opened the Answers panel. */
  answerDraft: AnswerDraft | null;
  searchAnswers(
    query: string,
    accountId?: string,
    includeArchived?: boolean,
  ): Promise<AnswerView[]>;
  suggestAnswers(accountId: string, postId: string, text: string): Promise<AnswerView[]>;
  /**
   * Puts the answer, its variables filled, in the draft (in place of `replace` chars from
   * `at`); returns where the cursor goes: the first variable still empty, or the end.
   */
  insertAnswer(
    answer: AnswerView,
    values: Record<string, string | undefined>,
    at: number,
    replace: number,
  ): number;
  /** Fills a free field (a `{name}` left in the text) everywhere it stands. */
  fillDraftField(name: string, value: string): void;
  saveAnswer(input: AnswerInput, id?: string): Promise<AppError | null>;
  archiveAnswer(id: string, archived: boolean): Promise<AppError | null>;
  mergeAnswers(keepId: string, dropId: string): Promise<AppError | null>;
  exportAnswers(format: 'csv' | 'markdown'): Promise<{ filename: string; text: string } | null>;
  importAnswers(
    format: 'csv' | 'markdown',
    text: string,
    takeValid: boolean,
  ): Promise<AnswerImportResult | AppError>;
  loadQuestions(): Promise<QuestionsView | null>;
  noteSentReply(reply: SentReply | null): void;
  /** The draft went to X's reply intent: its answer was used, or it may become one. */
  noteReplyOnX(accountId: string, inReplyToId: string, text: string): void;
  /** "Save as answer": the reply as an answer to check, in the Answers panel. */
  saveSentReplyAsAnswer(): Promise<void>;
  clearAnswerDraft(): void;
}

export const createAnswersSlice: StateCreator<Store, [], [], AnswersSlice> = (set, get) => ({
  draftAnswer: null,
  sentReply: null,
  answerDraft: null,
  async searchAnswers(query, accountId, includeArchived) {
    const result = await bridge().answers.search({
      query: query.slice(0, 200),
      ...(accountId ? { accountId } : {}),
      ...(includeArchived ? { includeArchived } : {}),
    });
    return result.ok ? result.value.answers : [];
  },
  async suggestAnswers(accountId, postId, text) {
    const result = await bridge().answers.suggest({ accountId, postId, text });
    return result.ok ? result.value.answers : [];
  },
  insertAnswer(answer, values, at, replace) {
    const filled = fillAnswer(answer.body, { ...values, link: answer.link ?? undefined });
    const text = get().draft.text;
    const start = Math.max(0, Math.min(at, text.length));
    const next = text.slice(0, start) + filled.text + text.slice(start + replace);
    get().setDraftText(next);
    set({
      draftAnswer: {
        answerId: answer.id,
        title: answer.title,
        missing: filled.missing,
        link: answer.link,
      },
    });
    return start + (filled.firstEmptyAt ?? filled.text.length);
  },
  fillDraftField(name, value) {
    const text = get().draft.text;
    get().setDraftText(text.split(`{${name}}`).join(value));
  },
  async saveAnswer(input, id) {
    const result = id
      ? await bridge().answers.update({ id, answer: input })
      : await bridge().answers.create(input);
    if (!result.ok) return result.error;
    set({ answerDraft: null });
    return null;
  },
  async archiveAnswer(id, archived) {
    const result = await bridge().answers.archive({ id, archived });
    return result.ok ? null : result.error;
  },
  async mergeAnswers(keepId, dropId) {
    const result = await bridge().answers.merge({ keepId, dropId });
    return result.ok ? null : result.error;
  },
  async exportAnswers(format) {
    const result = await bridge().answers.export({ format });
    return result.ok ? result.value : null;
  },
  async importAnswers(format, text, takeValid) {
    const result = await bridge().answers.import({ format, text, takeValid });
    return result.ok ? result.value : result.error;
  },
  async loadQuestions() {
    const result = await bridge().answers.questions();
    return result.ok ? result.value : null;
  },
  noteSentReply: (sentReply) => set({ sentReply }),
  noteReplyOnX(accountId, inReplyToId, text) {
    const used = get().draftAnswer;
    if (used) void bridge().answers.used({ answerId: used.answerId, accountId, inReplyToId });
    set({ draftAnswer: null, sentReply: used ? null : { accountId, text, inReplyToId } });
  },
  async saveSentReplyAsAnswer() {
    const reply = get().sentReply;
    if (!reply) return;
    const result = await bridge().answers.fromReply(reply);
    if (!result.ok) {
      get().showFlash(result.error.message);
      return;
    }
    set({ answerDraft: result.value, sentReply: null });
    if (get().sidePanel !== 'answers') get().toggleSidePanel('answers');
  },
  clearAnswerDraft: () => set({ answerDraft: null }),
});
