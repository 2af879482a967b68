/**
 * One view model per resource, shared by the Tables cards and the inspectors: pure functions from a snapshot (and
 * the lens) to the rows and labels both render.
 */
import { describe, expect, it } from 'vitest';
import { buildNarrationContext } from '../../../src/lens/narration';
import { createSimStore, targetsOfTask } from '../../../src/store';
import { listenerView, ruleRow } from '../../../src/ui/views/listenerView';
import { serviceView } from '../../../src/ui/views/serviceView';
import { targetGroupView } from '../../../src/ui/views/targetGroupView';
import { taskTargetRows, taskView } from '../../../src/ui/views/taskView';
import { scenario } from '../panels/world';

function worldAt(file: string, ms: number) {
  const spec = scenario(file);
  const store = createSimStore({ spec });
  store.getState().advanceTo(ms);
  return { spec, snapshot: store.getState().snapshot, ctx: buildNarrationContext(spec) };
}

describe('view models', () => {
  const { spec, snapshot, ctx } = worldAt('default.json', 60_000);

  it('list a listener rules in the order they are read, default last, in words', () => {
    const https = snapshot.listeners.find((l) => l.id === 'HttpsListener')!;
    const view = listenerView(spec, https, 'aws', ctx);
    expect(view.heading).toBe('HTTPS :443');
    expect(view.rules.map((r) => [r.key, r.selectionId, r.matches, r.action])).toEqual([
      ['10', 'UsersRule', 'path /api/users*', 'forward to users-tg'],
      ['20', 'AuthRule', 'path /api/auth*', 'forward to auth-tg'],
      ['30', 'DashboardRule', 'path /api/*', 'forward to dashboard-tg'],
      ['default', 'HttpsListener/default', 'anything else', 'answer 404'],
    ]);
    expect(view.rules.map((r) => r.label)).toEqual([
      'Listener rule 10 (HTTPS:443)',
      'Listener rule 20 (HTTPS:443)',
      'Listener rule 30 (HTTPS:443)',
      'Default rule (HTTPS:443)',
    ]);
    expect(listenerView(spec, https, 'orchestra', ctx).rules[0]?.label).toBe("Usher's seating rule 10 (HTTPS:443)");
    // The rule's own inspector reads the same row.
    expect(ruleRow(spec, 'HttpsListener', { id: 'AuthRule', priority: 20 }, 'aws', ctx)).toEqual(view.rules[1]);
  });

  it('show a target group with each target address and its state in the lens words', () => {
    const group = snapshot.targetGroups.find((g) => g.id === 'UsersTargetGroup')!;
    const view = targetGroupView(group, 'orchestra');
    expect([view.name, view.healthy, view.unhealthy]).toEqual(['users-tg', 3, 0]);
    expect(view.targets[0]).toMatchObject({ key: 'UsersService-1:8080', taskId: 'UsersService-1', address: '10.0.0.10:8080', state: 'healthy', stateLabel: 'in tune (healthy)', reason: null });
    expect(targetGroupView(group, 'aws').targets[0]?.stateLabel).toBe('healthy');
  });

  it('count a service under the console names or the API names', () => {
    const users = snapshot.services.find((s) => s.id === 'UsersService')!;
    expect(serviceView(users, 'aws', 'console')).toEqual({
      id: 'UsersService',
      name: 'users',
      state: 'steady',
      counts: [
        { name: 'Desired', value: 3 },
        { name: 'Running', value: 3 },
        { name: 'Pending', value: 0 },
      ],
      taskDefinition: 'users:1',
      unplaced: null,
    });
    expect(serviceView(users, 'aws', 'api').counts.map((c) => c.name)).toEqual(['desiredCount', 'runningCount', 'pendingCount']);
  });

  it('name a task in the lens, with the target groups it is registered in', () => {
    const task = snapshot.tasks.find((t) => t.id === 'UsersService-2')!;
    expect(taskView(task, 'aws', ctx)).toMatchObject({ id: 'UsersService-2', label: 'Task UsersService-2', lastStatus: 'RUNNING', instanceId: null, portBindings: [], hostPorts: '' });
    expect(taskView(task, 'orchestra', ctx).label).toBe('Violin 2 (UsersService-2)');
    expect(taskTargetRows(targetsOfTask(snapshot, task.id), 'orchestra')).toEqual([
      expect.objectContaining({ groupId: 'UsersTargetGroup', groupName: 'users-tg', state: 'healthy', stateLabel: 'in tune (healthy)' }),
    ]);
  });

  it('give an EC2 task its host ports, and a service whose tasks cannot be placed its reason', () => {
    const ec2 = worldAt('dynamic-ports.json', 60_000);
    const task = ec2.snapshot.tasks.find((t) => t.id === 'CatalogService-1')!;
    expect(taskView(task, 'aws', ec2.ctx)).toMatchObject({ instanceId: task.instanceId, portBindings: [['8080', 32768]], hostPorts: '32768' });
    const crowded = worldAt('no-chairs-left.json', 200_000);
    const waiting = crowded.snapshot.services.find((s) => s.placementFailure !== null)!;
    expect(serviceView(waiting, 'orchestra', 'api').unplaced).toEqual({
      title: 'Musicians in the wings',
      gloss: 'No chair left on any riser: the musician waits in the wings (a task that cannot be placed)',
      event: waiting.placementFailure,
    });
  });
});
