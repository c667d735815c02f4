import type { StateCreator } from 'zustand';
import type {
  AccountsState,
  AccountView,
  XAppInput,
  XAppView,
} from '../../../shared/accounts/schema';
import type { Result } from '../../../shared/errors';
import { bridge } from '../bridge';
import type { Store } from './index';

export interface AccountsSlice {
  accounts: AccountsState | null;
  xApp: XAppView | null;
  setAccounts(state: AccountsState): void;
  loadAccounts(): Promise<void>;
  /** With an account id: "Sign in again" for that account (main refuses anyone else). */
  signIn(accountId?: string): Promise<boolean>;
  cancelSignIn(attemptId: string): Promise<boolean>;
  updateAccount(
    accountId: string,
    patch: { role?: string; color?: AccountView['color'] },
  ): Promise<boolean>;
  moveAccount(accountId: string, toIndex: number): Promise<boolean>;
  signOut(accountId: string): Promise<boolean>;
  allowWeakStorage(): Promise<boolean>;
  saveXApp(input: XAppInput): Promise<boolean>;
}

export const createAccountsSlice: StateCreator<Store, [], [], AccountsSlice> = (set) => {
  const apply = async (request: Promise<Result<AccountsState>>) => {
    const result = await request;
    if (result.ok) set({ accounts: result.value });
    return result.ok;
  };
  return {
    accounts: null,
    xApp: null,
    setAccounts: (accounts) => set({ accounts }),
    async loadAccounts() {
      const [accounts, xApp] = await Promise.all([
        bridge().accounts.list(),
        bridge().settings.getXApp(),
      ]);
      if (accounts.ok) set({ accounts: accounts.value });
      if (xApp.ok) set({ xApp: xApp.value });
    },
    async signIn(accountId) {
      // The status (with the authorize URL) arrives through accounts.changed as well.
      const result = await bridge().accounts.signIn(accountId ? { accountId } : undefined);
      return result.ok;
    },
    cancelSignIn: (attemptId) => apply(bridge().accounts.cancelSignIn({ attemptId })),
    updateAccount: (accountId, patch) => apply(bridge().accounts.update({ accountId, ...patch })),
    moveAccount: (accountId, toIndex) => apply(bridge().accounts.move({ accountId, toIndex })),
    signOut: (accountId) => apply(bridge().accounts.signOut({ accountId })),
    allowWeakStorage: () => apply(bridge().accounts.allowWeakStorage()),
    async saveXApp(input) {
      const result = await bridge().settings.setXApp(input);
      // A new (or removed) bearer token changes what every query's count would answer.
      if (result.ok) set({ xApp: result.value, volumes: {} });
      return result.ok;
    },
  };
};
