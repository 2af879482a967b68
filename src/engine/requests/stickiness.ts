/**
 * Sticky sessions (facts 96, 106; MC32). Requests of the traffic mix may carry a client identity, standing for the
 * client's cookies. Target-group stickiness (lb_cookie, or app_cookie with the app's own cookie): a client whose
 * cookie names a target goes back to it until the duration, counted from the response that set the cookie, ends, or
 * the target is no longer healthy (unhealthy, draining, gone); then the algorithm picks again and a new cookie is set.
 * A weighted forward's target-group stickiness (the AWSALBTG cookie) keeps a client on the group the weights first
 * sent it to for the action's duration. A request without a client identity is a new client every time.
 */
import type { EngineState } from '../core/engineState';
import type { ActionRec, TargetGroupRec } from '../core/model';
import { peekTarget, pickTarget, type TargetChoice } from '../targets/targetSelection';

/** The target for a client of a sticky group; writes it into `out` like pickTarget, and returns its index. */
export function stickyTarget(engine: EngineState, client: string, group: TargetGroupRec, take: boolean, out: TargetChoice): number {
  const sticky = group.sticky!;
  const held = sticky.get(client);
  if (held !== undefined && held.until > engine.now && held.to.state === 'healthy') {
    const index = group.targets.indexOf(held.to);
    if (index >= 0) {
      out.target = held.to;
      out.failOpen = false;
      return index;
    }
  }
  const index = take ? pickTarget(group, out, engine.now) : peekTarget(group, out, engine.now);
  const durationSeconds = group.spec.stickiness?.durationSeconds ?? 0;
  if (take && out.target !== null) sticky.set(client, { to: out.target, until: engine.now + durationSeconds * 1000 });
  return index;
}

/** The group of a weighted forward for a client, kept for the action's stickiness duration. */
export function stickyGroup(engine: EngineState, client: string, action: ActionRec, take: boolean): number {
  const sticky = action.groupSticky!;
  const held = sticky.get(client);
  if (held !== undefined && held.until > engine.now) return held.to;
  const weighted = action.weighted!;
  const index = take ? weighted.next() : weighted.peek();
  const spec = action.spec;
  const seconds = spec.type === 'forward' ? (spec.stickinessSeconds ?? 0) : 0;
  if (take && index >= 0) sticky.set(client, { to: index, until: engine.now + seconds * 1000 });
  return index;
}
