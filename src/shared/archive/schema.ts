import { z } from 'zod';
import { PINNED_IDS_SHOWN, RETENTION_DAYS } from './limits';

const PostId = z.string().regex(/^\d{1,19}$/, 'A post id is up to 19 digits');
const Days = z.number().int().min(RETENTION_DAYS.min).max(RETENTION_DAYS.max);

/** The archive as the settings show it: where it lives, how much it holds, how long it keeps. */
export const ArchiveSettingsSchema = z.object({
  /** The library file on this computer, and the folder of its daily backups. */
  file: z.string(),
  backupsFolder: z.string(),
  postCount: z.number().int().nonnegative(),
  retentionDays: Days,
  /** Pinned posts, newest first (at most PINNED_IDS_SHOWN): cards show them pinned. */
  pinnedIds: z.array(PostId).max(PINNED_IDS_SHOWN),
});
export type ArchiveSettings = z.infer<typeof ArchiveSettingsSchema>;

export const RetentionRequestSchema = z.object({ days: Days }).strict();

/** What a retention would forget now, so a shorter one is confirmed before anything goes. */
export const RetentionPreviewSchema = z.object({
  days: Days,
  wouldForget: z.number().int().nonnegative(),
});

export const PinRequestSchema = z.object({ postId: PostId, pinned: z.boolean() }).strict();

/** After a change: the settings, and how many posts a new retention forgot. */
export const ArchiveChangeSchema = z.object({
  settings: ArchiveSettingsSchema,
  forgotten: z.number().int().nonnegative(),
});
