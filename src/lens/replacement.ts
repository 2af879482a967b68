/**
 * Why a task is being replaced (the snapshot's ReplacementReason), in each lens's words. The AWS words stay in the
 * orchestra lens, in parentheses, as every state word does, so the two lenses always connect.
 */
import type { ReplacementReason } from '../engine';
import type { Lens } from './vocabulary';

const AWS_REASONS: Readonly<Record<ReplacementReason, string>> = {
  'elb-health-checks': 'failed health checks',
  'container-health-checks': 'unhealthy container',
  'instance-draining': 'instance draining',
  deployment: 'deployment',
};

const ORCHESTRA_REASONS: Readonly<Record<ReplacementReason, string>> = {
  'elb-health-checks': 'failed the sound check',
  'container-health-checks': 'their own tuner failed',
  'instance-draining': 'riser being cleared',
  deployment: 'new edition',
};

/** The reason alone, short enough for a task card: "instance draining" / "riser being cleared". */
export function replacementReasonWords(lens: Lens, reason: ReplacementReason): string {
  return lens === 'aws' ? AWS_REASONS[reason] : ORCHESTRA_REASONS[reason];
}

/** "being replaced: instance draining" / "substitute coming: riser being cleared (being replaced: instance draining)". */
export function replacementLabel(lens: Lens, reason: ReplacementReason): string {
  const aws = `being replaced: ${AWS_REASONS[reason]}`;
  return lens === 'aws' ? aws : `substitute coming: ${ORCHESTRA_REASONS[reason]} (${aws})`;
}

/** One sentence on what happens next, for the inspector. */
export function replacementExplanation(lens: Lens, reason: ReplacementReason): string {
  if (lens === 'orchestra') {
    switch (reason) {
      case 'elb-health-checks':
        return 'The stage manager reported this player out of tune; the conductor seats a substitute first, then sends this player off.';
      case 'container-health-checks':
        return "This player's own tuner kept failing; the conductor seats a substitute first, then sends this player off.";
      case 'instance-draining':
        return 'Their riser is being cleared: the player may be playing perfectly well, but the conductor seats a substitute on another riser, then sends this one off.';
      case 'deployment':
        return 'A new edition of the sheet music is rolling out: a player with the new edition takes this chair, then this player leaves.';
    }
  }
  switch (reason) {
    case 'elb-health-checks':
      return 'The load balancer reports it unhealthy; ECS starts a replacement first, then stops it ("Task failed ELB health checks").';
    case 'container-health-checks':
      return 'Its container health check reports UNHEALTHY; ECS starts a replacement first, then stops it ("Task failed container health checks").';
    case 'instance-draining':
      return 'Its container instance is DRAINING: the task may be healthy, but ECS starts a replacement on another instance, then stops it ("Task stopped during instance draining").';
    case 'deployment':
      return "It runs an older deployment's task definition: the rolling deployment starts tasks of the newest one and stops this one as they turn healthy.";
  }
}
