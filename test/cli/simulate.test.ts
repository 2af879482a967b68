/**
 * The command line's contract (foundation issue §4): JSON lines with every field, --until inclusive, --summary,
 * seeds, exit codes 0 / 1 / 2.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, lines } from './harness';
import { createSimulation } from '../../src/engine';
import { templateToWorld } from '../../src/store/loadTemplate';

const DEFAULT = 'public/scenarios/default.json';

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'orchestra-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('npm run simulate', () => {
  it('prints JSON lines whose every type carries all of its fields', () => {
    const { code, out } = cli(DEFAULT, '--until', '60');
    expect(code).toBe(0);
    const events = lines(out);
    const fields: Record<string, string[]> = {
      'request.completed': ['t', 'type', 'id', 'method', 'host', 'path', 'query', 'listener', 'listenerPort', 'rule', 'targetGroup', 'target', 'instance', 'port', 'status', 'source', 'reason', 'latencyMs', 'location'],
      'target.health': ['t', 'type', 'targetGroup', 'target', 'instance', 'port', 'from', 'to', 'reason', 'description'],
      'task.status': ['t', 'type', 'task', 'service', 'from', 'to', 'stopCode', 'stoppedReason'],
      'service.event': ['t', 'type', 'service', 'message'],
    };
    for (const [type, keys] of Object.entries(fields)) {
      const ofType = events.filter((e) => e.type === type);
      expect(ofType.length, type).toBeGreaterThan(0);
      for (const e of ofType) expect(Object.keys(e).sort()).toEqual([...keys].sort());
    }
    expect(events.every((e) => Number.isInteger(e.t) && (e.t as number) <= 60_000)).toBe(true);
    // Request ids count from 1 in arrival order, each completing once.
    const ids = events.filter((e) => e.type === 'request.completed').map((e) => e.id as number);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.min(...ids)).toBe(1);
  });

  it('answers /api/items from the dashboard rule on 443 from the start of the warm default, and 503s while a cold world starts', () => {
    const events = lines(cli(DEFAULT, '--until', '60').out).filter((e) => e.type === 'request.completed');
    const items = events.filter((e) => e.path === '/api/items');
    expect(items.some((e) => e.rule === 30 && e.targetGroup === 'DashboardTargetGroup' && e.status === 200 && e.source === 'target')).toBe(true);
    // The default scenario opens warm: its very first request on 443 is served by a task.
    const first = events.find((e) => e.listenerPort === 443 && String(e.path).startsWith('/api/'))!;
    expect(first).toMatchObject({ status: 200, source: 'target', listenerPort: 443, latencyMs: 20 });
    // The same scenario started cold: the load balancer answers 503 itself until targets are healthy.
    const cold = lines(cli('public/scenarios/wrong-health-check-path.json', '--until', '20').out).filter((e) => e.type === 'request.completed');
    expect(cold[0]).toMatchObject({ status: 503, source: 'elb', target: null, latencyMs: 0 });
  });

  it('gives the same bytes for the same template and seed, and other bytes for another seed', () => {
    const a = cli(DEFAULT, '--until', '90').out;
    expect(cli(DEFAULT, '--until', '90').out).toBe(a);
    expect(cli(DEFAULT, '--until', '90', '--seed', '2').out).not.toBe(a);
    expect(cli(DEFAULT, '--until', '90', '--seed', '1').out).toBe(a);
  });

  it('still runs what is due exactly at --until', () => {
    // A scenario that starts cold: its two targets register at 10 s (PROVISIONING 3 s + PENDING 7 s).
    const COLD = 'public/scenarios/wrong-health-check-path.json';
    const at10 = lines(cli(COLD, '--until', '10').out);
    expect(at10.filter((e) => e.type === 'target.health' && e.t === 10_000)).toHaveLength(2);
    const before = lines(cli(COLD, '--until', '9.999').out);
    expect(before.filter((e) => e.type === 'target.health')).toHaveLength(0);
  });

  it('prints one summary object with totals by status, rule, group, task and service', () => {
    const { code, out } = cli(DEFAULT, '--until', '120', '--summary');
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
    const summary = JSON.parse(out) as {
      total: number;
      byStatus: Record<string, number>;
      byRule: Record<string, number>;
      byTargetGroup: Record<string, number>;
      byTask: Record<string, number>;
      services: Record<string, { desired: number; running: number; started: number; stopped: number }>;
    };
    const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
    expect(sum(summary.byStatus)).toBe(summary.total);
    expect(sum(summary.byRule)).toBe(summary.total);
    // The three path rules, and the default rules of both listeners (the redirect on 80, the 404 on 443).
    expect(Object.keys(summary.byRule).sort()).toEqual(['10', '20', '30', 'default']);
    expect(summary.services).toEqual({
      UsersService: { desired: 3, running: 3, started: 3, stopped: 0 },
      AuthService: { desired: 3, running: 3, started: 3, stopped: 0 },
      DashboardService: { desired: 3, running: 3, started: 3, stopped: 0 },
    });
    // The summary counts what the JSON lines report.
    const completed = lines(cli(DEFAULT, '--until', '120').out).filter((e) => e.type === 'request.completed');
    expect(summary.total).toBe(completed.length);
  });

  it('prints scaling.activity lines in Application Auto Scaling\'s words, and a scaled service\'s min, max and peak counts in the summary', () => {
    const SCALED = 'public/scenarios/audience-grows.json';
    const activities = lines(cli(SCALED, '--until', '420').out).filter((e) => e.type === 'scaling.activity');
    expect(activities.map((e) => [e.t, e.service, e.from, e.to])).toEqual([[300_000, 'ShopService', 2, 4], [360_000, 'ShopService', 4, 7], [420_000, 'ShopService', 7, 8]]);
    expect(activities[0]?.cause).toMatch(/^monitor alarm TargetTracking-service\/stage\/shop-AlarmHigh-[0-9a-f-]{36} in state ALARM triggered policy shop-cpu-50$/);
    const summary = JSON.parse(cli(SCALED, '--until', '2100', '--summary').out) as { services: Record<string, unknown> };
    expect(summary.services).toEqual({ ShopService: { desired: 2, running: 2, started: 8, stopped: 6, scaling: { min: 2, max: 8, peak: 8, peakRunning: 8 } } });
  });

  it('exits 1 on bad arguments or a missing file, with the usage', () => {
    expect(cli().code).toBe(1);
    expect(cli(DEFAULT, '--seed').code).toBe(1);
    expect(cli(DEFAULT, '--until', 'soon').code).toBe(1);
    expect(cli(DEFAULT, '--fast').err).toContain('unknown option --fast');
    const missing = cli('no/such/file.json');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('cannot read no/such/file.json');
  });

  it("refuses --seed 4294967296 with the limit and the words a template's seed gets, instead of wrapping to seed 0", () => {
    const message = 'seed 4294967296 is out of range: a seed is a whole number from 0 to 4294967295 (32 bits)';
    const wrapped = cli(DEFAULT, '--until', '5', '--seed', '4294967296');
    expect(wrapped.code).toBe(1);
    expect(wrapped.out).toBe('');
    expect(wrapped.err).toContain(`--seed: ${message}`);
    const template = JSON.parse(readFileSync(DEFAULT, 'utf8')) as { Metadata: { EcsOrchestra: { seed: number } } };
    template.Metadata.EcsOrchestra.seed = 4294967296;
    const inFile = cli(tempFile('seeded.json', JSON.stringify(template)));
    expect(inFile.code).toBe(2);
    expect(inFile.err).toContain(`error: Metadata.EcsOrchestra.seed: ${message}`);
    expect(cli(DEFAULT, '--until', '5', '--seed', '4294967295').code).toBe(0);
    expect(cli(DEFAULT, '--until', '5', '--seed', '-1').err).toContain('--seed: seed -1 is out of range');
  });

  it('refuses --until past a week of simulated time, naming the limit', () => {
    const { code, err } = cli(DEFAULT, '--until', '604801');
    expect(code).toBe(1);
    expect(err).toContain('--until 604801 is too long: Simulated time, in seconds (one week), is at most 604,800 (the simulator)');
  });

  it('exits 2 on an invalid scenario, printing every error and warning', () => {
    const file = tempFile(
      'bad.json',
      JSON.stringify({
        Resources: {
          Tg: { Type: 'AWS::ElasticLoadBalancingV2::TargetGroup', Properties: { Port: 80, Protocol: 'HTTP', HealthCheckIntervalSeconds: 5, HealthCheckTimeoutSeconds: 5 } },
          Svc: { Type: 'AWS::ECS::Service', Properties: { TaskDefinition: { Ref: 'Missing' } } },
          Odd: { Type: 'AWS::ECS::Cluster', Properties: { Colour: 'blue' } },
        },
      }),
    );
    const { code, err, out } = cli(file);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain("Health check timeout '5' must be smaller than the interval '5'");
    expect(err).toContain('Unresolved resource dependencies [Missing]');
    expect(err).toMatch(/warning: Odd\.Properties\.Colour/);
    const invalidJson = cli(tempFile('broken.json', '{ "Resources": {'));
    expect(invalidJson.code).toBe(2);
  });

  it('runs a template without traffic settings on the default traffic, says so, and prints the log the app runs', () => {
    const file = 'test/scenario/fixtures/examples/05-http-to-https-redirect.json';
    const { code, out, err } = cli(file, '--until', '120');
    expect(code).toBe(0);
    expect(err).toContain(
      'note: no Metadata.EcsOrchestra.traffic in the template, so the run sends the default: 6 requests per second over 4 kinds of request (3 per listener, a request per path its rules match and /); set traffic to change it\n',
    );
    // The app's own path from a template to a world (the store's templateToWorld), run to the same moment.
    const world = templateToWorld(readFileSync(file, 'utf8'), '05-http-to-https-redirect.json');
    if (!world.ok) throw new Error('the example loads');
    expect(world.meta.defaultTraffic).toBe(true);
    const sim = createSimulation(world.spec);
    const app: string[] = [];
    sim.subscribe((e) => app.push(JSON.stringify(e)), { requests: true });
    sim.runUntil(120_000);
    expect(out.trim().split('\n')).toEqual(app);
    expect(app.filter((line) => line.includes('"request.completed"')).length).toBeGreaterThan(500);
  });

  it('loads every example template a real project might bring', () => {
    for (const name of ['01-parameters-and-sub', '02-legacy-field-values-ec2-bridge', '03-condition-config-forms', '04-weighted-forward', '05-http-to-https-redirect', '06-full-stack-with-unsimulated-resources']) {
      const { code } = cli(`test/scenario/fixtures/examples/${name}.json`, '--until', '30', '--summary');
      expect(code, name).toBe(0);
    }
  });
});
