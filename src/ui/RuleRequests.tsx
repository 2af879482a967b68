import { useSim } from '../store';
import { formatCount } from './format';

export interface RuleRequestsProps {
  readonly listenerId: string;
  readonly priority: number | 'default';
}

/** Its own component so a new request re-renders one number, not the listener's whole table. */
export function RuleRequests({ listenerId, priority }: RuleRequestsProps) {
  const count = useSim((state) => state.counters.byListenerRule[listenerId]?.[String(priority)] ?? 0);
  return <>{formatCount(count)}</>;
}
