/**
 * A template without traffic settings gets the loader's default (src/scenario/defaultTraffic.ts): 3 requests per
 * second to each listener, spread over a request per path its rules match and one for `/`, meeting each rule's other
 * conditions; in the spec, so an export, the command line and the app all carry it.
 */
import { createSimulation } from '../../src/engine';
import { concreteHost, concretePath } from '../../src/scenario/defaultTraffic';
import { exportTemplate, loadBundle } from '../../src/scenario';
import { baseTemplate, loadOk, resources, type Json } from './helpers';

const listener = (lb: string, port: number, defaultActions: Json[], extra: Json = {}): Json => ({
  Type: 'AWS::ElasticLoadBalancingV2::Listener',
  Properties: { LoadBalancerArn: { Ref: lb }, Port: port, Protocol: port === 443 ? 'HTTPS' : 'HTTP', DefaultActions: defaultActions, ...extra },
});
const notFound = [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }];

/** The base template with an HTTPS listener of three rules, and plain HTTP redirected to it. */
function routedTemplate(): Json {
  const template = baseTemplate();
  const res = resources(template);
  res.Listener = listener('Alb', 80, [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }]);
  res.Https = listener('Alb', 443, notFound, { Certificates: [{ CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc' }] });
  const forward = [{ Type: 'forward', TargetGroupArn: { Ref: 'WebTargets' } }];
  res.UsersRule = {
    Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
    Properties: { ListenerArn: { Ref: 'Https' }, Priority: 10, Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/api/users*', '/v?/users/*'] } }], Actions: forward },
  };
  res.AdminRule = {
    Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
    Properties: {
      ListenerArn: { Ref: 'Https' },
      Priority: 20,
      Conditions: [
        { Field: 'host-header', Values: ['*.admin.example.com'] },
        { Field: 'http-request-method', HttpRequestMethodConfig: { Values: ['POST'] } },
        { Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: 'X-Team', Values: ['ops-*'] } },
        { Field: 'query-string', QueryStringConfig: { Values: [{ Key: 'mode', Value: 'edit' }] } },
        { Field: 'source-ip', SourceIpConfig: { Values: ['10.1.0.0/16'] } },
      ],
      Actions: forward,
    },
  };
  res.ReportsRule = {
    Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
    Properties: { ListenerArn: { Ref: 'Https' }, Priority: 30, Conditions: [{ Field: 'path-pattern', Values: ['/reports/*.pdf'] }], Actions: forward },
  };
  return template;
}

describe('concrete values for ALB wildcards', () => {
  it.each([
    ['/api/users*', '/api/users'],
    ['/api/*', '/api/example'],
    ['/reports/*.pdf', '/reports/example.pdf'],
    ['/v?/users/*', '/va/users/example'],
    ['*', '/example'],
    ['/health', '/health'],
  ])('path %s is asked as %s', (pattern, path) => {
    expect(concretePath(pattern)).toBe(path);
  });

  it.each([
    ['*.example.com', 'www.example.com'],
    ['api.*', 'api.example'],
    ['shop-?.example.com', 'shop-a.example.com'],
  ])('host %s is asked as %s', (pattern, host) => {
    expect(concreteHost(pattern)).toBe(host);
  });
});

describe('the default traffic of a template without traffic settings', () => {
  const result = loadOk(routedTemplate());

  it('sends 3 requests per second to each listener, a request per rule path and /, each listener the same share', () => {
    expect(result.defaultTraffic).toBe(true);
    expect(result.spec.traffic).toEqual({
      rate: 6,
      mix: [
        { path: '/', listenerPort: 80, weight: 5 },
        { path: '/api/users', listenerPort: 443 },
        { path: '/va/users/example', listenerPort: 443 },
        { method: 'POST', host: 'www.admin.example.com', path: '/', query: 'mode=edit', headers: { 'X-Team': 'ops-example' }, sourceIp: '10.1.0.0', listenerPort: 443 },
        { path: '/reports/example.pdf', listenerPort: 443 },
        // `/` on 443 is new: the admin rule's request asks for / too, but only with its host, headers and the rest.
        { path: '/', listenerPort: 443 },
      ],
    });
  });

  it('reaches every rule it was made for, and the defaults of both listeners', () => {
    const sim = createSimulation(result.spec);
    const reached = new Map<string, Set<string>>();
    sim.subscribe((e) => {
      if (e.type !== 'request.completed') return;
      const rule = `${e.listenerPort} ${e.rule}`;
      reached.set(rule, (reached.get(rule) ?? new Set()).add(`${e.method} ${e.host.startsWith('www.') ? e.host : ''}${e.path}`));
    }, { requests: true });
    sim.runUntil(120_000);
    expect(Object.fromEntries([...reached].map(([rule, requests]) => [rule, [...requests].sort()]))).toEqual({
      '80 default': ['GET /'],
      '443 10': ['GET /api/users', 'GET /va/users/example'],
      '443 20': ['POST www.admin.example.com/'],
      '443 30': ['GET /reports/example.pdf'],
      '443 default': ['GET /'],
    });
  });

  it('is written by an export and loads back as the template\'s own traffic', () => {
    const exported = exportTemplate(result.spec);
    expect((exported.Metadata as { EcsOrchestra: { traffic: unknown } }).EcsOrchestra.traffic).toEqual(result.spec.traffic);
    const again = loadOk(exported);
    expect(again.defaultTraffic).toBe(false);
    expect(again.spec.traffic).toEqual(result.spec.traffic);
  });

  it('is not made when the template gives traffic, even none at all', () => {
    const template = baseTemplate();
    template.Metadata = { EcsOrchestra: { traffic: { rate: 0 } } };
    const given = loadOk(template);
    expect(given.defaultTraffic).toBe(false);
    expect(given.spec.traffic).toEqual({ rate: 0, mix: [{}] });
  });

  it('is none for a world without a listener', () => {
    const template = baseTemplate();
    const res = resources(template);
    delete res.Listener;
    delete res.Alb;
    const service = (res.WebService as { Properties: Json; DependsOn?: string });
    delete service.DependsOn;
    delete service.Properties.LoadBalancers;
    const none = loadOk(template);
    expect(none.defaultTraffic).toBe(false);
    expect(none.spec.traffic).toBeNull();
  });

  it('sends to each load balancer\'s listener when two load balancers share a port, naming the second (issue 14: before, it was unreachable)', () => {
    const template = baseTemplate();
    const res = resources(template);
    res.Alb2 = { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Subnets: ['subnet-1', 'subnet-2'] } };
    res.Listener2 = listener('Alb2', 80, notFound);
    expect(loadOk(template).spec.traffic).toEqual({ rate: 6, mix: [{ path: '/', listenerPort: 80 }, { path: '/', listenerPort: 80, loadBalancer: 'Alb2' }] });
  });

  it('is what a bundle of templates gets too, over its whole world', () => {
    const bundle = loadBundle([{ name: 'routed.json', text: JSON.stringify(routedTemplate()) }]);
    expect(bundle.ok && [bundle.defaultTraffic, bundle.spec.traffic]).toEqual([true, result.spec.traffic]);
  });
});
