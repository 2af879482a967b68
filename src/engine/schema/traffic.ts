/** One kind of request in the traffic mix, as the template's `traffic` and a `setTraffic` write it (MC17). */
import { z } from '../../zod';
import { LIMITS, limitText, trafficRateMessage } from '../limits';
import { strict } from './strict';

export const trafficMixEntrySchema = strict({
  method: z.string().min(1).optional().meta({ description: 'HTTP method (default GET).' }),
  host: z.string().min(1).optional().meta({ description: "Host header (default the load balancer's DNS name)." }),
  path: z.string().min(1).optional().meta({ description: 'URL path (default /).' }),
  query: z.string().optional().meta({ description: 'Query string without "?".' }),
  headers: z.record(z.string().min(1), z.string()).optional(),
  sourceIp: z.string().min(1).optional().meta({ description: 'Client address (default 203.0.113.10).' }),
  listenerPort: z.number().int().min(1).max(65535).optional().meta({ description: 'Listener port (default the lowest).' }),
  loadBalancer: z.string().min(1).optional().meta({ description: "The load balancer the request is addressed to: its logical ID, name or DNS name (default: the one whose DNS name is the Host, else the first listening on the port)." }),
  client: z.string().min(1).optional().meta({ description: 'A client identity: requests with the same one carry the same cookies, so sticky sessions keep them on one target (default: none, every request is a new client).' }),
  weight: z.number().min(0).optional().meta({ description: 'Relative share of the traffic (default 1).' }),
}, 'A traffic mix entry');

/** Requests per second in a timeline phase: the same limit and message as the traffic's own rate. */
const phaseRate = (what: string) =>
  z.number().min(0).max(LIMITS.trafficRate.value, { error: (issue) => trafficRateMessage(Number(issue.input)) })
    .meta({ description: `${what}, in requests per second (at most ${LIMITS.trafficRate.value}).` });
const phaseAt = z.number().min(0).max(LIMITS.simulatedSeconds.value, { error: `a phase starts within ${limitText(LIMITS.simulatedSeconds)}` })
  .meta({ description: 'When the phase starts, in seconds from the start of the scenario.' });
const phaseSeconds = (what: string, min: number) =>
  z.number().min(min, { error: `${what} must be at least ${min} s` }).max(LIMITS.simulatedSeconds.value, { error: `${what} is at most one week (${LIMITS.simulatedSeconds.value} s)` })
    .meta({ description: `${what}, in seconds.` });

/** One phase of a traffic timeline (README "Traffic timelines", MC42). */
export const trafficPhaseSchema = z.discriminatedUnion('kind', [
  strict({ kind: z.literal('steady'), at: phaseAt, rate: phaseRate('The rate from `at` on') }, 'A steady phase'),
  strict({ kind: z.literal('ramp'), at: phaseAt, to: phaseRate('The rate the ramp reaches'), seconds: phaseSeconds('How long the ramp takes', 1) }, 'A ramp phase'),
  strict({ kind: z.literal('spike'), at: phaseAt, rate: phaseRate('The rate during the spike'), seconds: phaseSeconds('How long the spike lasts', 1) }, 'A spike phase'),
  strict({
    kind: z.literal('wave'),
    at: phaseAt,
    low: phaseRate('The lowest rate of the wave'),
    high: phaseRate('The highest rate of the wave'),
    periodSeconds: phaseSeconds('One period of the wave (a day is 86400)', 60).optional(),
  }, 'A wave phase').refine((wave) => wave.high >= wave.low, { message: 'a wave\'s high must be at least its low', path: ['high'] }),
], { error: (issue) => (issue.code === 'invalid_union' ? 'a timeline phase has "kind" steady, ramp, spike or wave' : undefined) });

export const trafficTimelineSchema = z.array(trafficPhaseSchema)
  .max(LIMITS.trafficPhases.value, { error: (issue) => `${Array.isArray(issue.input) ? issue.input.length : ''} timeline phases is too many: ${limitText(LIMITS.trafficPhases)}.` })
  .meta({ description: 'Traffic that changes over time: phases of kind steady, ramp, spike or wave (README "Traffic timelines").' });
