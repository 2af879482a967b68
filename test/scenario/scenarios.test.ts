import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBalancerDnsName } from '../../src/engine/names';
import { scenarioJsonSchemaText } from '../../src/scenario/jsonSchema';
import { loadOk } from './helpers';

const SCENARIOS = fileURLToPath(new URL('../../public/scenarios/', import.meta.url));
const read = (file: string): string => readFileSync(SCENARIOS + file, 'utf8');

interface IndexEntry {
  readonly file: string;
  readonly title: string;
  readonly summary: string;
}

describe('the default scenario', () => {
  const { spec, warnings, notSimulated, outputs } = loadOk(read('default.json'), { fileName: 'default.json' });

  it('loads cleanly with its title and seed', () => {
    expect(warnings).toEqual([]);
    expect(notSimulated).toEqual([]);
    expect(spec).toMatchObject({ title: 'The API orchestra', seed: 1 });
    expect(outputs.ApiUrl).toBe(`https://${loadBalancerDnsName('api-alb', 'ApiAlb', 'internet-facing')}/api/`);
  });

  it('has three Fargate services of three tasks each, each with its own image and instrument', () => {
    expect(spec.clusters.map((c) => c.id)).toEqual(['ApiCluster']);
    expect(spec.services.map((s) => [s.id, s.name, s.desiredCount, s.launchType, s.clusterId])).toEqual([
      ['UsersService', 'users', 3, 'FARGATE', 'ApiCluster'],
      ['AuthService', 'auth', 3, 'FARGATE', 'ApiCluster'],
      ['DashboardService', 'dashboard', 3, 'FARGATE', 'ApiCluster'],
    ]);
    expect(spec.taskDefinitions.map((t) => [t.containers[0]?.image, t.app.instrument, t.networkMode, t.containers[0]?.portMappings[0]?.containerPort])).toEqual([
      ['public.ecr.aws/orchestra/users:1.4.0', 'violin', 'awsvpc', 8080],
      ['public.ecr.aws/orchestra/auth:2.1.0', 'saxophone', 'awsvpc', 8080],
      ['public.ecr.aws/orchestra/dashboard:3.0.2', 'cello', 'awsvpc', 8080],
    ]);
    for (const tg of spec.targetGroups) {
      expect(tg).toMatchObject({
        targetType: 'ip', deregistrationDelaySeconds: 30,
        healthCheck: { path: '/health', intervalSeconds: 10, timeoutSeconds: 5, healthyThreshold: 2, unhealthyThreshold: 2 },
      });
    }
    expect(spec.targetGroups.map((t) => t.name)).toEqual(['users-tg', 'auth-tg', 'dashboard-tg']);
  });

  it('routes /api/users*, /api/auth* and /api/* by rules 10, 20 and 30 on 443, behind a redirect on 80', () => {
    expect(spec.loadBalancers.map((lb) => lb.name)).toEqual(['api-alb']);
    expect(spec.listeners.map((l) => [l.id, l.port, l.protocol])).toEqual([['HttpListener', 80, 'HTTP'], ['HttpsListener', 443, 'HTTPS']]);
    expect(spec.listeners[0]?.defaultActions).toEqual([
      { type: 'redirect', protocol: 'HTTPS', host: '#{host}', port: '443', path: '/#{path}', query: '#{query}', statusCode: 301 },
    ]);
    expect(spec.listeners[1]?.defaultActions).toEqual([{ type: 'fixed-response', statusCode: 404, contentType: 'text/plain', messageBody: 'Not found' }]);
    expect(spec.rules.map((r) => [r.priority, r.listenerId, r.conditions, r.actions])).toEqual([
      [10, 'HttpsListener', [{ field: 'path-pattern', values: ['/api/users*'] }], [{ type: 'forward', targetGroups: [{ targetGroupId: 'UsersTargetGroup', weight: 1 }] }]],
      [20, 'HttpsListener', [{ field: 'path-pattern', values: ['/api/auth*'] }], [{ type: 'forward', targetGroups: [{ targetGroupId: 'AuthTargetGroup', weight: 1 }] }]],
      [30, 'HttpsListener', [{ field: 'path-pattern', values: ['/api/*'] }], [{ type: 'forward', targetGroups: [{ targetGroupId: 'DashboardTargetGroup', weight: 1 }] }]],
    ]);
  });

  it('sends the traffic mix to 443 on shop.example.com, with a path no rule matches and a request for plain HTTP', () => {
    expect(spec.traffic).toEqual({
      rate: 10,
      mix: [
        { method: 'GET', host: 'shop.example.com', path: '/api/users/7', listenerPort: 443, weight: 4 },
        { method: 'POST', host: 'shop.example.com', path: '/api/auth/login', listenerPort: 443, weight: 2 },
        { method: 'GET', host: 'shop.example.com', path: '/api/items', listenerPort: 443, weight: 3 },
        { method: 'GET', host: 'shop.example.com', path: '/api/users', query: 'page=2', listenerPort: 443, weight: 1 },
        { method: 'GET', host: 'shop.example.com', path: '/favicon.ico', listenerPort: 443, weight: 1 },
        { method: 'GET', host: 'shop.example.com', path: '/', listenerPort: 80, weight: 1 },
      ],
    });
  });

  it('opens warm', () => {
    expect(spec.start).toBe('warm');
  });
});

describe('public/scenarios', () => {
  const index = JSON.parse(read('index.json')) as IndexEntry[];

  it('index.json lists every scenario file once, default first, with its title and summary', () => {
    const files = readdirSync(SCENARIOS).filter((f) => f.endsWith('.json') && f !== 'index.json').sort();
    expect(index[0]?.file).toBe('default.json');
    expect(index.map((e) => e.file).sort()).toEqual(files);
    for (const entry of index) {
      const { spec } = loadOk(read(entry.file), { fileName: entry.file });
      expect({ title: spec.title, summary: spec.summary }).toEqual({ title: entry.title, summary: entry.summary });
    }
  });

  it.each(index.map((e) => e.file))('%s loads without errors or warnings, with traffic of its own', (file) => {
    const result = loadOk(read(file), { fileName: file });
    expect(result.warnings).toEqual([]);
    expect(result.spec.traffic).not.toBeNull();
    expect(result.defaultTraffic).toBe(false);
  });

  it('every scenario opens warm except the two about tasks starting', () => {
    expect(index.map((e) => [e.file, loadOk(read(e.file)).spec.start])).toEqual(index.map((e) => [
      e.file,
      e.file === 'slow-starter.json' || e.file === 'wrong-health-check-path.json' ? 'cold' : 'warm',
    ]));
  });

  it('the teaching scenarios carry their lesson', () => {
    const app = (file: string) => loadOk(read(file)).spec.taskDefinitions[0]?.app;
    expect(app('wrong-health-check-path.json')?.responses).toEqual([{ pattern: '/', status: 302 }]);
    expect(loadOk(read('wrong-health-check-path.json')).spec.targetGroups[0]?.healthCheck.path).toBe('/');
    expect(app('slow-starter.json')?.startupSeconds).toBe(90);
    expect(loadOk(read('slow-starter.json')).spec.services[0]?.healthCheckGracePeriodSeconds).toBe(0);
    const bad = loadOk(read('bad-image.json')).spec;
    expect(bad.services[0]?.deployment.circuitBreaker).toEqual({ enable: true, rollback: true });
    expect(bad.script.map((e) => [e.at, e.command.do])).toEqual([[60, 'deploy']]);
    expect(bad.script[0]?.command).toMatchObject({ pullError: expect.stringContaining('CannotPullContainerError') as unknown });
    expect(loadOk(read('crash-and-replace.json')).spec.script).toEqual([{ at: 90, command: { do: 'crashTask', task: 'OrdersService-2' } }]);
  });
});

describe('public/scenario.schema.json', () => {
  it('is what the generator produces now (run: npx tsx src/cli/writeSchema.ts)', () => {
    const onDisk = readFileSync(fileURLToPath(new URL('../../public/scenario.schema.json', import.meta.url)), 'utf8');
    expect(onDisk).toBe(scenarioJsonSchemaText());
  });
});
