import type { Options } from 'conf';
import { z } from 'zod';
import {
  DEFAULT_REFRESH_MS,
  DecksStateSchema,
  type Column,
  type ColumnType,
  type DecksState,
} from '../../shared/decks/schema';
import { AppearanceSchema } from '../../shared/appearance/schema';
import { DraftSchema } from '../../shared/columns/content';
import { RemovedColumnsSchema } from '../../shared/decks/removed-columns';
import { NO_FILTERS } from '../../shared/search/column-filters';
import { NO_ALERTS_SENT, SpendAlertsSentSchema } from '../../shared/spend/alerts';
import { StoredAccountSchema, XAppSchema, defaultXApp } from '../accounts/stored-account';
import { SettingsStateSchema } from '../timebox/settings-state';
import { UsageMirrorSchema } from '../timebox/second-record';
import { migrations } from './migrations';

export const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

/** Everything Timedeck keeps in its main store file (the time ledger has a store of its own). */
export const PersistedSchema = z.object({
  decks: DecksStateSchema,
  window: WindowStateSchema.nullable(),
  accounts: z.array(StoredAccountSchema),
  xApp: XAppSchema,
  /** The user agreed to keep tokens where the OS offers only weak protection. */
  weakStorageAllowed: z.boolean(),
  /** The monthly API spend at which polling stops; null for no cap. */
  spendCapDollars: z.number().min(0).nullable(),
  /** The spend alerts (50/80/100 % of the cap) given this month: a restart repeats none. */
  spendAlerts: SpendAlertsSentSchema,
  /** The composer's draft, kept across errors and restarts. */
  draft: DraftSchema,
  /** The time box's settings: what holds today and what the user set (null before first start). */
  timebox: SettingsStateSchema.nullable(),
  /**
   * Today's usage as the time box last saved it: a second record beside the ledger's own file,
   * so that deleting or damaging the ledger does not refill the day (see second-record.ts).
   */
  timeboxUsage: UsageMirrorSchema.nullable(),
  /** Theme, density and text size; absent until the user changes one (the defaults hold). */
  appearance: AppearanceSchema.optional(),
  /**
   * The first-run sheet was answered or skipped: never shown again. Absent in files from before
   * it existed; main then decides from whether Timedeck had run before (services.ts).
   */
  firstRunDone: z.boolean().optional(),
  /** The last removed columns, newest first, each restorable (absent: none yet). */
  removedColumns: RemovedColumnsSchema.optional(),
});
export type PersistedState = z.infer<typeof PersistedSchema>;

/** The store layout's version: raise it together with a new entry in migrations.ts. */
export const STORE_VERSION = '1.7.0';

const defaultColumn = (id: string, type: ColumnType, title: string): Column => ({
  id,
  type,
  title,
  width: 'medium',
  accountId: null,
  intervalMs: DEFAULT_REFRESH_MS,
  notify: type === 'mentions',
  filters: NO_FILTERS,
});

export const defaultDecks = (): DecksState => ({
  decks: [
    {
      id: 'brand',
      name: 'Brand',
      columns: [
        defaultColumn('brand-mentions', 'mentions', 'Mentions'),
        defaultColumn('brand-search', 'search', 'Brand search'),
      ],
    },
    {
      id: 'personal',
      name: 'Personal',
      columns: [
        defaultColumn('personal-home', 'home', 'Home'),
        defaultColumn('personal-mentions', 'mentions', 'Mentions'),
      ],
    },
  ],
  activeDeckId: 'brand',
});

export const defaultState = (): PersistedState => ({
  decks: defaultDecks(),
  window: null,
  accounts: [],
  xApp: defaultXApp(),
  weakStorageAllowed: false,
  spendCapDollars: null,
  spendAlerts: NO_ALERTS_SENT,
  draft: { accountId: null, text: '', inReplyToId: null },
  timebox: null,
  timeboxUsage: null,
});

/**
 * zod's defaults are for parsing requests; in the store every value is written in full. ajv
 * (strict) refuses defaults where it cannot apply them, so they are left out of the JSON schema.
 */
const withoutDefaults = (node: unknown): unknown =>
  Array.isArray(node)
    ? node.map(withoutDefaults)
    : node && typeof node === 'object'
      ? Object.fromEntries(
          Object.entries(node)
            .filter(([k]) => k !== 'default')
            .map(([k, v]) => [k, withoutDefaults(v)]),
        )
      : node;

const rootJsonSchema = withoutDefaults(
  z.toJSONSchema(PersistedSchema, { target: 'draft-2020-12' }),
) as {
  properties: Record<string, unknown>;
  required: string[];
};

/**
 * The store's options, written once: the Electron host hands them to electron-store, the
 * harness and the tests to conf. conf validates every read and write against the JSON schema
 * derived from the same zod schema that the contract uses.
 */
export const storeOptions = {
  configName: 'timedeck',
  projectName: 'timedeck',
  projectVersion: STORE_VERSION,
  schema: rootJsonSchema.properties as Options<PersistedState>['schema'],
  rootSchema: { required: rootJsonSchema.required },
  defaults: defaultState(),
  migrations: migrations as unknown as Options<PersistedState>['migrations'],
  clearInvalidConfig: false,
  accessPropertiesByDotNotation: false,
} satisfies Partial<Options<PersistedState>>;
