import { z } from 'zod';
import { DENSITIES, TEXT_SIZES, THEMES, type Appearance } from './values';

export const AppearanceSchema = z.object({
  theme: z.enum(THEMES, { error: `A theme is one of: ${THEMES.join(', ')}` }),
  density: z.enum(DENSITIES, { error: `A density is one of: ${DENSITIES.join(', ')}` }),
  textSize: z.enum(TEXT_SIZES, { error: `A text size is one of: ${TEXT_SIZES.join(', ')}` }),
}) satisfies z.ZodType<Appearance>;

/** A change of one or more of them. */
export const AppearancePatchSchema = AppearanceSchema.partial().strict();
