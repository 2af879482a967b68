/** `spikeTraffic`'s arguments as scripts, imports and messages write them (spikeTraffic.ts is the command). */
import { z } from '../../zod';
import { LIMITS, trafficRateMessage } from '../limits';
import { commandSchema } from './args';
import type { CommandSchema } from './definition';
import { DEFAULT_SPIKE_SECONDS, type SpikeTrafficCommand } from './spikeTraffic';

export const spikeTrafficSchema: CommandSchema<SpikeTrafficCommand> = commandSchema('spikeTraffic', {
  rate: z.number().min(0).max(LIMITS.trafficRate.value, { error: (issue) => trafficRateMessage(Number(issue.input)) })
    .meta({ description: 'Requests per second during the spike.' }),
  seconds: z.number().min(1).max(LIMITS.simulatedSeconds.value).optional().meta({ description: `How long it lasts (default ${DEFAULT_SPIKE_SECONDS}).` }),
});
