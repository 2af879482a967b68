/**
 * Plain-language sentences for engine events. The log and the screen-reader narration both read these, so
 * they say what happened and, where the engine knows it, why.
 */
import type { Command } from '../engine/commands';
import type { SimEvent, TaskLastStatus } from '../engine/events';

export interface NarrationNames {
  /** Target group logical ID -> its name. */
  readonly targetGroups?: ReadonlyMap<string, string>;
}

const STOPPING: ReadonlySet<TaskLastStatus> = new Set(['DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED']);

export function describeCommand(command: Command): string {
  switch (command.do) {
    case 'request':
      return `send ${command.method ?? 'GET'} ${command.path ?? '/'}`;
    case 'crashTask':
      return `crash ${command.task}`;
    case 'failHealthChecks':
      return command.timeout
        ? `make ${command.task} stop answering health checks`
        : `make ${command.task} fail its ${command.container ? 'container' : 'load balancer'} health checks`;
    case 'recoverTask':
      return `let ${command.task} recover`;
    case 'stopTask':
      return `stop ${command.task}`;
    case 'slowTask':
      return `slow ${command.task} down${command.latencyMs === undefined ? '' : ` by ${command.latencyMs} ms`}`;
    case 'setDesiredCount':
      return `set the desired count of ${command.service} to ${command.count}`;
    case 'setTraffic':
      return command.rate === undefined ? 'change the traffic mix' : `set traffic to ${command.rate} requests per second`;
    case 'deploy':
      return `deploy ${command.service}${command.image ? ` with image ${command.image}` : ''}`;
    case 'forceNewDeployment':
      return `force a new deployment of ${command.service}`;
    case 'drainInstance':
      return `drain container instance ${command.instance}`;
    case 'stopInstance':
      return `stop container instance ${command.instance}`;
    case 'removeInstance':
      return `remove container instance ${command.instance}`;
    case 'addInstances':
      return `add ${command.count ?? 1} container instance${(command.count ?? 1) === 1 ? '' : 's'} to ${command.cluster}`;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function narrate(event: SimEvent, names: NarrationNames = {}): string {
  switch (event.type) {
    case 'task.status': {
      if (event.from === null) return `${event.task} was launched and is now ${event.to}`;
      const beginsStopping = STOPPING.has(event.to) && !STOPPING.has(event.from);
      const why = event.stoppedReason && (beginsStopping || event.to === 'STOPPED') ? `: ${event.stoppedReason}` : '';
      return `${event.task} is now ${event.to}${why}`;
    }
    case 'task.health':
      return `${event.task} container health is now ${event.to}`;
    case 'target.health': {
      const group = names.targetGroups?.get(event.targetGroup) ?? event.targetGroup;
      const why = event.description ?? event.reason;
      return `Target ${event.target} in ${group} is now ${event.to}${why ? ` (${why})` : ''}`;
    }
    case 'service.event':
      return event.message;
    case 'command.applied':
      return `${capitalize(describeCommand(event.command))}`;
    case 'command.rejected':
      return `Could not ${describeCommand(event.command)}: ${event.reason}`;
    case 'request.completed':
      return `${event.method} ${event.path} answered ${event.status} by ${event.source === 'elb' ? 'the load balancer' : (event.target ?? 'a target')}`;
  }
}

/** Events worth interrupting a screen-reader user for; the rest stay in the visible log. */
export function isImportant(event: SimEvent): boolean {
  return (
    event.type === 'service.event' ||
    event.type === 'command.rejected' ||
    (event.type === 'task.status' && event.to === 'STOPPED')
  );
}
