/**
 * Which picture a task gets, from its lastStatus and its target's state: the encoding table of design.md (never
 * color alone: each has its own shape and mark, and the AWS words are written beside it).
 */
import type { TargetState, TaskLastStatus } from '../../engine';

export type TaskVisual = 'pending' | 'initial' | 'healthy' | 'unhealthy' | 'draining' | 'stopping' | 'gone';

export function taskVisual(lastStatus: TaskLastStatus, health: TargetState | null, marked: boolean): TaskVisual {
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
      if (health === 'unhealthy' || marked) return 'unhealthy';
      if (health === 'initial') return 'initial';
      return 'healthy';
  }
}
