import type { StateCreator } from 'zustand';
import type { ArchiveSettings } from '../../../shared/archive/schema';
import { bridge } from '../bridge';
import type { Store } from './index';

export interface ArchiveSlice {
  /** The archive's settings as main last told them; null until asked. */
  archive: ArchiveSettings | null;
  /** Ids of the pinned posts, for the cards' pin buttons. */
  pinnedPosts: ReadonlySet<string>;
  loadArchive(): Promise<void>;
  /** Pins or unpins; the card shows it at once and goes back if main refuses. */
  pinPost(postId: string, pinned: boolean): Promise<void>;
  /** How many posts `days` would forget now; null if main could not say. */
  previewRetention(days: number): Promise<number | null>;
  /** Sets it; resolves to how many posts were forgotten, or null if refused. */
  setRetention(days: number): Promise<number | null>;
}

export const createArchiveSlice: StateCreator<Store, [], [], ArchiveSlice> = (set, get) => {
  const take = (archive: ArchiveSettings) =>
    set({ archive, pinnedPosts: new Set(archive.pinnedIds) });
  return {
    archive: null,
    pinnedPosts: new Set(),
    async loadArchive() {
      const result = await bridge().archive.settings();
      if (result.ok) take(result.value);
    },
    async pinPost(postId, pinned) {
      const before = get().pinnedPosts;
      const next = new Set(before);
      if (pinned) next.add(postId);
      else next.delete(postId);
      set({ pinnedPosts: next });
      const result = await bridge().archive.pin({ postId, pinned });
      if (result.ok) take(result.value.settings);
      else set({ pinnedPosts: before });
    },
    async previewRetention(days) {
      const result = await bridge().archive.previewRetention({ days });
      return result.ok ? result.value.wouldForget : null;
    },
    async setRetention(days) {
      const result = await bridge().archive.setRetention({ days });
      if (!result.ok) return null;
      take(result.value.settings);
      return result.value.forgotten;
    },
  };
};
