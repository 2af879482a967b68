/**
 * Plain sentences for engine events, in the current lens. They say what happened and, where the event knows it,
 * why: a learner reads causes, not just states (teaching.md §8 notes). Task IDs appear in both lenses, so a sentence
 * about "violin 2 (UsersService-2)" leads straight to the task in the AWS lens.
 */
import type { RequestCompletedEvent, SimEvent } from '../engine';
import { narrateCommandApplied, narrateCommandRejected } from './commandNarration';
import { targetGroupName, taskName, type NarrationContext } from './narrationContext';
import { narrateServiceEvent } from './serviceEventNarration';
import { narrateScalingActivity, narrateScalingAlarm } from './scalingNarration';
import { narrateTargetHealth } from './targetNarration';
import { narrateTaskHealth, narrateTaskStatus } from './taskNarration';
import type { Lens } from './vocabulary';

export type NarrationCategory = 'task' | 'target' | 'service' | 'deployment' | 'command' | 'request';

/** In display order (the filter's buttons). */
export const NARRATION_CATEGORIES: readonly NarrationCategory[] = ['service', 'deployment', 'task', 'target', 'command', 'request'];

export interface Narration {
  readonly text: string;
  readonly category: NarrationCategory;
  /** Important ones are also announced to screen readers. */
  readonly importance: 'normal' | 'important';
}

export {
  buildNarrationContext,
  narrationContextFor,
  type NarrationContext,
  type ServiceNarration,
  type TargetGroupNarration,
} from './narrationContext';

function narrateRequest(event: RequestCompletedEvent, lens: Lens, ctx: NarrationContext): Narration {
  const what = `${event.method} ${event.path}`;
  let text: string;
  if (event.source === 'elb' || event.target === null) {
    text =
      lens === 'aws'
        ? `${what} answered ${event.status} by the load balancer: ${event.reason}`
        : `Front of house answers ${what} itself with ${event.status}: ${event.reason}`;
  } else {
    const group = event.targetGroup === null ? '' : ` in ${targetGroupName(ctx, event.targetGroup)}`;
    text =
      lens === 'aws'
        ? `${what} answered ${event.status} by ${event.target}${group} in ${event.latencyMs} ms`
        : `A note for ${what}: ${taskName(lens, ctx, event.target)} answers ${event.status} in ${event.latencyMs} ms`;
  }
  return { text, category: 'request', importance: 'normal' };
}

/**
 * Null only for a scaling datapoint (the Metrics tab charts them; a line a minute per metric would bury the story)
 * and for event types this version does not know.
 */
export function narrate(event: SimEvent, lens: Lens, ctx: NarrationContext): Narration | null {
  switch (event.type) {
    case 'task.status':
      return narrateTaskStatus(event, lens, ctx);
    case 'task.health':
      return narrateTaskHealth(event, lens, ctx);
    case 'target.health':
      return narrateTargetHealth(event, lens, ctx);
    case 'service.event':
      return narrateServiceEvent(event, lens, ctx);
    case 'command.applied':
      return narrateCommandApplied(event, lens, ctx);
    case 'command.rejected':
      return narrateCommandRejected(event, lens, ctx);
    case 'request.completed':
      return narrateRequest(event, lens, ctx);
    case 'scaling.activity':
      return narrateScalingActivity(event, lens, ctx);
    case 'scaling.alarm':
      return narrateScalingAlarm(event, lens, ctx);
    case 'scaling.datapoint':
      return null;
    default:
      return null;
  }
}
