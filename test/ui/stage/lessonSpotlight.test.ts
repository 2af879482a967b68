/** A lesson's spotlight on the stage's nodes: what a step names is lit with what it holds; zoomed out, a task lights its service's block. */
import { describe, expect, it } from 'vitest';
import type { ScenarioSpec } from '../../../src/engine';
import { LIT_CLASS, spotlitNodes, withSpotlight } from '../../../src/ui/stage/lessonSpotlight';
import type { StageNode } from '../../../src/ui/stage/stageNodes';

const node = (id: string, type: StageNode['type'], parentId?: string, data: object = {}): StageNode =>
  ({ id, type, position: { x: 0, y: 0 }, data, ...(parentId ? { parentId } : {}) }) as StageNode;

const world = { services: [{ id: 'UsersService', taskDefinitionId: 'UsersTd' }, { id: 'AuthService', taskDefinitionId: 'AuthTd' }] } as unknown as ScenarioSpec;

const zoomedIn = [
  node('audience', 'audience'),
  node('lb:Alb', 'loadBalancer'),
  node('listener:Http', 'listener', 'lb:Alb'),
  node('rule:Http:10', 'rule', 'lb:Alb', { ruleId: 'UsersRule' }),
  node('stage-manager', 'stageManager'),
  node('cluster:Api', 'cluster'),
  node('conductor:Api', 'conductor', 'cluster:Api'),
  node('service:UsersService', 'service', 'cluster:Api'),
  node('task:UsersService-1', 'task', 'service:UsersService'),
  node('task:UsersService-2', 'task', 'service:UsersService'),
  node('service:AuthService', 'service', 'cluster:Api'),
  node('task:AuthService-1', 'task', 'service:AuthService'),
];

describe('the stage spotlight', () => {
  it('lights what a step names, with what a container holds, and the stage characters', () => {
    expect([...spotlitNodes([{ kind: 'service', id: 'UsersService' }, { kind: 'scheduler', id: null }], zoomedIn, world)].sort()).toEqual([
      'conductor:Api',
      'service:UsersService',
      'task:UsersService-1',
      'task:UsersService-2',
    ]);
    expect([...spotlitNodes([{ kind: 'rule', id: 'UsersRule' }, { kind: 'healthChecks', id: null }, { kind: 'audience', id: null }], zoomedIn, world)].sort()).toEqual(['audience', 'rule:Http:10', 'stage-manager']);
    expect([...spotlitNodes([{ kind: 'taskDefinition', id: 'AuthTd' }], zoomedIn, world)].sort()).toEqual(['service:AuthService', 'task:AuthService-1']);
  });

  it('lights a task on its own when drawn, and its service\'s block when zoomed out', () => {
    expect([...spotlitNodes([{ kind: 'task', id: 'UsersService-2' }], zoomedIn, world)].sort()).toEqual(['task:UsersService-2']);
    const zoomedOut = zoomedIn.filter((n) => n.type !== 'task');
    expect([...spotlitNodes([{ kind: 'task', id: 'UsersService-2' }], zoomedOut, world)]).toEqual(['service:UsersService']);
  });

  it('marks lit nodes and the edges between them, and leaves everything as it was without a spotlight', () => {
    const edges = [
      { id: 'e1', source: 'audience', target: 'listener:Http' },
      { id: 'e2', source: 'listener:Http', target: 'rule:Http:10' },
    ];
    const plain = withSpotlight(null, zoomedIn, edges, world);
    expect(plain.nodes).toBe(zoomedIn);
    const lit = withSpotlight([{ kind: 'loadBalancer', id: 'Alb' }], zoomedIn, edges, world);
    expect(lit.nodes.filter((n) => n.className === LIT_CLASS).map((n) => n.id)).toEqual(['lb:Alb', 'listener:Http', 'rule:Http:10']);
    expect(lit.edges.map((e) => e.className)).toEqual([undefined, LIT_CLASS]);
    // The same marked objects again for the same nodes: nothing re-renders that did not change.
    expect(withSpotlight([{ kind: 'loadBalancer', id: 'Alb' }], zoomedIn, edges, world).nodes[1]).toBe(lit.nodes[1]);
  });
});
