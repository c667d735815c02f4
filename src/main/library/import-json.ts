import fs from 'node:fs';
import { z } from 'zod';
import type { Logger } from '../platform/logger';
import type { SpendStore } from './spend';

const OutcomesFileSchema = z.record(
  z.string(),
  z.object({
    postsSent: z.number().int().min(0),
    repliesSent: z.number().int().min(0),
    postsSeen: z.number().int().min(0),
  }),
);

/**
 * outcomes.json (the time box's posts sent and seen per day, before the library) moves into the
 * library once — with no account, which the file did not record — then is renamed
 * `outcomes.json.imported`. A damaged file is renamed unimported.
 */
export function importOutcomesJson(file: string, spend: SpendStore, log: Logger) {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return;
  }
  let parsed: z.infer<typeof OutcomesFileSchema> | null = null;
  try {
    const r = OutcomesFileSchema.safeParse(JSON.parse(text));
    if (r.success) parsed = r.data;
  } catch {
    // damaged: nothing to import
  }
  if (parsed) {
    for (const [day, o] of Object.entries(parsed))
      for (const kind of ['postsSent', 'repliesSent', 'postsSeen'] as const)
        if (o[kind] > 0) spend.addOutcome(day, '', kind, o[kind]);
  } else log.warn(`${file} could not be read; it is set aside, not imported`);
  fs.renameSync(file, `${file}.imported`);
}
