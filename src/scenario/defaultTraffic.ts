/**
 * The traffic a template without `Metadata.EcsOrchestra.traffic` gets, so an imported template shows its routing at
 * once: DEFAULT_RATE_PER_LISTENER requests per second to each listener, spread evenly over one request per path each
 * of its rules matches (in priority order) and one for `/`. A rule's other conditions are met too, so the request
 * reaches the rule it was made for unless a higher-priority rule takes it first, as it would in AWS. Each listener
 * gets the same share: its requests' whole-number weights add up to the same total.
 *
 * Concrete values from ALB wildcards: in a path, `*` becomes a word (`example`), or nothing right after a letter or
 * digit (`/api/users*` is asked as `/api/users`); in a host, `*` becomes `www` before a dot, else `example`; `?` is
 * the letter `a` everywhere. The loader applies it, so the spec, an export, the command line and the app all carry
 * the same traffic (README, "Default traffic").
 */
import { DEFAULT_RATE_PER_LISTENER, LIMITS, type ConditionSpec, type ListenerRuleSpec, type ScenarioSpec, type TrafficMixEntry, type TrafficSpec } from '../engine';

export { DEFAULT_RATE_PER_LISTENER };

const WORD = 'example';
const HOST_LABEL = 'www';
const LETTER = 'a';

/** A value a wildcard pattern matches; `\*`, `\?` and `\\` (query strings) stand for themselves. */
function concrete(pattern: string, star: (before: string, after: string) => string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length && '*?\\'.includes(pattern[i + 1]!)) {
      out += pattern[++i]!;
    } else if (c === '*') {
      out += star(out.slice(-1), pattern.slice(i + 1, i + 2));
    } else if (c === '?') {
      out += LETTER;
    } else {
      out += c;
    }
  }
  return out;
}

export function concretePath(pattern: string): string {
  const path = concrete(pattern, (before) => (/[A-Za-z0-9]/.test(before) ? '' : WORD));
  return path.startsWith('/') ? path : `/${path}`;
}

export function concreteHost(pattern: string): string {
  return concrete(pattern, (_before, after) => (after === '.' ? HOST_LABEL : WORD));
}

const concreteValue = (pattern: string): string => concrete(pattern, () => WORD);

/** What every request for this rule carries besides its path: the first value of each other condition. */
function otherFields(conditions: readonly ConditionSpec[]): TrafficMixEntry {
  const entry: { -readonly [K in keyof TrafficMixEntry]: TrafficMixEntry[K] } = {};
  const headers: Record<string, string> = {};
  for (const condition of conditions) {
    switch (condition.field) {
      case 'host-header':
        if (condition.values[0] !== undefined) entry.host = concreteHost(condition.values[0]);
        break;
      case 'http-request-method':
        if (condition.values[0] !== undefined) entry.method = condition.values[0];
        break;
      case 'http-header':
        if (condition.values[0] !== undefined) headers[condition.headerName] = concreteValue(condition.values[0]);
        break;
      case 'query-string': {
        const pair = condition.values[0];
        if (pair) entry.query = pair.key === null || pair.key === '' ? concreteValue(pair.value) : `${concreteValue(pair.key)}=${concreteValue(pair.value)}`;
        break;
      }
      case 'source-ip':
        // The network's own address is inside its CIDR block.
        if (condition.values[0] !== undefined) entry.sourceIp = condition.values[0].split('/')[0] ?? condition.values[0];
        break;
      case 'path-pattern':
        break;
    }
  }
  if (Object.keys(headers).length > 0) entry.headers = headers;
  return entry;
}

const FIELD_ORDER: readonly (keyof TrafficMixEntry)[] = ['method', 'host', 'path', 'query', 'headers', 'sourceIp', 'listenerPort', 'loadBalancer', 'client', 'weight'];

/** The fields in the order the README and the template write them, so an export reads like a written mix. */
function inOrder(entry: TrafficMixEntry): TrafficMixEntry {
  return Object.fromEntries(FIELD_ORDER.filter((key) => entry[key] !== undefined).map((key) => [key, entry[key]]));
}

function requestsFor(rule: ListenerRuleSpec, at: Pick<TrafficMixEntry, 'listenerPort' | 'loadBalancer'>): TrafficMixEntry[] {
  const base = otherFields(rule.conditions);
  const paths = rule.conditions.flatMap((c) => (c.field === 'path-pattern' ? c.values.map(concretePath) : []));
  return (paths.length > 0 ? paths : ['/']).map((path) => inOrder({ ...base, path, ...at }));
}

/** The default traffic of a world, or null when it has no listener to send to. */
export function defaultTraffic(spec: ScenarioSpec): TrafficSpec | null {
  const mix: TrafficMixEntry[] = [];
  const seen = new Set<string>();
  const add = (entry: TrafficMixEntry): void => {
    const key = JSON.stringify(entry);
    if (seen.has(key)) return;
    seen.add(key);
    mix.push(entry);
  };
  // Requests name a listener by its load balancer and port; the first listener on a port of a load balancer takes
  // them. A port's first load balancer is the one a request reaches without naming one (MC17, MC29).
  const reachable = spec.listeners.filter((listener, i) => spec.listeners.findIndex((l) => l.port === listener.port && l.loadBalancerId === listener.loadBalancerId) === i);
  const perListener = reachable.map((listener) => {
    const start = mix.length;
    const first = spec.listeners.find((l) => l.port === listener.port);
    const at = first?.loadBalancerId === listener.loadBalancerId ? { listenerPort: listener.port } : { listenerPort: listener.port, loadBalancer: listener.loadBalancerId };
    const rules = spec.rules.filter((r) => r.listenerId === listener.id).sort((a, b) => a.priority - b.priority);
    for (const rule of rules) for (const entry of requestsFor(rule, at)) add(entry);
    add({ path: '/', ...at });
    return mix.length - start;
  });
  if (mix.length === 0) return null;
  const weights = equalShares(perListener);
  let at = 0;
  const weighted = perListener.flatMap((count, i) => mix.slice(at, (at += count)).map((entry) => (weights[i] === 1 ? entry : inOrder({ ...entry, weight: weights[i] }))));
  return { rate: Math.min(DEFAULT_RATE_PER_LISTENER * reachable.length, LIMITS.trafficRate.value), mix: weighted };
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
/** Past this the weights are rounded instead: shares then differ by a fraction of a percent. */
const MAX_EXACT_WEIGHT = 1000;

/** Whole-number weights per entry so that each group of `counts[i]` entries has the same total. */
function equalShares(counts: readonly number[]): number[] {
  const lcm = counts.reduce((l, n) => (l / gcd(l, n)) * n, 1);
  return counts.map((n) => (lcm <= MAX_EXACT_WEIGHT ? lcm / n : Math.max(1, Math.round(MAX_EXACT_WEIGHT / n))));
}
