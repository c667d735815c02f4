import { z } from 'zod';

/**
 * The shapes Timedeck passes around for X's data: camelCase, with X's optional noise removed.
 * Main builds them from X's responses (src/main/x/normalise.ts); they cross the IPC bridge.
 */

const Id = z.string().regex(/^\d{1,19}$/, 'an X id is a string of digits');
const Span = { start: z.number().int().min(0), end: z.number().int().min(0) };
const count = z.number().int().min(0);

export const MentionSchema = z.object({ ...Span, username: z.string(), id: Id.optional() });
export const TagSchema = z.object({ ...Span, tag: z.string() });
export const UrlEntitySchema = z.object({
  ...Span,
  /** The t.co link as it appears in the text. */
  url: z.string(),
  expandedUrl: z.string().optional(),
  displayUrl: z.string().optional(),
  /** Set when the link is the post's own attached media. */
  mediaKey: z.string().optional(),
});

export const EntitiesSchema = z.object({
  mentions: z.array(MentionSchema),
  hashtags: z.array(TagSchema),
  cashtags: z.array(TagSchema),
  urls: z.array(UrlEntitySchema),
});
export type Entities = z.infer<typeof EntitiesSchema>;

export const REFERENCE_TYPES = ['replied_to', 'quoted', 'retweeted'] as const;
export const ReferenceSchema = z.object({ type: z.enum(REFERENCE_TYPES), id: Id });

export const PostMetricsSchema = z.object({
  replies: count,
  reposts: count,
  likes: count,
  quotes: count,
  bookmarks: count.optional(),
  impressions: count.optional(),
});

export const PostSchema = z.object({
  id: Id,
  /** The full text, long posts included (X's note_tweet when there is one). */
  text: z.string(),
  /** ISO 8601, as X gives it. */
  createdAt: z.iso.datetime(),
  authorId: Id,
  conversationId: Id.optional(),
  inReplyToUserId: Id.optional(),
  referenced: z.array(ReferenceSchema),
  entities: EntitiesSchema,
  metrics: PostMetricsSchema.optional(),
  lang: z.string().optional(),
  mediaKeys: z.array(z.string()),
});
export type Post = z.infer<typeof PostSchema>;

export const XUserSchema = z.object({
  id: Id,
  username: z.string(),
  name: z.string(),
  profileImageUrl: z.string().optional(),
  description: z.string().optional(),
  verified: z.boolean().optional(),
  protected: z.boolean().optional(),
  metrics: z.object({ followers: count, following: count, posts: count, listed: count }).optional(),
});
export type XUser = z.infer<typeof XUserSchema>;

export const MEDIA_TYPES = ['photo', 'video', 'animated_gif'] as const;
export const MediaSchema = z.object({
  mediaKey: z.string(),
  type: z.enum(MEDIA_TYPES),
  /** The image itself (photos only). */
  url: z.string().optional(),
  /** A still for videos and GIFs. */
  previewImageUrl: z.string().optional(),
  width: z.number().int().optional(),
  height: z.number().int().optional(),
  altText: z.string().optional(),
  durationMs: z.number().int().optional(),
});
export type Media = z.infer<typeof MediaSchema>;

export const XListSchema = z.object({
  id: Id,
  name: z.string(),
  description: z.string().optional(),
  private: z.boolean().optional(),
  memberCount: count.optional(),
});
export type XList = z.infer<typeof XListSchema>;

/**
 * One page of posts with everything needed to show them: authors, the posts they quote or
 * reply to, and their media.
 */
export const PostPageSchema = z.object({
  posts: z.array(PostSchema),
  includes: z.object({
    users: z.array(XUserSchema),
    posts: z.array(PostSchema),
    media: z.array(MediaSchema),
  }),
  meta: z.object({
    resultCount: count,
    newestId: Id.optional(),
    oldestId: Id.optional(),
    /** Pass back to fetch the next (older) page; absent on the last page. */
    nextToken: z.string().optional(),
  }),
});
export type PostPage = z.infer<typeof PostPageSchema>;

export const ListPageSchema = z.object({
  lists: z.array(XListSchema),
  nextToken: z.string().optional(),
});
export type ListPage = z.infer<typeof ListPageSchema>;
