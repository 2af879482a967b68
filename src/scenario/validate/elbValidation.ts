/**
 * Checks the load-balancer part of a scenario the way the ELBv2 API would refuse it (facts 70-108, MC10), in AWS's or
 * moto's words where they exist and otherwise saying what is allowed. Paths name CloudFormation properties. The spec
 * no longer knows whether a condition was written with `Values` or a `*Config` block, so path-pattern and host-header
 * report `Values` (the common form) and the other fields their `*Config`, the only form they have.
 */

import { parseCidr, LIMITS, parseSuccessCodes, countWildcards, type ActionSpec, type ConditionSpec, type ListenerRuleSpec, type ListenerSpec, type ScenarioSpec, type TargetGroupSpec } from '../../engine';
import type { IssueSeverity, ScenarioIssue } from '../issues';

type Protocol = ListenerSpec['protocol'];

const issue = (resource: string, path: string, message: string, severity: IssueSeverity = 'error'): ScenarioIssue =>
  ({ severity, resource, path, message });

const isIntIn = (v: number, min: number, max: number): boolean => Number.isInteger(v) && v >= min && v <= max;

const MAX_VALUES_PER_RULE = LIMITS.conditionValuesPerRule.value;
const MAX_WILDCARDS_PER_RULE = LIMITS.conditionWildcardsPerRule.value;
const MAX_RULES_PER_LB = LIMITS.rulesPerLoadBalancer.value;
const MAX_FORWARD_GROUPS = LIMITS.targetGroupsPerAction.value;
const SINGLE_USE_FIELDS: ReadonlySet<string> = new Set(['host-header', 'http-request-method', 'path-pattern', 'source-ip']);
const CONTENT_TYPES = ['text/html', 'application/json', 'application/javascript', 'text/css', 'text/plain'];
const PATH_CHARS = /[A-Za-z0-9_\-.$/~"'@:+&*?]/;
const HOST_CHARS = /[A-Za-z0-9\-.*?]/;
const HEADER_NAME = /^[A-Za-z0-9!#$%&'+\-.^_`|~]+$/;
const METHOD = /^[A-Z_-]+$/;

function firstBadChar(value: string, allowed: RegExp): string | null {
  for (const ch of value) if (!allowed.test(ch)) return ch;
  return null;
}

const VALUES_PROPERTY: Readonly<Record<ConditionSpec['field'], string>> = {
  'path-pattern': 'Values',
  'host-header': 'Values',
  'http-header': 'HttpHeaderConfig.Values',
  'http-request-method': 'HttpRequestMethodConfig.Values',
  'query-string': 'QueryStringConfig.Values',
  'source-ip': 'SourceIpConfig.Values',
};

function checkPathPattern(v: string, out: string[]): void {
  if (v.length > 128) out.push("The 'path-pattern' value is too long; the limit is '128'");
  const bad = firstBadChar(v, PATH_CHARS);
  if (bad !== null) {
    out.push(`The 'path-pattern' value '${v}' contains '${bad}', which is not allowed; the allowed characters are A-Z, a-z, 0-9, _ - . $ / ~ " ' @ : + &, and the wildcards * and ?`);
  }
}

function checkHostHeader(v: string, out: string[]): void {
  if (v.length > 128) out.push("The 'host-header' value is too long; the limit is '128'");
  const bad = firstBadChar(v, HOST_CHARS);
  if (bad !== null) {
    out.push(`The 'host-header' value '${v}' contains '${bad}', which is not allowed; the allowed characters are A-Z, a-z, 0-9, hyphen (-), period (.) and the wildcards * and ?`);
  }
  const lastDot = v.lastIndexOf('.');
  if (lastDot < 0) out.push(`The 'host-header' value '${v}' must contain at least one '.', as in 'example.com' or '*.example.com'`);
  else if (!/^[A-Za-z*?]+$/.test(v.slice(lastDot + 1))) {
    out.push(`The 'host-header' value '${v}' must have only letters after its final '.', as in 'example.com'`);
  }
}

function checkValue(field: Exclude<ConditionSpec['field'], 'query-string'>, raw: string): string[] {
  const messages: string[] = [];
  if (raw.length === 0) return [field === 'source-ip' ? "A 'source-ip' value must be specified" : 'A condition value must be specified'];
  switch (field) {
    case 'path-pattern':
      checkPathPattern(raw, messages);
      break;
    case 'host-header':
      checkHostHeader(raw, messages);
      break;
    case 'http-header':
      if (raw.length > 128) messages.push("The 'http-header' value is too long; the limit is '128'");
      break;
    case 'http-request-method':
      if (raw.length > 40) messages.push("The 'http-request-method' value is too long; the limit is '40'");
      else if (!METHOD.test(raw)) messages.push("The 'http-request-method' value is invalid; the allowed characters are A-Z, hyphen and underscore");
      break;
    case 'source-ip':
      if (raw === '255.255.255.255/32') messages.push("The 'source-ip' value '255.255.255.255/32' is not allowed");
      else if (parseCidr(raw) === null) {
        messages.push(`The 'source-ip' value '${raw}' is not a valid CIDR block; write an IPv4 or IPv6 address with a prefix length, such as 10.0.0.0/8 or 2001:db8::/32`);
      }
      break;
  }
  return messages;
}

function validateCondition(c: ConditionSpec, index: number, resource: string): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const path = `Properties.Conditions[${index}].${VALUES_PROPERTY[c.field]}`;
  if (c.values.length === 0) {
    const message = c.field === 'source-ip' ? "A 'source-ip' value must be specified" : 'A condition value must be specified';
    return [issue(resource, path, message)];
  }
  if (c.field === 'http-header') {
    const namePath = `Properties.Conditions[${index}].HttpHeaderConfig.HttpHeaderName`;
    const name = c.headerName;
    if (name.length === 0) issues.push(issue(resource, namePath, "A 'HttpHeaderName' must be specified"));
    else if (name.length > 40) issues.push(issue(resource, namePath, "The 'HttpHeaderName' value is too long; the limit is '40'"));
    else if (name.toLowerCase() === 'host') {
      issues.push(issue(resource, namePath, "The 'HttpHeaderName' cannot be 'Host'; use a host-header condition to match the host"));
    } else if (!HEADER_NAME.test(name)) {
      issues.push(issue(resource, namePath, `The 'HttpHeaderName' value '${name}' is invalid; a header name is letters, digits and !#$%&'+-.^_\`|~, without wildcards`));
    }
  }
  if (c.field === 'query-string') {
    c.values.forEach((pair, j) => {
      const at = `${path}[${j}]`;
      if (pair.key !== null && pair.key.length > 128) issues.push(issue(resource, `${at}.Key`, "The 'query-string' key is too long; the limit is '128'"));
      if (pair.value.length === 0) issues.push(issue(resource, `${at}.Value`, "A 'Value' must be specified in 'QueryStringKeyValuePair'"));
      else if (pair.value.length > 128) issues.push(issue(resource, `${at}.Value`, "The 'query-string' value is too long; the limit is '128'"));
    });
    return issues;
  }
  const field = c.field;
  c.values.forEach((raw, j) => {
    const at = `${path}[${j}]`;
    for (const m of checkValue(field, raw)) issues.push(issue(resource, at, m));
    if (field === 'path-pattern' && raw.length > 0 && !/^[/*?]/.test(raw)) {
      issues.push(issue(resource, at, `The 'path-pattern' value '${raw}' can never match: a request path always starts with '/'`, 'warning'));
    }
  });
  return issues;
}

function ruleWildcards(c: ConditionSpec): number {
  switch (c.field) {
    case 'path-pattern':
    case 'host-header':
    case 'http-header':
      return c.values.reduce((n, v) => n + countWildcards(v), 0);
    case 'query-string':
      return c.values.reduce((n, v) => n + countWildcards(v.value, true) + (v.key === null ? 0 : countWildcards(v.key, true)), 0);
    case 'http-request-method':
    case 'source-ip':
      return 0;
  }
}

function validateRoutingActions(actions: readonly ActionSpec[], base: string, resource: string, protocol: Protocol | null): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const message = base === 'Actions'
    ? 'A rule must have exactly one forward, redirect or fixed-response action'
    : 'A listener must have exactly one forward, redirect or fixed-response default action';
  if (actions.length === 0) issues.push(issue(resource, `Properties.${base}`, message));
  actions.forEach((action, i) => {
    if (i > 0) issues.push(issue(resource, `Properties.${base}[${i}]`, message));
    issues.push(...validateAction(action, `Properties.${base}[${i}]`, protocol, resource));
  });
  return issues;
}

export function validateListenerRule(
  rule: ListenerRuleSpec,
  siblingsOnSameListener: readonly ListenerRuleSpec[],
  listenerProtocol: Protocol | null = null,
): ScenarioIssue[] {
  const r = rule.id;
  const issues: ScenarioIssue[] = [];
  if (!isIntIn(rule.priority, 1, 50000)) {
    issues.push(issue(r, 'Properties.Priority', `Priority '${rule.priority}' is out of range; a rule priority must be a whole number from 1 to 50000`));
  } else {
    const clash = siblingsOnSameListener.find((s) => s !== rule && s.id !== rule.id && s.priority === rule.priority);
    if (clash) issues.push(issue(r, 'Properties.Priority', `The specified priority is in use. Rule '${clash.id}' on the same listener also has priority ${rule.priority}.`));
  }
  if (rule.conditions.length === 0) issues.push(issue(r, 'Properties.Conditions', 'A rule must have at least one condition'));
  const seen = new Set<string>();
  let values = 0;
  let wildcards = 0;
  rule.conditions.forEach((c, i) => {
    if (SINGLE_USE_FIELDS.has(c.field) && seen.has(c.field)) {
      issues.push(issue(r, `Properties.Conditions[${i}]`, `A rule can only have one '${c.field}' condition (at most one each of host-header, http-request-method, path-pattern and source-ip); put several values in one condition to match any of them`));
    }
    seen.add(c.field);
    values += c.values.length;
    wildcards += ruleWildcards(c);
    issues.push(...validateCondition(c, i, r));
  });
  if (values > MAX_VALUES_PER_RULE) {
    issues.push(issue(r, 'Properties.Conditions', `A rule can only have '${MAX_VALUES_PER_RULE}' condition values; this rule has ${values}`));
  }
  if (wildcards > MAX_WILDCARDS_PER_RULE) {
    issues.push(issue(r, 'Properties.Conditions', `A rule can only have '${MAX_WILDCARDS_PER_RULE}' wildcard characters ('*' and '?') across its condition values; this rule has ${wildcards}`));
  }
  issues.push(...validateRoutingActions(rule.actions, 'Actions', r, listenerProtocol));
  return issues;
}

export function validateListener(listener: ListenerSpec, otherListenersOnSameLb: readonly ListenerSpec[]): ScenarioIssue[] {
  const l = listener.id;
  const issues: ScenarioIssue[] = [];
  if (!isIntIn(listener.port, 1, 65535)) issues.push(issue(l, 'Properties.Port', `Listener port '${listener.port}' must be between 1 and 65535`));
  const protocol: string = listener.protocol;
  const valid = protocol === 'HTTP' || protocol === 'HTTPS';
  if (!valid) issues.push(issue(l, 'Properties.Protocol', `Listener protocol '${protocol}' must be one of 'HTTP, HTTPS'`));
  const clash = otherListenersOnSameLb.find((o) => o !== listener && o.id !== l && o.port === listener.port);
  if (clash) issues.push(issue(l, 'Properties.Port', `A listener with the specified port already exists. Listener '${clash.id}' on the same load balancer uses port ${listener.port}.`));
  issues.push(...validateRoutingActions(listener.defaultActions, 'DefaultActions', l, valid ? listener.protocol : null));
  return issues;
}

function validateRedirect(a: Extract<ActionSpec, { type: 'redirect' }>, base: string, protocol: Protocol | null, r: string): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const at = `${base}.RedirectConfig`;
  const status: number = a.statusCode;
  if (status !== 301 && status !== 302) issues.push(issue(r, `${at}.StatusCode`, `Redirect StatusCode '${status}' must be one of 'HTTP_301, HTTP_302'`));
  if (!['HTTP', 'HTTPS', '#{protocol}'].includes(a.protocol)) {
    issues.push(issue(r, `${at}.Protocol`, `Redirect Protocol '${a.protocol}' must be one of 'HTTP', 'HTTPS' or '#{protocol}'`));
  } else if (protocol === 'HTTPS' && a.protocol === 'HTTP') {
    issues.push(issue(r, `${at}.Protocol`, "A redirect from HTTPS to HTTP is not allowed; use 'HTTPS' or '#{protocol}'"));
  }
  if (a.port !== '#{port}' && !(/^\d{1,5}$/.test(a.port) && isIntIn(Number(a.port), 1, 65535))) {
    issues.push(issue(r, `${at}.Port`, `Redirect Port '${a.port}' must be '#{port}' or a port from 1 to 65535`));
  }
  if (a.host.length === 0) issues.push(issue(r, `${at}.Host`, "A redirect 'Host' must be specified; '#{host}' keeps the request's host"));
  for (const [key, value] of [['Host', a.host], ['Path', a.path], ['Query', a.query]] as const) {
    if (value.length > 128) issues.push(issue(r, `${at}.${key}`, `The redirect '${key}' value is too long; the limit is '128'`));
  }
  if (!a.path.startsWith('/')) issues.push(issue(r, `${at}.Path`, `The redirect Path '${a.path}' must start with '/'`));
  if (a.protocol === '#{protocol}' && a.host === '#{host}' && a.port === '#{port}' && a.path === '/#{path}') {
    issues.push(issue(r, at, "A redirect must change at least one of protocol, host, port or path: left as '#{protocol}', '#{host}', '#{port}' and '/#{path}' it would send the client back to the same URL in a loop"));
  }
  return issues;
}

export function validateAction(action: ActionSpec, basePath: string, listenerProtocol: Protocol | null, resource = ''): ScenarioIssue[] {
  const r = resource;
  const issues: ScenarioIssue[] = [];
  switch (action.type) {
    case 'fixed-response': {
      const at = `${basePath}.FixedResponseConfig`;
      if (!/^(2|4|5)\d\d$/.test(String(action.statusCode))) {
        issues.push(issue(r, `${at}.StatusCode`, `StatusCode '${action.statusCode}' is invalid; a fixed response status code must match ^(2|4|5)\\d\\d$ (2XX, 4XX or 5XX)`));
      }
      if (action.contentType !== null && !CONTENT_TYPES.includes(action.contentType)) {
        issues.push(issue(r, `${at}.ContentType`, `The ContentType must be one of:${CONTENT_TYPES.map((t) => `'${t}'`).join(', ')}`));
      }
      if (action.messageBody !== null && action.messageBody.length > 1024) {
        issues.push(issue(r, `${at}.MessageBody`, "The 'MessageBody' value is too long; the limit is '1024'"));
      }
      return issues;
    }
    case 'redirect':
      return validateRedirect(action, basePath, listenerProtocol, r);
    case 'forward': {
      const at = `${basePath}.ForwardConfig.TargetGroups`;
      const groups = action.targetGroups;
      if (groups.length === 0) issues.push(issue(r, at, 'A forward action must name at least one target group'));
      if (groups.length > MAX_FORWARD_GROUPS) issues.push(issue(r, at, `A forward action can have at most '${MAX_FORWARD_GROUPS}' target groups; this one has ${groups.length}`));
      groups.forEach((g, j) => {
        if (!isIntIn(g.weight, 0, 999)) issues.push(issue(r, `${at}[${j}].Weight`, `Weight '${g.weight}' must be a whole number from 0 to 999`));
      });
      if (groups.length > 0 && groups.every((g) => g.weight === 0)) {
        issues.push(issue(r, at, 'Every target group in this forward action has weight 0, so it has nowhere to send requests', 'warning'));
      }
      return issues;
    }
  }
}

export function validateTargetGroup(tg: TargetGroupSpec): ScenarioIssue[] {
  const t = tg.id;
  const hc = tg.healthCheck;
  const issues: ScenarioIssue[] = [];
  const add = (path: string, message: string): void => void issues.push(issue(t, `Properties.${path}`, message));
  if (tg.name.length > 32) add('Name', `Target group name '${tg.name}' cannot be longer than '32' characters`);
  if (!/^[A-Za-z0-9-]*$/.test(tg.name)) add('Name', `Target group name '${tg.name}' can only contain characters that are alphanumeric characters or hyphens(-)`);
  if (tg.name.startsWith('-') || tg.name.endsWith('-')) add('Name', `Target group name '${tg.name}' cannot begin or end with '-'`);
  if (!isIntIn(tg.port, 1, 65535)) add('Port', `Target group port '${tg.port}' must be between 1 and 65535`);
  const protocol: string = tg.protocol;
  if (protocol !== 'HTTP' && protocol !== 'HTTPS') add('Protocol', `Target group protocol '${protocol}' must be one of 'HTTP, HTTPS' for an Application Load Balancer`);
  const hcProtocol: string = hc.protocol;
  if (hcProtocol !== 'HTTP' && hcProtocol !== 'HTTPS') add('HealthCheckProtocol', `Health check protocol '${hcProtocol}' must be one of 'HTTP, HTTPS'`);
  if (hc.port !== 'traffic-port' && !isIntIn(hc.port, 1, 65535)) {
    add('HealthCheckPort', `Health check port '${hc.port}' must be 'traffic-port' or a port from 1 to 65535`);
  }
  if (hc.path.length === 0 || hc.path.length > 1024) add('HealthCheckPath', 'Health check path must be 1 to 1024 characters long');
  else if (!hc.path.startsWith('/')) add('HealthCheckPath', `Health check path '${hc.path}' must start with '/'`);
  const intervalOk = isIntIn(hc.intervalSeconds, 5, 300);
  const timeoutOk = isIntIn(hc.timeoutSeconds, 2, 120);
  if (!intervalOk) add('HealthCheckIntervalSeconds', `Health check interval '${hc.intervalSeconds}' must be between 5 and 300 seconds`);
  if (!timeoutOk) add('HealthCheckTimeoutSeconds', `Health check timeout '${hc.timeoutSeconds}' must be between 2 and 120 seconds`);
  if (intervalOk && timeoutOk && hc.timeoutSeconds >= hc.intervalSeconds) {
    add('HealthCheckTimeoutSeconds', `Health check timeout '${hc.timeoutSeconds}' must be smaller than the interval '${hc.intervalSeconds}'`);
  }
  if (!isIntIn(hc.healthyThreshold, 2, 10)) add('HealthyThresholdCount', `Healthy threshold count '${hc.healthyThreshold}' must be between 2 and 10`);
  if (!isIntIn(hc.unhealthyThreshold, 2, 10)) add('UnhealthyThresholdCount', `Unhealthy threshold count '${hc.unhealthyThreshold}' must be between 2 and 10`);
  const ranges = parseSuccessCodes(hc.matcher);
  if (ranges === null) add('Matcher.HttpCode', `Matcher HttpCode '${hc.matcher}' is invalid; write success codes as '200', '200,202' or '200-299'`);
  else if (ranges.some((x) => x.from < 200 || x.to > 499)) {
    add('Matcher.HttpCode', `Matcher HttpCode '${hc.matcher}' is out of range; health check success codes must be from 200 to 499`);
  }
  if (!isIntIn(tg.deregistrationDelaySeconds, 0, 3600)) {
    add('TargetGroupAttributes', `'deregistration_delay.timeout_seconds' value '${tg.deregistrationDelaySeconds}' must be between '0-3600' inclusive`);
  }
  return issues;
}

/** Forward targets must exist and belong to one load balancer only (fact 103). */
function checkForwardTargets(
  actions: readonly ActionSpec[], base: string, resource: string, lbId: string | null,
  tgIds: ReadonlySet<string>, owner: Map<string, string>,
): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  actions.forEach((action, i) => {
    if (action.type !== 'forward') return;
    action.targetGroups.forEach((g, j) => {
      const path = action.targetGroups.length === 1
        ? `Properties.${base}[${i}].TargetGroupArn`
        : `Properties.${base}[${i}].ForwardConfig.TargetGroups[${j}].TargetGroupArn`;
      if (!tgIds.has(g.targetGroupId)) return void issues.push(issue(resource, path, `Target group '${g.targetGroupId}' not found`));
      if (lbId === null) return;
      const first = owner.get(g.targetGroupId);
      if (first === undefined) owner.set(g.targetGroupId, lbId);
      else if (first !== lbId) {
        issues.push(issue(resource, path, `Target group '${g.targetGroupId}' is already used by load balancer '${first}'; a target group can be used by only one load balancer`));
      }
    });
  });
  return issues;
}

export function validateElb(spec: ScenarioSpec): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const lbIds = new Set(spec.loadBalancers.map((lb) => lb.id));
  const tgIds = new Set(spec.targetGroups.map((tg) => tg.id));
  const listeners = new Map(spec.listeners.map((l) => [l.id, l]));
  const owner = new Map<string, string>();
  for (const listener of spec.listeners) {
    const lbKnown = lbIds.has(listener.loadBalancerId);
    if (!lbKnown) issues.push(issue(listener.id, 'Properties.LoadBalancerArn', `Load balancer '${listener.loadBalancerId}' not found`));
    issues.push(...validateListener(listener, spec.listeners.filter((o) => o.loadBalancerId === listener.loadBalancerId)));
    issues.push(...checkForwardTargets(listener.defaultActions, 'DefaultActions', listener.id, lbKnown ? listener.loadBalancerId : null, tgIds, owner));
  }
  const rulesPerLb = new Map<string, number>();
  for (const rule of spec.rules) {
    const listener = listeners.get(rule.listenerId);
    if (!listener) issues.push(issue(rule.id, 'Properties.ListenerArn', `Listener '${rule.listenerId}' not found`));
    const siblings = spec.rules.filter((s) => s.listenerId === rule.listenerId);
    issues.push(...validateListenerRule(rule, siblings, listener?.protocol ?? null));
    const lbId = listener && lbIds.has(listener.loadBalancerId) ? listener.loadBalancerId : null;
    issues.push(...checkForwardTargets(rule.actions, 'Actions', rule.id, lbId, tgIds, owner));
    if (lbId !== null) {
      const count = (rulesPerLb.get(lbId) ?? 0) + 1;
      rulesPerLb.set(lbId, count);
      if (count > MAX_RULES_PER_LB) {
        issues.push(issue(rule.id, '', `You've reached the limit on the number of rules per load balancer. (${MAX_RULES_PER_LB} rules per load balancer, not counting default rules)`));
      }
    }
  }
  for (const tg of spec.targetGroups) issues.push(...validateTargetGroup(tg));
  return issues;
}
