/**
 * ECS's service event wording (facts 30-32, 56; MC24). Every message begins "(service <name>)" as AWS writes them.
 */

const list = (ids: readonly string[]): string => ids.map((id) => `(task ${id})`).join(' ');

export const serviceMessages = {
  startedTasks: (service: string, ids: readonly string[]): string =>
    `(service ${service}) has started ${ids.length} tasks: ${list(ids)}.`,
  stoppedTasks: (service: string, ids: readonly string[]): string =>
    `(service ${service}) has stopped ${ids.length} running tasks: ${list(ids)}.`,
  registeredTargets: (service: string, count: number, tgArn: string): string =>
    `(service ${service}) registered ${count} targets in (target-group ${tgArn})`,
  deregisteredTargets: (service: string, count: number, tgArn: string): string =>
    `(service ${service}) deregistered ${count} targets in (target-group ${tgArn})`,
  beganDraining: (service: string, count: number): string =>
    `(service ${service}) has begun draining connections on ${count} tasks.`,
  unhealthyInTargetGroup: (service: string, task: string, port: number, tgArn: string, why: string): string =>
    `(service ${service}) (task ${task}) (port ${port}) is unhealthy in (target-group ${tgArn}) due to (reason ${why})`,
  failedContainerHealthChecks: (service: string, task: string): string =>
    `(service ${service}) (task ${task}) failed container health checks`,
  deploymentCompleted: (service: string, deployment: string): string =>
    `(service ${service}) (deployment ${deployment}) deployment completed.`,
  steadyState: (service: string): string => `(service ${service}) has reached a steady state.`,
  unableToStart: (service: string): string => `(service ${service}) is unable to consistently start tasks successfully.`,
  stuckDeployment: (service: string): string =>
    `(service ${service}) was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again.`,
  deploymentFailed: (service: string, deployment: string, cause: 'start' | 'health'): string =>
    `(service ${service}) (deployment ${deployment}) deployment failed: ${cause === 'start' ? 'tasks failed to start.' : 'tasks failed health checks.'}`,
  rollingBack: (service: string, deployment: string): string =>
    `(service ${service}) rolling back to deployment ${deployment}.`,
};

/** ECS's stoppedReason wording (fact 17, MC18). */
export const stoppedReasons = {
  elbHealth: (tgArn: string): string => `Task failed ELB health checks in (target-group ${tgArn})`,
  containerHealth: 'Task failed container health checks',
  scaling: (deployment: string): string => `Scaling activity initiated by (deployment ${deployment})`,
  essentialExited: 'Essential container in task exited',
  user: 'Task stopped by user',
};
