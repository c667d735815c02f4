import type { FirstRunAnswer, Notice } from '../../shared/app';
import type { EventHub } from '../ipc/events';
import type { Handlers } from '../ipc/router';
import type { Platform } from '../platform/platform';

export type NewNotice = Omit<Notice, 'id' | 'at'>;

/** App-wide facts for the window, and the notices the user has not dismissed yet. */
export interface FirstRun {
  /** Whether the sheet is still to be shown. */
  pending(): boolean;
  /** Applies the answer (or a skip) and remembers the sheet is done, for good. */
  finish(answer: FirstRunAnswer): void;
}

export function createAppService(
  platform: Platform,
  events: EventHub,
  demo: () => boolean,
  firstRun: FirstRun,
) {
  const notices: Notice[] = [];

  const notify = (notice: NewNotice): string => {
    const full: Notice = { ...notice, id: platform.newId(), at: platform.clock.now() };
    notices.push(full);
    events.emit('app.notice', full);
    return full.id;
  };
  /** The notice's cause is over: it leaves the list and the window by itself. */
  const withdraw = (noticeId: string) => {
    const index = notices.findIndex((n) => n.id === noticeId);
    if (index >= 0) notices.splice(index, 1);
    events.emit('app.noticeWithdrawn', { noticeId });
  };

  const handlers: Handlers['app'] = {
    info: () => ({
      version: platform.version,
      host: platform.host,
      demo: demo(),
      notices: [...notices],
      firstRun: firstRun.pending(),
    }),
    finishFirstRun: (answer) => {
      firstRun.finish(answer);
      return handlers.info(undefined);
    },
    dismissNotice: ({ noticeId }) => {
      const index = notices.findIndex((n) => n.id === noticeId);
      if (index >= 0) notices.splice(index, 1);
      return null;
    },
  };
  return { handlers, notify, withdraw };
}
