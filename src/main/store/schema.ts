import type { Options } from 'conf';
import { z } from 'zod';
import { DecksStateSchema, type DecksState } from '../../shared/decks/schema';
import { StoredAccountSchema, XAppSchema, defaultXApp } from '../accounts/stored-account';
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
});
export type PersistedState = z.infer<typeof PersistedSchema>;

/** The store layout's version: raise it together with a new entry in migrations.ts. */
export const STORE_VERSION = '1.0.0';

export const defaultDecks = (): DecksState => ({
  decks: [
    {
      id: 'brand',
      name: 'Brand',
      columns: [
        { id: 'brand-mentions', type: 'mentions', title: 'Mentions', width: 'medium' },
        { id: 'brand-search', type: 'search', title: 'Brand search', width: 'medium' },
      ],
    },
    {
      id: 'personal',
      name: 'Personal',
      columns: [
        { id: 'personal-home', type: 'home', title: 'Home', width: 'medium' },
        { id: 'personal-mentions', type: 'mentions', title: 'Mentions', width: 'medium' },
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
});

const rootJsonSchema = z.toJSONSchema(PersistedSchema, { target: 'draft-2020-12' }) as {
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
