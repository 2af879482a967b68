/** `setTraffic`'s arguments as scripts, imports and messages write them (setTraffic.ts is the command). */
import { z } from '../../zod';
import { trafficMixEntrySchema, trafficTimelineSchema } from '../schema/traffic';
import { commandSchema } from './args';
import { LIMITS, trafficRateMessage } from '../limits';
import type { CommandSchema } from './definition';
import { NEVER_DRAWS, neverDraws, type SetTrafficCommand } from './setTraffic';

// Field by field, so the limits hold wherever the shape is reused (a script entry adds `at` to it).
export const setTrafficSchema: CommandSchema<SetTrafficCommand> = commandSchema('setTraffic', {
  rate: z.number().min(0).max(LIMITS.trafficRate.value, { error: (issue) => trafficRateMessage(Number(issue.input)) }).optional(),
  mix: z.array(trafficMixEntrySchema).min(1).refine((mix) => !neverDraws(mix), { message: NEVER_DRAWS }).optional(),
  timeline: trafficTimelineSchema.optional(),
});
