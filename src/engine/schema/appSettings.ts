/**
 * How an app behaves (MC12, MC20, MC22), as a task definition's `Metadata.EcsOrchestra` and a `deploy` write it:
 * every key optional, `responses` an object of path pattern to status in the order written.
 */
import { z } from '../../zod';

const seconds = (what: string) => z.number().min(0).optional().meta({ description: `${what}, in seconds.` });

export const httpStatusSchema = z.number().int().min(100).max(599);

/** AppBehaviour's fields (MC12, MC20, MC22); `responses` is written as an object, pattern to status, in order. */
export const appSettingsShape = {
  provisioningSeconds: seconds('How long PROVISIONING lasts (default 3)'),
  pendingSeconds: seconds('How long PENDING lasts, the image pull (default 7)'),
  activatingSeconds: seconds('How long ACTIVATING lasts (default 1)'),
  startupSeconds: seconds('How long after RUNNING the app starts answering (default 2)'),
  shutdownSeconds: seconds('How long the app takes to exit after SIGTERM (default 2)'),
  ignoresSigterm: z.boolean().optional().meta({ description: 'The app ignores SIGTERM and is killed at the container stopTimeout.' }),
  latencyMs: z.number().min(0).optional().meta({ description: 'Milliseconds the app takes to answer (default 20).' }),
  errorRate: z.number().min(0).max(1).optional().meta({ description: 'Share of ordinary requests answered 500 (never health checks), 0 to 1.' }),
  responses: z.record(z.string().min(1), httpStatusSchema).optional()
    .meta({ description: 'Path pattern to the status the app answers, first match in written order wins, e.g. {"/": 302}; health checks too.' }),
  pullError: z.string().min(1).nullable().optional()
    .meta({ description: 'Tasks fail to start with this reason, e.g. "CannotPullContainerError: ... not found".' }),
  instrument: z.string().min(1).nullable().optional().meta({ description: 'Orchestra lens: the instrument this image plays (violin, saxophone, cello...).' }),
  cpuMsPerRequest: z.number().min(0).max(60_000).optional().meta({ description: 'Load on a task (MC26): milliseconds of one vCPU a request costs (default 10).' }),
  baselineCpuPercent: z.number().min(0).max(100).optional().meta({ description: 'Load on a task (MC26): CPUUtilization with no requests, in percent (default 5).' }),
  memoryMbPerRequest: z.number().min(0).max(1_000_000).optional().meta({ description: 'Load on a task (MC26): MiB a request in flight holds (default 1).' }),
  baselineMemoryPercent: z.number().min(0).max(100).optional().meta({ description: 'Load on a task (MC26): MemoryUtilization with no requests, in percent (default 30).' }),
};
