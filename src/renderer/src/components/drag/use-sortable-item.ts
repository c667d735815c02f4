import { useCallback, useContext, useSyncExternalStore } from 'react';
import { SortableRegistryContext } from './sortable-registry';

/**
 * An item of a sortable list: `setNode` goes on its element, `attributes` and `listeners` on its
 * drag handle, `transform` and `transition` in its style. All empty until dnd-kit has loaded.
 */
export function useSortableItem(id: string) {
  const registry = useContext(SortableRegistryContext);
  const view = useSyncExternalStore(
    useCallback((listener: () => void) => registry.subscribe(id, listener), [registry, id]),
    () => registry.view(id),
  );
  const setNode = useCallback(
    (node: HTMLElement | null) => registry.setNode(id, node),
    [registry, id],
  );
  return { ...view, setNode };
}
