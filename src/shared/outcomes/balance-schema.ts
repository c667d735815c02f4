import { z } from 'zod';
import { POST_CLASSES } from './post-class';

/** Own domains, product names and the balance target (settings), and an account's balance. */

export const PostClassSchema = z.enum(POST_CLASSES);

export const BrandSettingsSchema = z.object({
  /** Host names, normalised (lower case, no www.). */
  domains: z.array(z.string()),
  products: z.array(z.string()),
  target: z.object({
    promotional: z.number().int().min(0).max(10),
    outOf: z.number().int().min(1).max(20),
  }),
});
export type BrandSettings = z.infer<typeof BrandSettingsSchema>;

export const BrandSettingsRequestSchema = z
  .object({
    domains: z.array(z.string().max(253)).max(20),
    products: z.array(z.string().trim().min(2).max(60)).max(50),
    target: z
      .object({
        promotional: z.number().int().min(0).max(10),
        outOf: z.number().int().min(1).max(20),
      })
      .strict()
      .refine((t) => t.promotional <= t.outOf, {
        message: 'At most as many promotional posts as posts',
      }),
  })
  .strict();

const MixSchema = z.object({
  total: z.number().int(),
  promotional: z.number().int(),
  support: z.number().int(),
  social: z.number().int(),
});

export const OwnPostViewSchema = z.object({
  id: z.string(),
  text: z.string(),
  createdAt: z.number(),
  postClass: PostClassSchema,
  reason: z.string(),
  overridden: z.boolean(),
});

export const BalanceViewSchema = z.object({
  accountId: z.string(),
  /** The account's own posts, newest first, as its timeline gave them. */
  posts: z.array(OwnPostViewSchema),
  last7: MixSchema,
  last30: MixSchema,
  target: BrandSettingsSchema.shape.target,
});
export type BalanceView = z.infer<typeof BalanceViewSchema>;
