import { describe, expect, it } from 'vitest';
import { layoutStage } from '../../../src/ui/stage/layout';
import type { RuleNode, StageNode } from '../../../src/ui/stage/stageNodes';
import { createStructureSelector, structureOf } from '../../../src/ui/stage/structure';
import { defaultSpec, steadySnapshot, withTaskStatus } from './defaultWorld';

const spec = defaultSpec();
const snapshot = steadySnapshot(spec);
const structure = structureOf(snapshot);

function ofType<T extends StageNode['type']>(nodes: readonly StageNode[], type: T): Extract<StageNode, { type: T }>[] {
  return nodes.filter((node): node is Extract<StageNode, { type: T }> => node.type === type);
}

describe('layoutStage on the default scenario', () => {
  const { nodes, edges } = layoutStage(spec, structure, { direction: 'LR', lens: 'aws' });

  it('has a node for every listener, rule (defaults included), target group, service and running task', () => {
    expect(ofType(nodes, 'audience')).toHaveLength(1);
    expect(ofType(nodes, 'loadBalancer')).toHaveLength(1);
    expect(ofType(nodes, 'listener').map((n) => n.data.port)).toEqual([80, 443]);
    // :80 has only its default (redirect); :443 has three path rules and its default (404).
    expect(ofType(nodes, 'rule').map((n) => `${n.data.port}/${n.data.priority}`)).toEqual(['80/default', '443/10', '443/20', '443/30', '443/default']);
    expect(ofType(nodes, 'targetGroup').map((n) => n.data.name)).toEqual(['users-tg', 'auth-tg', 'dashboard-tg']);
    expect(ofType(nodes, 'service').map((n) => n.data.naming.name)).toEqual(['users', 'auth', 'dashboard']);
    expect(ofType(nodes, 'task')).toHaveLength(9);
    expect(ofType(nodes, 'conductor')).toHaveLength(1);
    expect(ofType(nodes, 'stageManager')).toHaveLength(1);
  });

  it('stacks each listener’s rules in priority order with the default last', () => {
    const rules = ofType(nodes, 'rule').filter((n) => n.data.listenerId === 'HttpsListener');
    const byY = [...rules].sort((a, b) => a.position.y - b.position.y).map((n) => n.data.priority);
    expect(byY).toEqual([10, 20, 30, 'default']);
    expect(rules.map((n) => n.data.text.condition)).toEqual(['path /api/users*', 'path /api/auth*', 'path /api/*', 'anything else']);
  });

  it('says what each rule does: forward to a target group, or an answer from the load balancer', () => {
    const rule = (port: number, priority: number | 'default') =>
      ofType(nodes, 'rule').find((n) => n.data.port === port && n.data.priority === priority) as RuleNode;
    expect(rule(443, 10).data.text.action).toBe('→ users-tg');
    expect(rule(443, 'default').data.text.outcome).toEqual({ kind: 'fixed-response', status: 404 });
    expect(rule(80, 'default').data.text.outcome).toMatchObject({ kind: 'redirect', status: 301 });
  });

  it('puts nodes in the order a request meets them, which is the Tab order', () => {
    const order = nodes.map((n) => n.type);
    const first = (type: StageNode['type']) => order.indexOf(type);
    const last = (type: StageNode['type']) => order.lastIndexOf(type);
    expect(first('audience')).toBe(0);
    expect(last('rule')).toBeLessThan(first('targetGroup'));
    expect(last('targetGroup')).toBeLessThan(first('cluster'));
    expect(last('service')).toBeLessThan(last('task'));
    // Each listener is followed by its own rules.
    const https = order.indexOf('listener', order.indexOf('listener') + 1);
    expect(nodes.slice(https + 1, https + 5).every((n) => n.type === 'rule')).toBe(true);
    // Parents come before their children.
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    for (const node of nodes) if (node.parentId) expect(index.get(node.parentId)).toBeLessThan(index.get(node.id) ?? -1);
  });

  it('draws listener -> rule, rule -> target group and target group -> service edges; fixed answers end at the rule', () => {
    const pairs = edges.map((e) => `${e.source} > ${e.target}`);
    expect(pairs).toContain('listener:HttpsListener > rule:HttpsListener:10');
    expect(pairs).toContain('rule:HttpsListener:10 > tg:UsersTargetGroup');
    expect(pairs).toContain('tg:UsersTargetGroup > service:UsersService');
    expect(pairs.filter((p) => p.startsWith('rule:HttpsListener:default') || p.startsWith('rule:HttpListener:default'))).toEqual([]);
    expect(edges.filter((e) => e.source.startsWith('rule:'))).toHaveLength(3);
    expect(edges.every((e) => typeof e.ariaLabel === 'string' && e.ariaLabel.length > 0)).toBe(true);
  });

  it('keeps every child inside its parent', () => {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (const node of nodes) {
      const parent = node.parentId ? byId.get(node.parentId) : undefined;
      if (!parent) continue;
      expect(node.position.x).toBeGreaterThanOrEqual(0);
      expect(node.position.y).toBeGreaterThanOrEqual(0);
      expect(node.position.x + (node.width ?? 0)).toBeLessThanOrEqual(parent.width ?? 0);
      expect(node.position.y + (node.height ?? 0)).toBeLessThanOrEqual(parent.height ?? 0);
    }
  });
});

describe('layoutStage variants', () => {
  it('runs top to bottom in a narrower picture', () => {
    const wide = layoutStage(spec, structure, { direction: 'LR', lens: 'aws' });
    const narrow = layoutStage(spec, structure, { direction: 'TB', lens: 'aws' });
    const width = (nodes: readonly StageNode[]) => Math.max(...nodes.filter((n) => !n.parentId).map((n) => n.position.x + (n.width ?? 0)));
    expect(width(narrow.nodes)).toBeLessThan(width(wide.nodes) / 2);
    const y = (id: string) => narrow.nodes.find((n) => n.id === id)?.position.y ?? NaN;
    expect(y('audience')).toBeLessThan(y('lb:ApiAlb'));
    expect(y('lb:ApiAlb')).toBeLessThan(y('tg:UsersTargetGroup'));
    expect(y('tg:DashboardTargetGroup')).toBeLessThan(y('cluster:ApiCluster'));
  });

  it('scales with the root font size (presenter mode)', () => {
    const normal = layoutStage(spec, structure, { direction: 'LR', lens: 'aws', rem: 16 });
    const large = layoutStage(spec, structure, { direction: 'LR', lens: 'aws', rem: 24 });
    const task = (layout: typeof normal) => layout.nodes.find((n) => n.type === 'task');
    expect(task(large)?.width).toBe((task(normal)?.width ?? 0) * 1.5);
  });

  it('leaves stopped tasks off, except those still leaving', () => {
    const stopped = withTaskStatus(snapshot, 'UsersService-2', 'STOPPED');
    const gone = layoutStage(spec, structureOf(stopped), { direction: 'LR', lens: 'aws' });
    expect(gone.nodes.filter((n) => n.type === 'task')).toHaveLength(8);
    const leaving = layoutStage(spec, structureOf(stopped), { direction: 'LR', lens: 'aws', leaving: new Set(['UsersService-2']) });
    expect(leaving.nodes.some((n) => n.id === 'task:UsersService-2')).toBe(true);
  });
});

describe('structure', () => {
  it('does not change when only states change, so the layout is not rebuilt', () => {
    const select = createStructureSelector();
    const before = select(snapshot);
    const after = select(withTaskStatus(snapshot, 'UsersService-2', 'DEACTIVATING'));
    expect(after).toBe(before);
    expect(select(withTaskStatus(snapshot, 'UsersService-2', 'STOPPED'))).not.toBe(before);
  });

  it('is a pure function of the structure', () => {
    const a = layoutStage(spec, structure, { direction: 'LR', lens: 'aws' });
    const b = layoutStage(spec, structureOf(withTaskStatus(snapshot, 'AuthService-1', 'DEACTIVATING')), { direction: 'LR', lens: 'aws' });
    expect(b).toEqual(a);
  });
});
