import type { StateCreator } from 'zustand';
import type {
  InboxActRequest,
  InboxAttendRequest,
  InboxList,
  InboxMetrics,
  InboxSession,
  InboxSummary,
} from '../../../shared/inbox/schema';
import { bridge } from '../bridge';
import type { Store } from './index';

export interface InboxSlice {
  /** Every conversation the user may see now (all states, all brand accounts); null until loaded. */
  inbox: InboxList | null;
  /** Counts and the oldest wait only, locked decks included: what the lock panel may show. */
  inboxSummary: InboxSummary | null;
  /** Response metrics per budget day, for the Time view; null until asked for. */
  inboxMetrics: InboxMetrics | null;
  loadInbox(): Promise<void>;
  loadInboxMetrics(): Promise<void>;
  /** What an "Answer the inbox" session did; null if main could not say. */
  inboxSessionWork(since: number, until: number): Promise<InboxSession | null>;
  /** A triage action; whether main took it (a refusal shows as an error, like every other). */
  actOnInbox(request: InboxActRequest): Promise<boolean>;
  /** The conversation focused in an Inbox column, and the one drafted for "Reply on X". */
  inboxFocused: string | null;
  inboxReplyingOnX: string | null;
  setInboxFocused(key: string | null): void;
  setInboxReplyingOnX(key: string | null): void;
  /** The conversation main says it counts the owner's time for now (its answer to attend). */
  inboxAttended: string | null;
  /** Tells main which conversation is open on screen (see selectInboxAttention). */
  attendInbox(request: InboxAttendRequest): Promise<void>;
}

// Several changes in a row (a poll taking in many posts) ask main once at a time.
let loading: Promise<void> | null = null;
let again = false;

export const createInboxSlice: StateCreator<Store, [], [], InboxSlice> = (set, get) => ({
  inbox: null,
  inboxSummary: null,
  inboxMetrics: null,
  async inboxSessionWork(since, until) {
    const result = await bridge().inbox.session({
      since: Math.floor(since),
      until: Math.ceil(until),
    });
    return result.ok ? result.value : null;
  },
  async loadInboxMetrics() {
    const result = await bridge().inbox.metrics();
    if (result.ok) set({ inboxMetrics: result.value });
  },
  loadInbox() {
    if (loading) {
      again = true;
      return loading;
    }
    loading = (async () => {
      do {
        again = false;
        const [list, summary] = await Promise.all([
          bridge().inbox.list({}),
          bridge().inbox.summary(),
        ]);
        if (list.ok) set({ inbox: list.value });
        if (summary.ok) set({ inboxSummary: summary.value });
      } while (again);
    })().finally(() => {
      loading = null;
    });
    return loading;
  },
  inboxFocused: null,
  inboxReplyingOnX: null,
  setInboxFocused: (key) => set({ inboxFocused: key }),
  setInboxReplyingOnX: (key) => set({ inboxReplyingOnX: key }),
  inboxAttended: null,
  async attendInbox(request) {
    const result = await bridge().inbox.attend(request);
    set({ inboxAttended: result.ok ? result.value.key : null });
  },
  async actOnInbox(request) {
    const result = await bridge().inbox.act(request);
    if (!result.ok) return false;
    await get().loadInbox();
    return true;
  },
});
