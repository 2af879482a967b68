/**
 * The rule tester's answer as plain data: how the load balancer would handle one request right now, step by step,
 * each step with its reason in AWS's terms. Built by explainRequest; nothing in it points into the engine.
 */
import type { RoutableRequest } from '../alb/request';
import type { ConditionField, TargetGroupSpec } from '../spec';
import type { TargetReason, TargetState } from '../events';

/** The request with MC17's defaults filled in, as the load balancer would see it. */
export interface ResolvedRequest extends RoutableRequest {
  readonly listenerPort: number;
}

export type ListenerChoice =
  | {
      readonly found: true;
      readonly id: string;
      readonly port: number;
      readonly protocol: 'HTTP' | 'HTTPS';
      readonly loadBalancer: string;
      readonly reason: string;
    }
  | { readonly found: false; readonly port: number; readonly reason: string };

export interface ConditionStep {
  readonly field: ConditionField;
  /** http-header only. */
  readonly headerName: string | null;
  /** The configured values as written ("key=value" for query-string pairs). */
  readonly values: readonly string[];
  /** What of the request was looked at, e.g. "/api/users" or "header X-Preview: yes". */
  readonly tested: string;
  readonly matched: boolean;
  /** The configured value that matched, null when none did. */
  readonly matchedValue: string | null;
  /** Why, in AWS's terms: which value, which wildcard, which case rule. */
  readonly reason: string;
}

export type RuleOutcome = 'matched' | 'no match' | 'not evaluated';

export interface RuleStep {
  /** Null for the default rule. */
  readonly ruleId: string | null;
  readonly priority: number | 'default';
  readonly outcome: RuleOutcome;
  /** Every condition of an evaluated rule; [] for the default rule and for rules not evaluated. */
  readonly conditions: readonly ConditionStep[];
  /** One line on the outcome: why it won, why it lost, why it was never looked at. */
  readonly reason: string;
  /** The rule's action in a few words ("forward to users-tg", "fixed-response 404"). */
  readonly action: string;
}

export interface WeightedGroup {
  readonly id: string;
  readonly name: string;
  readonly weight: number;
}

export type ActionTrace =
  | {
      readonly type: 'forward';
      readonly groups: readonly WeightedGroup[];
      /** The group this request would go to; null when every weight is 0 or the group is unknown. */
      readonly chosen: string | null;
      readonly reason: string;
    }
  | {
      readonly type: 'fixed-response';
      readonly statusCode: number;
      readonly contentType: string | null;
      readonly messageBody: string | null;
      readonly reason: string;
    }
  | { readonly type: 'redirect'; readonly statusCode: number; readonly location: string; readonly reason: string };

export interface TargetLine {
  /** Task ID. */
  readonly task: string;
  /** instance-id for instance targets, null for ip targets. */
  readonly instance: string | null;
  readonly port: number;
  readonly state: TargetState;
  readonly stateReason: TargetReason | null;
  readonly inFlight: number;
  /** Whether the next request may go to it (healthy, or every registered non-draining target when failing open). */
  readonly eligible: boolean;
  readonly next: boolean;
}

export interface TargetGroupTrace {
  readonly id: string;
  readonly name: string;
  readonly algorithm: TargetGroupSpec['algorithm'];
  /** Registered targets in registration order (the round-robin order). */
  readonly targets: readonly TargetLine[];
  /** Task ID of the target the next request would reach; null for a 503. */
  readonly next: string | null;
  readonly failOpen: boolean;
  /** Round-robin position, health, fail-open or the 503, in words. */
  readonly reason: string;
}

export interface PredictedOutcome {
  /** Null when nothing answers (no listener on the port). */
  readonly status: number | null;
  /** Who answers: the load balancer itself or the target. */
  readonly source: 'elb' | 'target' | null;
  /** Task ID that would serve it. */
  readonly target: string | null;
  readonly location: string | null;
  readonly reason: string;
}

export interface RequestTrace {
  readonly request: ResolvedRequest;
  /** The ID the request would get if it were sent now (request.completed's `id`). */
  readonly requestId: number;
  readonly listener: ListenerChoice;
  /** Rules in evaluation order: by priority, the default rule last; [] without a listener. */
  readonly rules: readonly RuleStep[];
  /** Index into `rules` of the rule whose action is performed; -1 without a listener. */
  readonly winner: number;
  readonly action: ActionTrace | null;
  readonly targetGroup: TargetGroupTrace | null;
  readonly outcome: PredictedOutcome;
}
