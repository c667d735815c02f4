import type { StateCreator } from 'zustand';
import type {
  OutcomeInput,
  PeopleList,
  PeopleTags,
  PersonCard,
} from '../../../shared/people/schema';
import { bridge } from '../bridge';
import type { Store } from './index';

import type { Tag } from '../../../shared/people/schema';
import type { WhatItBrought } from '../../../shared/outcomes/brought-schema';

export const NO_TAGS: readonly Tag[] = [];

/** Where a person card was opened from: an outcome logged there links to it. */
export interface PersonContext {
  postId?: string;
  columnId?: string;
}

/** A request's answer for a form: null when it went through, else the words to show beside it. */
export type Refusal = string | null;

export interface PeopleSlice {
  /** Every tag, and the tags of every tagged person: chips on posts, the column filter. */
  peopleTags: PeopleTags | null;
  /** The person card open now (a modal), with what it was opened from. */
  personCard: {
    personId: string;
    context: PersonContext;
    card: PersonCard | null;
    error: string | null;
  } | null;
  peopleList: PeopleList | null;
  /** "What it brought" in the Time view. */
  brought: WhatItBrought | null;
  loadBrought(): Promise<void>;
  loadPeopleTags(): Promise<void>;
  openPerson(personId: string, context?: PersonContext): void;
  closePerson(): void;
  reloadPerson(): Promise<void>;
  setPersonTag(personId: string, tagId: string, on: boolean): Promise<Refusal>;
  addPersonNote(personId: string, text: string): Promise<Refusal>;
  removePersonNote(personId: string, noteId: number): Promise<Refusal>;
  logOutcome(input: OutcomeInput): Promise<Refusal>;
  deletePerson(personId: string): Promise<Refusal>;
  loadPeopleList(filter: { search?: string; tagId?: string }): Promise<void>;
  createTag(name: string, color: string): Promise<Refusal>;
  updateTag(tagId: string, patch: { name?: string; color?: string }): Promise<Refusal>;
  removeTag(tagId: string): Promise<Refusal>;
  exportPeopleCsv(): Promise<{ filename: string; csv: string } | null>;
  importPeopleCsv(
    csv: string,
  ): Promise<{ imported: number; problems: Array<{ line: number; reason: string }> } | string>;
}

export const createPeopleSlice: StateCreator<Store, [], [], PeopleSlice> = (set, get) => {
  const showCard = (card: PersonCard) =>
    set((s) =>
      s.personCard?.personId === card.person.id
        ? { personCard: { ...s.personCard, card, error: null } }
        : {},
    );
  const tagsChanged = (peopleTags: PeopleTags) => set({ peopleTags });
  return {
    peopleTags: null,
    personCard: null,
    peopleList: null,
    brought: null,
    async loadBrought() {
      const result = await bridge().outcomes.brought();
      if (result.ok) set({ brought: result.value });
    },
    async loadPeopleTags() {
      const result = await bridge().people.tags();
      if (result.ok) set({ peopleTags: result.value });
    },
    openPerson(personId, context = {}) {
      set({ personCard: { personId, context, card: null, error: null } });
      void get().reloadPerson();
    },
    closePerson: () => set({ personCard: null }),
    async reloadPerson() {
      const open = get().personCard;
      if (!open) return;
      const result = await bridge().people.card({ personId: open.personId });
      if (result.ok) showCard(result.value);
      else
        set((s) =>
          s.personCard?.personId === open.personId
            ? { personCard: { ...s.personCard, error: result.error.message } }
            : {},
        );
    },
    async setPersonTag(personId, tagId, on) {
      const result = await bridge().people.setTag({ personId, tagId, on });
      if (!result.ok) return result.error.message;
      showCard(result.value);
      return null;
    },
    async addPersonNote(personId, text) {
      const result = await bridge().people.addNote({ personId, text });
      if (!result.ok) return result.error.message;
      showCard(result.value);
      return null;
    },
    async removePersonNote(personId, noteId) {
      const result = await bridge().people.removeNote({ personId, noteId });
      if (!result.ok) return result.error.message;
      showCard(result.value);
      return null;
    },
    async logOutcome(input) {
      const result = await bridge().outcomes.log(input);
      if (!result.ok) return result.error.message;
      void get().reloadPerson();
      void get().loadBrought();
      return null;
    },
    async deletePerson(personId) {
      const result = await bridge().people.remove({ personId });
      if (!result.ok) return result.error.message;
      set({ personCard: null });
      return null;
    },
    async loadPeopleList(filter) {
      const result = await bridge().people.list({
        ...(filter.search ? { search: filter.search } : {}),
        ...(filter.tagId ? { tagId: filter.tagId } : {}),
      });
      if (result.ok) set({ peopleList: result.value });
    },
    async createTag(name, color) {
      const result = await bridge().people.createTag({ name, color });
      if (!result.ok) return result.error.message;
      tagsChanged(result.value);
      return null;
    },
    async updateTag(tagId, patch) {
      const result = await bridge().people.updateTag({ tagId, ...patch });
      if (!result.ok) return result.error.message;
      tagsChanged(result.value);
      return null;
    },
    async removeTag(tagId) {
      const result = await bridge().people.removeTag({ tagId });
      if (!result.ok) return result.error.message;
      tagsChanged(result.value);
      return null;
    },
    async exportPeopleCsv() {
      const result = await bridge().people.exportCsv();
      return result.ok ? result.value : null;
    },
    async importPeopleCsv(csv) {
      const result = await bridge().people.importCsv({ csv });
      return result.ok ? result.value : result.error.message;
    },
  };
};
