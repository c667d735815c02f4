import type { StateCreator } from 'zustand';
import type { ColumnStatus } from '../../../shared/columns/content';
import { isNewer } from '../../../shared/posts/ids';
import { bridge } from '../bridge';
import type { Store } from './index';

export interface ColumnStatusSlice {
  /** What main says about each column: loading, rate limited until…, needs sign-in, … */
  columnStatuses: Readonly<Record<string, ColumnStatus>>;
  /** The newest post the user has seen, per column. */
  readMarkers: Readonly<Record<string, string>>;
  setColumnStatus(status: ColumnStatus): void;
  /** Moves the column's read marker to its newest post. */
  markColumnRead(columnId: string): Promise<boolean>;
  refreshColumn(columnId: string): Promise<boolean>;
}

export const createColumnStatusSlice: StateCreator<Store, [], [], ColumnStatusSlice> = (
  set,
  get,
) => ({
  columnStatuses: {},
  readMarkers: {},
  setColumnStatus: (status) => {
    set((s) => ({ columnStatuses: { ...s.columnStatuses, [status.columnId]: status } }));
    if (status.state === 'ok') get().clearXHealthErrors();
  },
  async markColumnRead(columnId) {
    const newest = get().postCache.columnIds[columnId]?.[0];
    const marker = get().readMarkers[columnId];
    if (!newest || (marker !== undefined && !isNewer(newest, marker))) return true;
    const result = await bridge().columns.markRead({ columnId, postId: newest });
    if (result.ok) set((s) => ({ readMarkers: { ...s.readMarkers, [columnId]: newest } }));
    return result.ok;
  },
  async refreshColumn(columnId) {
    const result = await bridge().columns.refresh({ columnId });
    return result.ok;
  },
});
