import {
  answerProblem,
  answersFromCsv,
  answersFromMarkdown,
  answersToCsv,
  answersToMarkdown,
  type AnswerRecord,
} from '../../shared/answers/library-io';
import { productsOf, tagOf, type ColumnWithProducts } from '../../shared/answers/products';
import {
  describeGroup,
  groupQuestions,
  questionsToCsv,
  questionsToMarkdown,
} from '../../shared/answers/questions';
import { rankAnswers } from '../../shared/answers/rank';
import { answerFromReply } from '../../shared/answers/save-as-answer';
import type { AnswerInput as AnswerForm, AnswerView } from '../../shared/answers/schema';
import { firstNameOf } from '../../shared/answers/template';
import type { Clock } from '../../shared/time/clock';
import { conflict, notFound } from '../errors';
import type { Handlers } from '../ipc/router';
import type { AnswersStore, AnswerInput, StoredAnswer } from '../library/answers';
import type { Logger } from '../platform/logger';

export interface AnswersDeps {
  answers: AnswersStore;
  clock: Clock;
  log: Logger;
  /** The owner's signed-in accounts (the account id is the X user id). */
  accounts(): ReadonlyArray<{ id: string; username: string }>;
  /** The decks' columns: the support columns' settings name the brand's products. */
  decks(): ReadonlyArray<{ columns: readonly ColumnWithProducts[] }>;
}

/** How far back the Questions view looks. */
export const QUESTIONS_DAYS = 30;
const DAY_MS = 86_400_000;

const view = (a: StoredAnswer): AnswerView => ({ ...a });
const recordOf = (a: StoredAnswer): AnswerRecord => ({
  title: a.title,
  body: a.body,
  tags: a.tags,
  account: a.accountId === null ? 'shared' : `@${a.accountUsername ?? a.accountId}`,
  link: a.link,
  archived: a.archived,
});
const sameRecord = (a: AnswerRecord, b: AnswerRecord) =>
  JSON.stringify([a.title, a.body, a.tags, a.account.toLowerCase(), a.link, a.archived]) ===
  JSON.stringify([b.title, b.body, b.tags, b.account.toLowerCase(), b.link, b.archived]);

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The answers library: saved answers, their search and suggestions for the post being
 * answered, save-as-answer, merge and archive, import and export, and the Questions view.
 */
export function createAnswersService(deps: AnswersDeps) {
  const { answers, clock } = deps;

  const accountOf = (accountId: string | null) => {
    if (accountId === null) return null;
    const account = deps.accounts().find((a) => a.id === accountId);
    if (!account) throw conflict('That account is no longer signed in.');
    return account;
  };

  /** The form's answer, checked as import checks a row: a clear reason, nothing kept. */
  function checked(form: AnswerForm, archived?: boolean): AnswerInput {
    const account = accountOf(form.accountId);
    const input: AnswerInput = {
      title: form.title.trim(),
      body: form.body,
      tags: form.tags.map((t) => t.trim()).filter(Boolean),
      accountId: account?.id ?? null,
      accountUsername: account?.username ?? null,
      link: form.link?.trim() || null,
      ...(archived !== undefined ? { archived } : {}),
    };
    const problem = answerProblem({
      title: input.title,
      body: input.body,
      tags: [...input.tags],
      account: account ? `@${account.username}` : 'shared',
      link: input.link,
      archived: false,
    });
    if (problem) throw conflict(problem);
    return input;
  }

  const existing = (id: string) => {
    const a = answers.get(id);
    if (!a) throw notFound('That answer is no longer in the library.');
    return a;
  };

  /** The top answers for a customer's post, for this account (its own and the shared ones). */
  function suggest(accountId: string, text: string, limit = 3): StoredAnswer[] {
    const candidates = answers.search('', { accountId, limit: 5000 });
    const usedFor = answers.usedFor(candidates.map((a) => a.id));
    const ranked = rankAnswers(
      text,
      candidates.map((a) => ({
        id: a.id,
        text: `${a.title}\n${a.body}\n${a.tags.join(' ')}`,
        usedFor: usedFor.get(a.id) ?? [],
      })),
      limit,
    );
    const byId = new Map(candidates.map((a) => [a.id, a]));
    return ranked.map((r) => byId.get(r.id)!);
  }

  function importText(format: 'csv' | 'markdown', text: string, takeValid: boolean) {
    const parsed = format === 'csv' ? answersFromCsv(text) : answersFromMarkdown(text);
    const problems = [...parsed.problems];
    const accounts = deps.accounts();
    const rows: Array<{ record: AnswerRecord; input: AnswerInput }> = [];
    for (const row of parsed.valid) {
      let accountId: string | null = null;
      let accountUsername: string | null = null;
      if (row.account !== 'shared') {
        const name = row.account.slice(1).toLowerCase();
        const account = accounts.find((a) => a.username.toLowerCase() === name);
        if (!account) {
          problems.push({ line: row.line, reason: `${row.account} is not a signed-in account` });
          continue;
        }
        accountId = account.id;
        accountUsername = account.username;
      }
      const { line: _line, ...record } = row;
      rows.push({
        record,
        input: { ...record, accountId, accountUsername },
      });
    }
    problems.sort((a, b) => a.line - b.line);
    if (problems.length > 0 && !takeValid) return { imported: 0, skipped: 0, problems };
    const kept = answers.all().map(recordOf);
    const fresh: AnswerInput[] = [];
    let skipped = 0;
    for (const { record, input } of rows) {
      if (kept.some((k) => sameRecord(k, record))) skipped++;
      else {
        fresh.push(input);
        kept.push(record);
      }
    }
    return { imported: answers.createAll(fresh, clock.now()), skipped, problems };
  }

  function questions() {
    const summaries = answers.all().map((a) => ({ id: a.id, title: a.title, body: a.body }));
    const groups = groupQuestions(
      answers.supportQuestions(clock.now() - QUESTIONS_DAYS * DAY_MS),
      summaries,
    );
    return {
      days: QUESTIONS_DAYS,
      groups: groups.map((g) => ({ ...g, line: describeGroup(g) })),
      markdown: questionsToMarkdown(groups, summaries),
      csv: questionsToCsv(groups),
    };
  }

  const handlers: Handlers['answers'] = {
    search: ({ query, accountId, includeArchived }) => ({
      answers: answers
        .search(query, { accountId: accountId ?? null, includeArchived: includeArchived === true })
        .map(view),
    }),
    suggest: ({ accountId, text }) => ({ answers: suggest(accountId, text).map(view) }),
    create: (form) => view(answers.create(checked(form), clock.now())),
    update: ({ id, answer }) => {
      const old = existing(id);
      return view(answers.update(id, checked(answer, old.archived), clock.now())!);
    },
    archive: ({ id, archived }) => {
      existing(id);
      return view(answers.setArchived(id, archived, clock.now())!);
    },
    merge: ({ keepId, dropId }) => {
      if (keepId === dropId) throw conflict('Pick two different answers to merge.');
      existing(keepId);
      existing(dropId);
      return view(answers.merge(keepId, dropId, clock.now())!);
    },
    fromReply: ({ accountId, text, inReplyToId }) => {
      const post = inReplyToId ? answers.postAndAuthor(inReplyToId) : null;
      const products = productsOf(deps.decks(), accountId);
      const firstName = post ? firstNameOf(post.name, post.username, '') : '';
      const draft = answerFromReply(text, {
        firstName: firstName || null,
        username: post?.username ?? '',
        products,
      });
      const title = (post?.text ?? text)
        .replace(/https?:\/\/\S+/g, '')
        .replace(/@\w+/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 80);
      return {
        title,
        body: draft.body,
        link: draft.link,
        tags: draft.product ? [tagOf(draft.product)].filter(Boolean) : [],
        accountId: deps.accounts().some((a) => a.id === accountId) ? accountId : null,
      };
    },
    used: ({ answerId, accountId, inReplyToId }) => {
      recordUse(answerId, inReplyToId, accountId, null);
      return null;
    },
    export: ({ format }) => {
      const records = answers.all().map(recordOf);
      const stamp = day(clock.now());
      return format === 'csv'
        ? { filename: `timedeck-answers-${stamp}.csv`, text: answersToCsv(records) }
        : { filename: `timedeck-answers-${stamp}.md`, text: answersToMarkdown(records) };
    },
    import: ({ format, text, takeValid }) => importText(format, text, takeValid),
    questions: () => questions(),
  };

  /** A reply made from an answer went out: one more use, and the post it answered remembered. */
  function recordUse(
    answerId: string,
    postId: string,
    accountId: string | null,
    replyId: string | null,
  ) {
    try {
      answers.recordUse({ answerId, postId, accountId, replyId }, clock.now());
    } catch (e) {
      // The reply is out either way; a lost count must not fail the send.
      deps.log.error('answers: a use could not be recorded', e);
    }
  }

  return { handlers, suggest, recordUse, importText, questions };
}

export type AnswersService = ReturnType<typeof createAnswersService>;
