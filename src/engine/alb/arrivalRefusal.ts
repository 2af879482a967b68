/**
 * What the load balancer answers itself at arrival, whatever the listener's rules say (fact 129): 405 to TRACE,
 * 463 to an X-Forwarded-For carrying more than 30 addresses. Decided once per kind of request (makeShape), for
 * routing and the rule tester alike.
 */
import { findHeader } from './request';

/** The status of the refusal, or 0 when the load balancer lets the request through to its rules. */
export type ArrivalRefusal = 0 | 405 | 463;

const MAX_FORWARDED_ADDRESSES = 30;

export function arrivalRefusal(method: string, headers: Readonly<Record<string, string>>): ArrivalRefusal {
  if (method === 'TRACE') return 405;
  const xff = findHeader(headers, 'x-forwarded-for');
  if (xff !== undefined && xff.split(',').length > MAX_FORWARDED_ADDRESSES) return 463;
  return 0;
}

/** The reason request.completed carries for a refusal. */
export function arrivalRefusalReason(status: Exclude<ArrivalRefusal, 0>): string {
  return status === 405 ? 'the load balancer does not allow TRACE' : 'X-Forwarded-For carries more than 30 addresses';
}
