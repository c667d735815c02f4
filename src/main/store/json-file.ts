import fs from 'node:fs';
import type { z } from 'zod';
import type { Clock, TimerId } from '../../shared/time/clock';
import { writeFileAtomic } from '../platform/atomic-file';
import type { Logger } from '../platform/logger';

/**
 * A JSON file that main rewrites often (caches, counters): writes are coalesced and atomic
 * (temp file, then rename), reads are validated. A damaged file is logged and read as absent:
 * use this only for data Timedeck can do without or rebuild, never for what the user made.
 */
export function createJsonFile<S extends z.ZodType>(options: {
  file: string;
  schema: S;
  clock: Clock;
  log: Logger;
  delayMs?: number;
}) {
  let timer: TimerId | undefined;
  let pending: (() => z.input<S>) | null = null;

  function flush() {
    if (timer !== undefined) options.clock.clearTimeout(timer);
    timer = undefined;
    const build = pending;
    pending = null;
    if (!build) return;
    try {
      writeFileAtomic(options.file, JSON.stringify(build()));
    } catch (e) {
      options.log.warn(`could not write ${options.file}: ${String(e)}`);
    }
  }

  return {
    load(): z.output<S> | null {
      let text: string;
      try {
        text = fs.readFileSync(options.file, 'utf8');
      } catch {
        return null;
      }
      const parsed = options.schema.safeParse(JSON.parse(text === '' ? 'null' : safeJson(text)));
      if (!parsed.success) {
        options.log.warn(`ignoring a damaged ${options.file}`);
        return null;
      }
      return parsed.data;
    },
    /** Asks for a write soon; `build` runs then, so it sees the latest state. */
    schedule(build: () => z.input<S>) {
      pending = build;
      timer ??= options.clock.setTimeout(flush, options.delayMs ?? 3000);
    },
    flush,
  };
}

/** JSON.parse's input, with a damaged text turned into something no schema accepts. */
const safeJson = (text: string) => {
  try {
    JSON.parse(text);
    return text;
  } catch {
    return '"damaged"';
  }
};
