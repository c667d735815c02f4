import type { TimedeckApi } from '../../shared/ipc/bridge';

/** The one module that touches window.timedeck: store actions call it, components never do. */
export const bridge = (): TimedeckApi => window.timedeck;
