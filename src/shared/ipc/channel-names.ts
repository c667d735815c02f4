import type { EventContract, InvokeContract } from './contract';

/**
 * Every channel's name as plain strings, for the preload and the harness page: they need the
 * names only, and the contract's zod schemas would make the preload 200 KB (it must bundle what
 * it imports). Only types come from the contract, so nothing of zod reaches the page.
 *
 * Adding a channel to contract.ts without listing it here (or listing one the contract lacks)
 * fails typecheck, and the error names the channel: `{ missing: "group.method" }` or
 * `{ extra: ... }`.
 */
export const INVOKE_METHODS = {
  app: ['info', 'dismissNotice', 'finishFirstRun'],
  decks: ['get', 'create', 'rename', 'move', 'remove', 'activate'],
  columns: [
    'add',
    'update',
    'move',
    'remove',
    'removed',
    'restore',
    'snapshot',
    'refresh',
    'clear',
    'markRead',
  ],
  posts: ['create', 'context', 'repost'],
  drafts: ['get', 'set'],
  spend: ['get', 'setMonthlyCap', 'volume'],
  accounts: ['list', 'signIn', 'cancelSignIn', 'update', 'move', 'signOut', 'allowWeakStorage'],
  settings: ['getXApp', 'setXApp'],
  timebox: [
    'view',
    'getSettings',
    'setSettings',
    'startSession',
    'pauseSession',
    'resumeSession',
    'endSession',
    'requestOverride',
    'cancelOverride',
    'report',
    'exportCsv',
  ],
  links: ['open'],
  appearance: ['get', 'set'],
  inbox: ['list', 'act', 'summary', 'metrics', 'session', 'attend'],
  answers: [
    'search',
    'suggest',
    'create',
    'update',
    'archive',
    'merge',
    'fromReply',
    'used',
    'export',
    'import',
    'questions',
  ],
  lists: ['owned'],
  people: [
    'list',
    'card',
    'tags',
    'setTag',
    'createTag',
    'updateTag',
    'removeTag',
    'addNote',
    'updateNote',
    'removeNote',
    'remove',
    'exportCsv',
    'importCsv',
  ],
  outcomes: ['log', 'remove', 'list', 'brought'],
  balance: ['settings', 'setSettings', 'view', 'setClass'],
  archive: ['settings', 'previewRetention', 'setRetention', 'pin'],
} as const satisfies { [G in keyof InvokeContract]: ReadonlyArray<keyof InvokeContract[G]> };

export const EVENT_NAMES = [
  'decks.changed',
  'app.notice',
  'accounts.changed',
  'columns.posts',
  'columns.status',
  'spend.changed',
  'timebox.changed',
  'timebox.warning',
  'app.noticeWithdrawn',
  'inbox.changed',
  'people.changed',
] as const satisfies ReadonlyArray<keyof EventContract>;

/** The IPC channel that carries events; every event is one message on it. */
export const EVENT_CHANNEL = 'timedeck:event';

// --- The type-level check that the lists above are exactly the contract's channels. ---

type Listed = typeof INVOKE_METHODS;
type Dotted<M> = { [G in keyof M & string]: `${G}.${keyof M[G] & string}` }[keyof M & string];
type DottedListed = { [G in keyof Listed]: `${G}.${Listed[G][number]}` }[keyof Listed];
type Exactly<Expected, Actual> = [Exclude<Expected, Actual>] extends [never]
  ? [Exclude<Actual, Expected>] extends [never]
    ? true
    : { extra: Exclude<Actual, Expected> }
  : { missing: Exclude<Expected, Actual> };

/** A contract channel missing here reads `Type 'true' is not assignable to { missing: "x.y" }`. */
export const everyInvokeChannelListed: Exactly<Dotted<InvokeContract>, DottedListed> = true;
export const everyEventListed: Exactly<keyof EventContract, (typeof EVENT_NAMES)[number]> = true;
