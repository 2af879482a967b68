/**
 * Task scale-in protection (facts 68-69): a protected task is never the one a scale-in stops. When more tasks are
 * protected than the desired count allows, the service keeps them and says why, once, until that no longer holds.
 */
import type { EngineState } from '../core/engineState';
import type { ServiceRec, TaskRec } from '../core/model';

/** Fact 68: 120 minutes when `expiresInMinutes` is not given; 1 to 2,880 when it is. */
export const DEFAULT_PROTECTION_MINUTES = 120;
export const MAX_PROTECTION_MINUTES = 2880;

export function isProtected(task: TaskRec, now: number): boolean {
  return task.protectedUntil > now;
}

/** Fact 69's words, with the service's one task set named by its primary deployment. */
export function protectedTasksMessage(service: ServiceRec): string {
  const deployment = service.deployments[0]?.id ?? 'ecs-svc/1';
  return `(service ${service.name}) was unable to reach steady state because task set ${deployment} was unable to scale in. Reason: The number of protected tasks are more than the desired count of tasks.`;
}

/**
 * Of the tasks a scale-in would stop, those it may: the unprotected ones. Says fact 69's message when protection
 * holds some back, once while it holds.
 */
export function unprotected(engine: EngineState, service: ServiceRec, tasks: readonly TaskRec[], excess: number): TaskRec[] {
  const free = tasks.filter((t) => !isProtected(t, engine.now));
  const blocked = free.length < excess;
  if (blocked && !service.protectionReported) {
    service.protectionReported = true;
    engine.emit({ t: engine.now, type: 'service.event', service: service.spec.id, message: protectedTasksMessage(service) });
  } else if (!blocked) {
    service.protectionReported = false;
  }
  return free;
}
