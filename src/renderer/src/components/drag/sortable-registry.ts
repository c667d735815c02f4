import { createContext } from 'react';

/**
 * How a sortable item (a column, a deck tab) meets dnd-kit, which loads after the deck's first
 * paint (bench: renderer_js_gzip_kb). The items render from the start and never remount; once
 * dnd-kit is there, one binding per item (rendered apart, inside dnd-kit's context) takes the
 * item's node from here and publishes what the item needs to be dragged: the handle's
 * attributes and listeners, its moving style. Until then an item is simply not draggable yet.
 */
export interface ItemDrag {
  attributes: Record<string, unknown> | undefined;
  listeners: Record<string, unknown> | undefined;
  /** CSS transform while it moves, as dnd-kit's CSS.Translate gives it. */
  transform: string | undefined;
  transition: string | undefined;
  isDragging: boolean;
}

export const IDLE: ItemDrag = {
  attributes: undefined,
  listeners: undefined,
  transform: undefined,
  transition: undefined,
  isDragging: false,
};

const same = (a: ItemDrag, b: ItemDrag) =>
  a.attributes === b.attributes &&
  a.listeners === b.listeners &&
  a.transform === b.transform &&
  a.transition === b.transition &&
  a.isDragging === b.isDragging;

export type SortableRegistry = ReturnType<typeof createSortableRegistry>;

export function createSortableRegistry() {
  const views = new Map<string, ItemDrag>();
  const nodes = new Map<string, HTMLElement | null>();
  const binders = new Map<string, (node: HTMLElement | null) => void>();
  const listeners = new Map<string, Set<() => void>>();
  const notify = (id: string) => listeners.get(id)?.forEach((l) => l());
  return {
    view: (id: string): ItemDrag => views.get(id) ?? IDLE,
    subscribe(id: string, listener: () => void) {
      let set = listeners.get(id);
      if (!set) listeners.set(id, (set = new Set()));
      set.add(listener);
      return () => void set.delete(listener);
    },
    /** From a binding: what the item shows now (ignored when nothing changed). */
    publish(id: string, view: ItemDrag) {
      if (same(views.get(id) ?? IDLE, view)) return;
      views.set(id, view);
      notify(id);
    },
    /** From a binding going away (dnd-kit's context with it). */
    release(id: string) {
      binders.delete(id);
      if (!views.has(id)) return;
      views.delete(id);
      notify(id);
    },
    /** From the item's ref: its node, handed to its binding now or when it comes. */
    setNode(id: string, node: HTMLElement | null) {
      nodes.set(id, node);
      binders.get(id)?.(node);
    },
    /** From a binding: dnd-kit's node ref for the item, given the node at once if known. */
    bind(id: string, setNodeRef: (node: HTMLElement | null) => void) {
      binders.set(id, setNodeRef);
      setNodeRef(nodes.get(id) ?? null);
    },
  };
}

/** Outside any sortable list (a lone item, a test) an item is not draggable. */
export const SortableRegistryContext = createContext<SortableRegistry>(createSortableRegistry());
