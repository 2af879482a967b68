/**
 * A target group as the Tables card and the inspector both show it: its health counts and its targets, each with
 * its address, state (in the lens's words beside AWS's) and AWS's reason.
 */
import type { TargetGroupSnapshot, TargetReason, TargetSnapshot, TargetState } from '../../engine';
import { targetStateLabel } from '../../lens/names';
import type { Lens } from '../../lens/vocabulary';

export interface TargetRow {
  /** A task registered again on another port is another target. */
  readonly key: string;
  readonly taskId: string;
  /** "10.0.0.10:8080". */
  readonly address: string;
  readonly state: TargetState;
  /** The state in the lens's words: "in tune (healthy)". */
  readonly stateLabel: string;
  readonly reason: TargetReason | null;
  readonly description: string | null;
  /** While draining: when the deregistration delay ends. */
  readonly drainingEndsAt: number | null;
}

export interface TargetGroupView {
  readonly id: string;
  readonly name: string;
  readonly healthy: number;
  readonly unhealthy: number;
  readonly targets: readonly TargetRow[];
}

export function targetRow(target: TargetSnapshot, lens: Lens): TargetRow {
  return {
    key: `${target.taskId}:${target.port}`,
    taskId: target.taskId,
    address: `${target.ip}:${target.port}`,
    state: target.state,
    stateLabel: targetStateLabel(lens, target.state),
    reason: target.reason,
    description: target.description,
    drainingEndsAt: target.drainingEndsAt,
  };
}

export function targetGroupView(group: TargetGroupSnapshot, lens: Lens): TargetGroupView {
  return {
    id: group.id,
    name: group.name,
    healthy: group.healthyCount,
    unhealthy: group.unhealthyCount,
    targets: group.targets.map((target) => targetRow(target, lens)),
  };
}
