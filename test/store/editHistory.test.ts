/**
 * The store's sandbox edits: validated whole, applied live as commands, undone by inverse commands at the current
 * simulated time (the clock never goes back), redone, and all of it in the command log so a replay matches.
 */
import { describe, expect, it } from 'vitest';
import { createSimStore } from '../../src/store';
import { world } from '../support/world';

const base = world({ services: [{ id: 'Web', path: '/web*' }] });
const rule = { ...base.rules[0]!, id: 'HostRule', priority: 5, conditions: [{ field: 'host-header' as const, values: ['*.example.com'] }] };

describe('store edits with undo and redo', () => {
  it('applies a valid edit, shows the new world, and names it for Undo', () => {
    const store = createSimStore({ spec: base });
    store.getState().advanceTo(60_000);
    const result = store.getState().edit({ do: 'createRule', rule }, 'Create rule 5');
    expect(result).toEqual({ ok: true, warnings: [] });
    expect(store.getState().world.rules.map((r) => [r.id, r.priority])).toEqual([['WebRule', 10], ['HostRule', 5]]);
    expect(store.getState().history).toEqual({ undo: ['Create rule 5'], redo: [] });
    expect(store.getState().sim.commandLog()).toEqual([{ atMs: 60_000, command: { do: 'createRule', rule } }]);
  });

  it('refuses an invalid edit whole: nothing dispatched, the world unchanged', () => {
    const store = createSimStore({ spec: base });
    const before = store.getState().world;
    const result = store.getState().edit(
      [{ do: 'createRule', rule }, { do: 'modifyRule', rule: 'WebRule', priority: 5 }],
      'Two rules at priority 5',
    );
    expect(result).toEqual({ ok: false, errors: [{ severity: 'error', resource: 'WebRule', path: '', message: "PriorityInUse: Priority '5' is currently in use" }] });
    expect(store.getState().world).toBe(before);
    expect(store.getState().sim.commandLog()).toEqual([]);
    expect(store.getState().history.undo).toEqual([]);
  });

  it('undo applies the inverse now, redo applies the edit again, and both are logged commands', () => {
    const store = createSimStore({ spec: base });
    store.getState().advanceTo(10_000);
    store.getState().edit({ do: 'modifyTargetGroup', targetGroup: 'WebTargets', deregistrationDelaySeconds: 5 }, 'Delay 5 s');
    store.getState().advanceTo(20_000);
    store.getState().undo();
    expect(store.getState().world.targetGroups[0]!.deregistrationDelaySeconds).toBe(300);
    expect(store.getState().now).toBe(20_000);
    expect(store.getState().history).toEqual({ undo: [], redo: ['Delay 5 s'] });
    store.getState().advanceTo(30_000);
    store.getState().redo();
    expect(store.getState().world.targetGroups[0]!.deregistrationDelaySeconds).toBe(5);
    expect(store.getState().sim.commandLog().map((e) => [e.atMs, e.command.do, 'deregistrationDelaySeconds' in e.command ? e.command.deregistrationDelaySeconds : null])).toEqual([
      [10_000, 'modifyTargetGroup', 5],
      [20_000, 'modifyTargetGroup', 300],
      [30_000, 'modifyTargetGroup', 5],
    ]);
    expect(store.getState().history).toEqual({ undo: ['Delay 5 s'], redo: [] });
  });

  it('undo of a created service drains it away; the exported event log replays the session', () => {
    const store = createSimStore({ spec: base });
    const orders = { ...base.services[0]!, id: 'Orders', name: 'orders' };
    store.getState().edit({ do: 'createService', service: orders }, 'Create service orders');
    store.getState().advanceTo(100_000);
    expect(store.getState().snapshot.services.map((s) => s.id)).toEqual(['Web', 'Orders']);
    store.getState().undo();
    expect(store.getState().world.services.map((s) => s.id)).toEqual(['Web']);
    store.getState().advanceTo(500_000);
    expect(store.getState().snapshot.services.map((s) => s.id)).toEqual(['Web']);
    const log = store.getState().exportEventLog();
    expect(log).toContain('"command":{"do":"deleteService","service":"Orders"}');
    const again = createSimStore({ spec: base });
    again.getState().edit({ do: 'createService', service: orders }, 'Create service orders');
    again.getState().advanceTo(100_000);
    again.getState().undo();
    again.getState().advanceTo(500_000);
    expect(again.getState().exportEventLog()).toBe(log);
  });

  it('reset starts from the scenario as it began and clears the history', () => {
    const store = createSimStore({ spec: base });
    store.getState().edit({ do: 'createRule', rule }, 'Create rule 5');
    store.getState().reset();
    expect(store.getState().world.rules.map((r) => r.id)).toEqual(['WebRule']);
    expect(store.getState().history).toEqual({ undo: [], redo: [] });
  });
});

describe('exportEventLog', () => {
  it('includes a command given at the current millisecond', () => {
    const store = createSimStore({ spec: base });
    store.getState().advanceTo(30_000);
    store.getState().dispatch({ do: 'setDesiredCount', service: 'Web', count: 2 });
    const lines = store.getState().exportEventLog().trim().split('\n').map((l) => JSON.parse(l) as { type: string; t: number });
    expect(lines.filter((e) => e.type === 'command.applied').map((e) => e.t)).toEqual([30_000]);
  });
});
