/**
 * Target health sentences: what the load balancer's health checks concluded, with AWS's reason. In the orchestra
 * lens the stage manager only reports; replacing a player is the conductor's act (teaching.md §5, first trap).
 */
import type { TargetHealthEvent } from '../engine';
import type { Narration } from './narration';
import { targetGroupName, taskName, upperFirst, type NarrationContext } from './narrationContext';
import type { Lens } from './vocabulary';

function awsSentence(event: TargetHealthEvent, group: string, delay: number | null): string {
  const why = event.description ?? event.reason;
  // An instance target (EC2 bridge or host mode) is the instance and a host port, as describe-target-health lists it.
  const target = event.instance === null ? event.target : `${event.target} (${event.instance}:${event.port ?? ''})`;
  switch (event.to) {
    case 'healthy':
      // A target first seen healthy was registered before the clock started (a warm start).
      return event.from === null ? `Target ${target} in ${group} is registered and healthy` : `Target ${target} in ${group} is healthy`;
    case 'unhealthy':
      return `${target} in ${group} is unhealthy: ${why ?? 'health checks failed'}`;
    case 'draining':
      return delay === null
        ? `Target ${target} in ${group} is draining: it finishes its in-flight requests`
        : `Target ${target} in ${group} is draining: in-flight requests may finish for up to ${delay} s`;
    default:
      return `Target ${target} in ${group} is ${event.to}${why ? `: ${why}` : ''}`;
  }
}

function orchestraSentence(event: TargetHealthEvent, group: string, delay: number | null, who: string): string {
  const Who = upperFirst(who);
  const why = event.description ?? event.reason;
  switch (event.to) {
    case 'initial':
      return `The stage manager adds ${who} to the ${group} call sheet and starts sound checks`;
    case 'healthy':
      return event.from === null ? `${Who} is on the ${group} call sheet and in tune` : `The stage manager's sound check: ${who} is in tune`;
    case 'unhealthy':
      return `The stage manager's sound check: ${who} is out of tune (${why ?? 'health checks failed'}); the stage manager only reports it`;
    case 'draining':
      return `${Who} finishes the piece before leaving the ${group} call sheet${delay === null ? '' : ` (up to ${delay} s)`}`;
    case 'unused':
      return `${Who} is off the ${group} call sheet`;
  }
}

export function narrateTargetHealth(event: TargetHealthEvent, lens: Lens, ctx: NarrationContext): Narration {
  const group = targetGroupName(ctx, event.targetGroup);
  const delay = ctx.targetGroups.get(event.targetGroup)?.deregistrationDelaySeconds ?? null;
  const text =
    lens === 'aws'
      ? awsSentence(event, group, delay)
      : orchestraSentence(event, group, delay, taskName(lens, ctx, event.target));
  return { text, category: 'target', importance: event.to === 'unhealthy' ? 'important' : 'normal' };
}
