import type { ActionSpec, ListenerRuleSpec, ListenerSpec, ScenarioSpec, TargetGroupSpec } from '../../src/engine/spec';
import type { ScenarioIssue } from '../../src/scenario/issues';
import {
  validateAction,
  validateElb,
  validateListener,
  validateListenerRule,
  validateTargetGroup,
} from '../../src/scenario/validate/elbValidation';

const forward = (...ids: string[]): ActionSpec => ({ type: 'forward', targetGroups: ids.map((targetGroupId) => ({ targetGroupId, weight: 1 })) });

const tg = (over: Partial<TargetGroupSpec> = {}, hc: Partial<TargetGroupSpec['healthCheck']> = {}): TargetGroupSpec => ({
  id: 'WebTG',
  name: 'web-tg',
  arn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/0123456789abcdef',
  port: 80,
  protocol: 'HTTP',
  targetType: 'ip',
  healthCheck: { protocol: 'HTTP', path: '/', port: 'traffic-port', intervalSeconds: 30, timeoutSeconds: 5, healthyThreshold: 5, unhealthyThreshold: 2, matcher: '200', ...hc },
  deregistrationDelaySeconds: 300,
  algorithm: 'round_robin',
  ...over,
});

const listener = (over: Partial<ListenerSpec> = {}): ListenerSpec => ({
  id: 'HttpListener',
  loadBalancerId: 'LB',
  port: 80,
  protocol: 'HTTP',
  defaultActions: [forward('WebTG')],
  ...over,
});

const rule = (over: Partial<ListenerRuleSpec> = {}): ListenerRuleSpec => ({
  id: 'ApiRule',
  listenerId: 'HttpListener',
  priority: 10,
  conditions: [{ field: 'path-pattern', values: ['/api/*'] }],
  actions: [forward('WebTG')],
  ...over,
});

const spec = (over: Partial<ScenarioSpec> = {}): ScenarioSpec => ({
  title: 't',
  summary: 's',
  seed: 1,
  start: 'cold',
  clusters: [],
  taskDefinitions: [],
  deregisteredRevisions: {},
  services: [],
  loadBalancers: [{ id: 'LB', name: 'lb', scheme: 'internet-facing', dnsName: 'lb-1.us-east-1.elb.amazonaws.com', idleTimeoutSeconds: 60 }],
  listeners: [listener()],
  rules: [rule()],
  targetGroups: [tg()],
  traffic: null,
  script: [],
  ...over,
});

const messages = (issues: readonly ScenarioIssue[]) => issues.map((i) => i.message);
const only = (issues: readonly ScenarioIssue[]) => {
  expect(issues).toHaveLength(1);
  const [first] = issues;
  if (!first) throw new Error('no issue');
  return first;
};
const ruleIssues = (over: Partial<ListenerRuleSpec>, siblings: ListenerRuleSpec[] = []) => validateListenerRule(rule(over), siblings);

describe('validateElb', () => {
  it('accepts a valid scenario', () => {
    expect(validateElb(spec())).toEqual([]);
  });

  it('reports unknown target groups, listeners and load balancers', () => {
    const issues = validateElb(spec({
      listeners: [listener({ loadBalancerId: 'Nope', defaultActions: [forward('Missing')] })],
      rules: [rule({ listenerId: 'Ghost' })],
    }));
    expect(issues).toEqual(expect.arrayContaining([
      { severity: 'error', resource: 'HttpListener', path: 'Properties.LoadBalancerArn', message: "Load balancer 'Nope' not found" },
      { severity: 'error', resource: 'HttpListener', path: 'Properties.DefaultActions[0].TargetGroupArn', message: "Target group 'Missing' not found" },
      { severity: 'error', resource: 'ApiRule', path: 'Properties.ListenerArn', message: "Listener 'Ghost' not found" },
    ]));
  });

  it('names the ForwardConfig entry of a weighted forward', () => {
    const weighted: ActionSpec = { type: 'forward', targetGroups: [{ targetGroupId: 'WebTG', weight: 1 }, { targetGroupId: 'Green', weight: 1 }] };
    const issue = only(validateElb(spec({ rules: [rule({ actions: [weighted] })] })));
    expect(issue).toMatchObject({ resource: 'ApiRule', path: 'Properties.Actions[0].ForwardConfig.TargetGroups[1].TargetGroupArn', message: "Target group 'Green' not found" });
  });

  it('flags duplicate priorities and ports among siblings only', () => {
    const issues = validateElb(spec({
      listeners: [listener(), listener({ id: 'Other', port: 80 }), listener({ id: 'Elsewhere', loadBalancerId: 'LB2', port: 80 })],
      loadBalancers: [...spec().loadBalancers, { id: 'LB2', name: 'lb2', scheme: 'internal', dnsName: 'x', idleTimeoutSeconds: 60 }],
      rules: [rule(), rule({ id: 'Clash' }), rule({ id: 'OtherListener', listenerId: 'Other' })],
      targetGroups: [tg(), tg({ id: 'Tg2', name: 'tg2' })],
    }));
    const priority = issues.filter((i) => i.message.startsWith('The specified priority is in use.'));
    expect(priority.map((i) => i.resource).sort()).toEqual(['ApiRule', 'Clash']);
    const ports = issues.filter((i) => i.message.startsWith('A listener with the specified port already exists.'));
    expect(ports.map((i) => i.resource).sort()).toEqual(['HttpListener', 'Other']);
  });

  it('refuses a target group shared by two load balancers', () => {
    const issues = validateElb(spec({
      loadBalancers: [...spec().loadBalancers, { id: 'LB2', name: 'lb2', scheme: 'internal', dnsName: 'x', idleTimeoutSeconds: 60 }],
      listeners: [listener(), listener({ id: 'Internal', loadBalancerId: 'LB2' })],
      rules: [],
    }));
    expect(only(issues)).toMatchObject({ resource: 'Internal', message: expect.stringContaining('can be used by only one load balancer') as unknown });
  });

  it('caps rules per load balancer at 100', () => {
    const rules = Array.from({ length: 101 }, (_, i) => rule({ id: `R${i}`, priority: i + 1 }));
    expect(messages(validateElb(spec({ rules })))).toEqual(["You've reached the limit on the number of rules per load balancer. (100 rules per load balancer, not counting default rules)"]);
  });

  it('runs the target-group checks', () => {
    expect(only(validateElb(spec({ targetGroups: [tg({}, { timeoutSeconds: 30, intervalSeconds: 30 })] }))).path).toBe('Properties.HealthCheckTimeoutSeconds');
  });
});

describe('validateListenerRule', () => {
  it('checks the priority range and clashes', () => {
    expect(only(ruleIssues({ priority: 0 }))).toMatchObject({ path: 'Properties.Priority', message: "Priority '0' is out of range; a rule priority must be a whole number from 1 to 50000" });
    expect(only(ruleIssues({ priority: 50001 })).path).toBe('Properties.Priority');
    expect(ruleIssues({ priority: 50000 })).toEqual([]);
    const clash = only(validateListenerRule(rule(), [rule(), rule({ id: 'Other' })]));
    expect(clash.message).toBe("The specified priority is in use. Rule 'Other' on the same listener also has priority 10.");
  });

  it('needs at least one condition', () => {
    expect(only(ruleIssues({ conditions: [] }))).toMatchObject({ path: 'Properties.Conditions', message: 'A rule must have at least one condition' });
  });

  it('allows at most one path-pattern, host-header, method and source-ip condition', () => {
    const issue = only(ruleIssues({ conditions: [{ field: 'path-pattern', values: ['/a'] }, { field: 'path-pattern', values: ['/b'] }] }));
    expect(issue.path).toBe('Properties.Conditions[1]');
    expect(issue.message).toContain("A rule can only have one 'path-pattern' condition");
    const headers = ruleIssues({ conditions: [
      { field: 'http-header', headerName: 'X-A', values: ['1'] },
      { field: 'http-header', headerName: 'X-B', values: ['2'] },
    ] });
    expect(headers).toEqual([]);
  });

  it("limits a rule to '5' condition values and 5 wildcards", () => {
    const six = only(ruleIssues({ conditions: [{ field: 'path-pattern', values: ['/a', '/b', '/c'] }, { field: 'host-header', values: ['a.com', 'b.com', 'c.com'] }] }));
    expect(six).toMatchObject({ path: 'Properties.Conditions', message: "A rule can only have '5' condition values; this rule has 6" });
    const wild = only(ruleIssues({ conditions: [{ field: 'path-pattern', values: ['/*/*/*', '/?/?/?'] }] }));
    expect(wild.message).toBe("A rule can only have '5' wildcard characters ('*' and '?') across its condition values; this rule has 6");
    expect(ruleIssues({ conditions: [{ field: 'query-string', values: [{ key: 'a\\*', value: '\\?*' }] }] })).toEqual([]);
  });

  it('checks path-pattern values', () => {
    expect(only(ruleIssues({ conditions: [{ field: 'path-pattern', values: [] }] }))).toMatchObject({ path: 'Properties.Conditions[0].Values', message: 'A condition value must be specified' });
    expect(only(ruleIssues({ conditions: [{ field: 'path-pattern', values: ['/a', ''] }] }))).toMatchObject({ path: 'Properties.Conditions[0].Values[1]', message: 'A condition value must be specified' });
    expect(only(ruleIssues({ conditions: [{ field: 'path-pattern', values: ['/' + 'a'.repeat(128)] }] })).message).toBe("The 'path-pattern' value is too long; the limit is '128'");
    const bad = only(ruleIssues({ conditions: [{ field: 'path-pattern', values: ['/a b'] }] }));
    expect(bad.message).toContain("The 'path-pattern' value '/a b' contains ' ', which is not allowed; the allowed characters are A-Z");
    const relative = only(ruleIssues({ conditions: [{ field: 'path-pattern', values: ['api/*'] }] }));
    expect(relative).toMatchObject({ severity: 'warning', message: expect.stringContaining('can never match') as unknown });
  });

  it('checks host-header values', () => {
    expect(only(ruleIssues({ conditions: [{ field: 'host-header', values: [`${'a'.repeat(125)}.com`] }] })).message).toBe("The 'host-header' value is too long; the limit is '128'");
    expect(only(ruleIssues({ conditions: [{ field: 'host-header', values: ['shop_1.example.com'] }] })).message).toContain("contains '_', which is not allowed; the allowed characters are A-Z, a-z, 0-9, hyphen (-), period (.)");
    expect(only(ruleIssues({ conditions: [{ field: 'host-header', values: ['localhost'] }] })).message).toContain("must contain at least one '.'");
    expect(only(ruleIssues({ conditions: [{ field: 'host-header', values: ['example.c0m'] }] })).message).toContain("only letters after its final '.'");
    expect(ruleIssues({ conditions: [{ field: 'host-header', values: ['*.example.com', 'api-?.example.COM'] }] })).toEqual([]);
  });

  it('checks http-header conditions', () => {
    const at = (values: string[], headerName = 'X-Preview') => ruleIssues({ conditions: [{ field: 'http-header', headerName, values }] });
    expect(only(at(['yes'], 'X'.repeat(41)))).toMatchObject({ path: 'Properties.Conditions[0].HttpHeaderConfig.HttpHeaderName', message: "The 'HttpHeaderName' value is too long; the limit is '40'" });
    expect(only(at(['x'], 'host')).message).toContain("The 'HttpHeaderName' cannot be 'Host'");
    expect(only(at(['x'], 'X-*')).message).toContain('without wildcards');
    expect(only(at(['x'], '')).message).toBe("A 'HttpHeaderName' must be specified");
    expect(only(at(['x'.repeat(129)]))).toMatchObject({ path: 'Properties.Conditions[0].HttpHeaderConfig.Values[0]', message: "The 'http-header' value is too long; the limit is '128'" });
  });

  it('checks http-request-method values', () => {
    const at = (values: string[]) => ruleIssues({ conditions: [{ field: 'http-request-method', values }] });
    expect(only(at(['get']))).toMatchObject({ path: 'Properties.Conditions[0].HttpRequestMethodConfig.Values[0]', message: "The 'http-request-method' value is invalid; the allowed characters are A-Z, hyphen and underscore" });
    expect(only(at(['A'.repeat(41)])).message).toBe("The 'http-request-method' value is too long; the limit is '40'");
    expect(at(['GET', 'CUSTOM_METHOD-X'])).toEqual([]);
  });

  it('checks query-string pairs', () => {
    const issue = only(ruleIssues({ conditions: [{ field: 'query-string', values: [{ key: 'debug', value: '' }] }] }));
    expect(issue).toMatchObject({ path: 'Properties.Conditions[0].QueryStringConfig.Values[0].Value', message: "A 'Value' must be specified in 'QueryStringKeyValuePair'" });
    expect(only(ruleIssues({ conditions: [{ field: 'query-string', values: [{ key: null, value: 'v'.repeat(129) }] }] })).message).toBe("The 'query-string' value is too long; the limit is '128'");
    expect(only(ruleIssues({ conditions: [{ field: 'query-string', values: [{ key: 'k'.repeat(129), value: 'v' }] }] }))).toMatchObject({
      path: 'Properties.Conditions[0].QueryStringConfig.Values[0].Key',
      message: "The 'query-string' key is too long; the limit is '128'",
    });
  });

  it('checks source-ip values', () => {
    const at = (values: string[]) => ruleIssues({ conditions: [{ field: 'source-ip', values }] });
    expect(only(at([])).message).toBe("A 'source-ip' value must be specified");
    expect(only(at(['10.0.0.1']))).toMatchObject({ path: 'Properties.Conditions[0].SourceIpConfig.Values[0]', message: expect.stringContaining("The 'source-ip' value '10.0.0.1' is not a valid CIDR block") as unknown });
    expect(only(at(['255.255.255.255/32'])).message).toBe("The 'source-ip' value '255.255.255.255/32' is not allowed");
    expect(at(['10.0.0.0/8', '2001:db8::/32'])).toEqual([]);
  });

  it('needs exactly one routing action and checks it', () => {
    expect(only(ruleIssues({ actions: [] }))).toMatchObject({ path: 'Properties.Actions', message: 'A rule must have exactly one forward, redirect or fixed-response action' });
    expect(only(ruleIssues({ actions: [forward('WebTG'), forward('WebTG')] })).path).toBe('Properties.Actions[1]');
    const redirectHttp: ActionSpec = { type: 'redirect', protocol: 'HTTP', host: '#{host}', port: '80', path: '/#{path}', query: '#{query}', statusCode: 301 };
    expect(only(validateListenerRule(rule({ actions: [redirectHttp] }), [], 'HTTPS'))).toMatchObject({ resource: 'ApiRule', path: 'Properties.Actions[0].RedirectConfig.Protocol' });
  });
});

describe('validateListener', () => {
  it('checks port, protocol and duplicate ports', () => {
    expect(only(validateListener(listener({ port: 0 }), []))).toMatchObject({ path: 'Properties.Port', message: "Listener port '0' must be between 1 and 65535" });
    expect(only(validateListener(listener({ protocol: 'TCP' as unknown as 'HTTP' }), []))).toMatchObject({ path: 'Properties.Protocol', message: "Listener protocol 'TCP' must be one of 'HTTP, HTTPS'" });
    const dup = only(validateListener(listener(), [listener(), listener({ id: 'Second' })]));
    expect(dup.message).toBe("A listener with the specified port already exists. Listener 'Second' on the same load balancer uses port 80.");
  });

  it('checks default actions under DefaultActions', () => {
    expect(only(validateListener(listener({ defaultActions: [] }), []))).toMatchObject({
      path: 'Properties.DefaultActions',
      message: 'A listener must have exactly one forward, redirect or fixed-response default action',
    });
    const bad: ActionSpec = { type: 'fixed-response', statusCode: 302, contentType: null, messageBody: null };
    expect(only(validateListener(listener({ defaultActions: [bad] }), []))).toMatchObject({
      resource: 'HttpListener',
      path: 'Properties.DefaultActions[0].FixedResponseConfig.StatusCode',
    });
  });
});

describe('validateAction', () => {
  const base = 'Properties.DefaultActions[0]';
  const redirect = (over: Partial<Extract<ActionSpec, { type: 'redirect' }>> = {}): ActionSpec => ({
    type: 'redirect', protocol: 'HTTPS', host: '#{host}', port: '443', path: '/#{path}', query: '#{query}', statusCode: 301, ...over,
  });

  it('checks fixed responses', () => {
    const fixed = (over: Partial<Extract<ActionSpec, { type: 'fixed-response' }>>): ActionSpec => ({ type: 'fixed-response', statusCode: 404, contentType: 'text/plain', messageBody: 'no', ...over });
    expect(validateAction(fixed({}), base, 'HTTP')).toEqual([]);
    expect(only(validateAction(fixed({ statusCode: 302 }), base, 'HTTP')).message).toBe("StatusCode '302' is invalid; a fixed response status code must match ^(2|4|5)\\d\\d$ (2XX, 4XX or 5XX)");
    expect(only(validateAction(fixed({ statusCode: 600 }), base, 'HTTP')).path).toBe(`${base}.FixedResponseConfig.StatusCode`);
    expect(only(validateAction(fixed({ contentType: 'text/xml' }), base, 'HTTP'))).toMatchObject({
      path: `${base}.FixedResponseConfig.ContentType`,
      message: "The ContentType must be one of:'text/html', 'application/json', 'application/javascript', 'text/css', 'text/plain'",
    });
    expect(only(validateAction(fixed({ messageBody: 'x'.repeat(1025) }), base, 'HTTP')).message).toBe("The 'MessageBody' value is too long; the limit is '1024'");
  });

  it('checks redirects', () => {
    expect(validateAction(redirect(), base, 'HTTP')).toEqual([]);
    expect(only(validateAction(redirect({ statusCode: 303 as 301 }), base, 'HTTP')).message).toBe("Redirect StatusCode '303' must be one of 'HTTP_301, HTTP_302'");
    const loop = only(validateAction(redirect({ protocol: '#{protocol}', port: '#{port}' }), base, 'HTTP'));
    expect(loop).toMatchObject({ path: `${base}.RedirectConfig`, message: expect.stringContaining('must change at least one of protocol, host, port or path') as unknown });
    expect(only(validateAction(redirect({ protocol: 'HTTP', port: '80' }), base, 'HTTPS')).message).toBe("A redirect from HTTPS to HTTP is not allowed; use 'HTTPS' or '#{protocol}'");
    expect(validateAction(redirect({ protocol: 'HTTP', port: '80' }), base, 'HTTP')).toEqual([]);
    expect(only(validateAction(redirect({ path: 'new' }), base, 'HTTP'))).toMatchObject({ path: `${base}.RedirectConfig.Path`, message: "The redirect Path 'new' must start with '/'" });
    expect(only(validateAction(redirect({ protocol: 'FTP' }), base, 'HTTP')).message).toBe("Redirect Protocol 'FTP' must be one of 'HTTP', 'HTTPS' or '#{protocol}'");
    expect(only(validateAction(redirect({ port: '70000' }), base, 'HTTP')).message).toBe("Redirect Port '70000' must be '#{port}' or a port from 1 to 65535");
    expect(only(validateAction(redirect({ query: 'q'.repeat(129) }), base, 'HTTP')).message).toBe("The redirect 'Query' value is too long; the limit is '128'");
    expect(only(validateAction(redirect({ path: '/' + 'p'.repeat(128) }), base, 'HTTP')).path).toBe(`${base}.RedirectConfig.Path`);
    expect(only(validateAction(redirect({ host: '' }), base, 'HTTP')).message).toBe("A redirect 'Host' must be specified; '#{host}' keeps the request's host");
  });

  it('checks forward weights and group counts', () => {
    const weighted = (...weights: number[]): ActionSpec => ({ type: 'forward', targetGroups: weights.map((weight, i) => ({ targetGroupId: `Tg${i}`, weight })) });
    expect(validateAction(weighted(0, 999), base, 'HTTP')).toEqual([]);
    expect(only(validateAction(weighted(1, 1000), base, 'HTTP'))).toMatchObject({ path: `${base}.ForwardConfig.TargetGroups[1].Weight`, message: "Weight '1000' must be a whole number from 0 to 999" });
    expect(only(validateAction(weighted(1, 1, 1, 1, 1, 1), base, 'HTTP')).message).toBe("A forward action can have at most '5' target groups; this one has 6");
    expect(only(validateAction(weighted(0, 0), base, 'HTTP')).severity).toBe('warning');
    expect(only(validateAction(weighted(), base, 'HTTP')).message).toBe('A forward action must name at least one target group');
  });

  it('attributes issues to the given resource', () => {
    expect(only(validateAction(redirect({ path: 'x' }), base, 'HTTP', 'Listener1')).resource).toBe('Listener1');
  });
});

describe('validateTargetGroup', () => {
  const one = (over: Partial<TargetGroupSpec>, hc: Partial<TargetGroupSpec['healthCheck']> = {}) => only(validateTargetGroup(tg(over, hc)));

  it('accepts the defaults', () => {
    expect(validateTargetGroup(tg())).toEqual([]);
  });

  it('checks health-check ranges', () => {
    expect(one({}, { intervalSeconds: 4 })).toMatchObject({ resource: 'WebTG', path: 'Properties.HealthCheckIntervalSeconds', message: "Health check interval '4' must be between 5 and 300 seconds" });
    expect(one({}, { intervalSeconds: 301 }).path).toBe('Properties.HealthCheckIntervalSeconds');
    expect(one({}, { timeoutSeconds: 1 })).toMatchObject({ path: 'Properties.HealthCheckTimeoutSeconds', message: "Health check timeout '1' must be between 2 and 120 seconds" });
    expect(one({}, { healthyThreshold: 11 })).toMatchObject({ path: 'Properties.HealthyThresholdCount', message: "Healthy threshold count '11' must be between 2 and 10" });
    expect(one({}, { unhealthyThreshold: 1 })).toMatchObject({ path: 'Properties.UnhealthyThresholdCount', message: "Unhealthy threshold count '1' must be between 2 and 10" });
  });

  it('needs the timeout smaller than the interval', () => {
    expect(one({}, { intervalSeconds: 5, timeoutSeconds: 5 }).message).toBe("Health check timeout '5' must be smaller than the interval '5'");
    expect(one({}, { intervalSeconds: 5, timeoutSeconds: 6 }).message).toBe("Health check timeout '6' must be smaller than the interval '5'");
    expect(validateTargetGroup(tg({}, { intervalSeconds: 5, timeoutSeconds: 4 }))).toEqual([]);
  });

  it('checks the matcher', () => {
    expect(validateTargetGroup(tg({}, { matcher: '200,202' }))).toEqual([]);
    expect(validateTargetGroup(tg({}, { matcher: '200-299' }))).toEqual([]);
    expect(one({}, { matcher: '200-' })).toMatchObject({ path: 'Properties.Matcher.HttpCode', message: "Matcher HttpCode '200-' is invalid; write success codes as '200', '200,202' or '200-299'" });
    expect(one({}, { matcher: '200-599' }).message).toBe("Matcher HttpCode '200-599' is out of range; health check success codes must be from 200 to 499");
  });

  it('checks the name', () => {
    const long = 'a'.repeat(33);
    expect(one({ name: long })).toMatchObject({ path: 'Properties.Name', message: `Target group name '${long}' cannot be longer than '32' characters` });
    expect(one({ name: 'web_tg' }).message).toBe("Target group name 'web_tg' can only contain characters that are alphanumeric characters or hyphens(-)");
    expect(one({ name: '-web' }).message).toBe("Target group name '-web' cannot begin or end with '-'");
  });

  it('checks the deregistration delay, health-check path and ports', () => {
    expect(one({ deregistrationDelaySeconds: 3601 })).toMatchObject({ path: 'Properties.TargetGroupAttributes', message: "'deregistration_delay.timeout_seconds' value '3601' must be between '0-3600' inclusive" });
    expect(validateTargetGroup(tg({ deregistrationDelaySeconds: 3600 }))).toEqual([]);
    expect(one({}, { path: 'health' })).toMatchObject({ path: 'Properties.HealthCheckPath', message: "Health check path 'health' must start with '/'" });
    expect(one({}, { path: '' }).message).toBe('Health check path must be 1 to 1024 characters long');
    expect(one({}, { path: '/' + 'x'.repeat(1024) }).path).toBe('Properties.HealthCheckPath');
    expect(one({}, { port: 0 }).path).toBe('Properties.HealthCheckPort');
    expect(one({ protocol: 'TCP' as unknown as 'HTTP' }).message).toBe("Target group protocol 'TCP' must be one of 'HTTP, HTTPS' for an Application Load Balancer");
    expect(one({}, { protocol: 'TCP' as unknown as 'HTTP' })).toMatchObject({ path: 'Properties.HealthCheckProtocol', message: "Health check protocol 'TCP' must be one of 'HTTP, HTTPS'" });
    expect(one({}, { port: 0 }).message).toBe("Health check port '0' must be 'traffic-port' or a port from 1 to 65535");
    expect(one({ port: 70000 })).toMatchObject({ path: 'Properties.Port', message: "Target group port '70000' must be between 1 and 65535" });
  });
});
