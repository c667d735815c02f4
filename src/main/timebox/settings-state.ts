import { z } from 'zod';
import { TimeboxSettingsSchema } from '../../shared/timebox/settings';
import { BudgetDaySchema } from '../../shared/timebox/status';

/** The time box's settings as the store keeps them (see settings-change.ts). */
export const SettingsStateSchema = z.object({
  active: TimeboxSettingsSchema,
  desired: TimeboxSettingsSchema,
  changedOn: BudgetDaySchema,
});
