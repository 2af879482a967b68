/** One kind of request in the traffic mix, as the template's `traffic` and a `setTraffic` write it (MC17). */
import { z } from 'zod';
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
