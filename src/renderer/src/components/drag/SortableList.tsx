import { lazy, Suspense, useState, type ReactNode } from 'react';
import { createSortableRegistry, SortableRegistryContext } from './sortable-registry';
import type { SortableBindingsProps } from './SortableBindings';

const SortableBindings = lazy(() => import('./SortableBindings'));

/**
 * A sortable list whose items render at once and whose dragging (dnd-kit, a chunk of its own)
 * joins them when loaded, without remounting any of them. `children` are the items; each uses
 * useSortableItem(id) with an id from `items`.
 */
export function SortableList({
  children,
  ...bindings
}: Omit<SortableBindingsProps, 'registry'> & { children: ReactNode }) {
  const [registry] = useState(createSortableRegistry);
  return (
    <SortableRegistryContext.Provider value={registry}>
      {children}
      <Suspense fallback={null}>
        <SortableBindings registry={registry} {...bindings} />
      </Suspense>
    </SortableRegistryContext.Provider>
  );
}
