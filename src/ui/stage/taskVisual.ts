/**
 * Which picture a task gets, from its lastStatus, its target's state and why ECS is replacing it: the encoding
 * table of design.md (never color alone: each has its own shape and mark, and the words are written beside it).
 * A task replaced for its own failed checks is drawn unhealthy; one replaced for another reason (its instance
 * draining, a deployment) keeps serving until its replacement is up, and is drawn as being replaced, not unhealthy.
 */
import type { ReplacementReason, TargetState, TaskLastStatus } from '../../engine';

export type TaskVisual = 'pending' | 'initial' | 'healthy' | 'unhealthy' | 'replacing' | 'draining' | 'stopping' | 'gone';

/** Replaced for failing its own checks: the same picture as unhealthy. */
export function failedOwnChecks(reason: ReplacementReason | null): boolean {
  return reason === 'elb-health-checks' || reason === 'container-health-checks';
}

export function taskVisual(lastStatus: TaskLastStatus, health: TargetState | null, replacement: ReplacementReason | null): TaskVisual {
  switch (lastStatus) {
    case 'STOPPED':
      return 'gone';
    case 'STOPPING':
    case 'DEPROVISIONING':
      return 'stopping';
    case 'DEACTIVATING':
      return 'draining';
    case 'PROVISIONING':
    case 'PENDING':
      return 'pending';
    case 'ACTIVATING':
      return 'initial';
    case 'RUNNING':
      if (health === 'draining') return 'draining';
      if (health === 'unhealthy' || failedOwnChecks(replacement)) return 'unhealthy';
      if (replacement !== null) return 'replacing';
      if (health === 'initial') return 'initial';
      return 'healthy';
  }
}
