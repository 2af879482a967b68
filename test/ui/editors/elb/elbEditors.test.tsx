// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Inspector } from '../../../../src/ui/panels/Inspector';
import { renderPanels } from '../../panels/world';

function openOn(kind: 'listener' | 'targetGroup' | 'rule' | 'loadBalancer', id: string) {
  const rendered = renderPanels(<Inspector />);
  act(() => {
    rendered.store.getState().advanceTo(30_000);
    rendered.store.getState().select({ kind, id });
  });
  return rendered;
}

describe('load-balancer editors', () => {
  it('add a path-pattern rule forwarding to a group: the world has it and the listener lists it', async () => {
    const user = userEvent.setup();
    const { store } = openOn('listener', 'HttpsListener');
    await user.click(screen.getByRole('button', { name: 'Add rule' }));
    const form = screen.getByRole('form', { name: 'Add listener rule' });
    const condition = within(form).getByRole('group', { name: /Condition 1/ });
    await user.type(within(condition).getByRole('textbox', { name: /^Value 1/ }), '/api/orders*');
    await user.selectOptions(within(form).getByRole('combobox', { name: /^Target group 1/ }), 'auth-tg');
    await user.click(within(form).getByRole('button', { name: 'Add rule' }));

    expect(screen.queryByRole('form', { name: 'Add listener rule' })).toBeNull();
    expect(store.getState().world.rules.find((r) => r.id === 'ApiOrdersRule')).toEqual({
      id: 'ApiOrdersRule',
      listenerId: 'HttpsListener',
      priority: 40,
      conditions: [{ field: 'path-pattern', values: ['/api/orders*'] }],
      actions: [{ type: 'forward', targetGroups: [{ targetGroupId: 'AuthTargetGroup', weight: 1 }] }],
    });
    const order = screen.getByRole('table');
    expect(within(order).getByRole('button', { name: /Listener rule 40/ })).toBeInTheDocument();
    expect(order).toHaveTextContent('/api/orders*');
    expect(screen.getByRole('button', { name: 'Add rule' })).toHaveFocus();
  });

  it('refuse a path with a space, in AWS words, beside the form; the world is unchanged', async () => {
    const user = userEvent.setup();
    const { store } = openOn('listener', 'HttpsListener');
    const before = store.getState().world;
    await user.click(screen.getByRole('button', { name: 'Add rule' }));
    const form = screen.getByRole('form', { name: 'Add listener rule' });
    await user.type(within(form).getByRole('textbox', { name: /^Value 1/ }), '/api /x');
    await user.click(within(form).getByRole('button', { name: 'Add rule' }));
    expect(within(form).getByRole('alert')).toHaveTextContent("The 'path-pattern' value '/api /x' contains ' ', which is not allowed");
    expect(store.getState().world).toBe(before);
  });

  it('say PriorityInUse as the priority is typed, and refuse it on Apply', async () => {
    const user = userEvent.setup();
    const { store } = openOn('listener', 'HttpsListener');
    await user.click(screen.getByRole('button', { name: 'Add rule' }));
    const form = screen.getByRole('form', { name: 'Add listener rule' });
    const priority = within(form).getByRole('textbox', { name: /^Priority/ });
    await user.clear(priority);
    await user.type(priority, '20');
    expect(priority).toHaveAccessibleDescription(/PriorityInUse: rule AuthRule already has priority 20/);
    await user.type(within(form).getByRole('textbox', { name: /^Value 1/ }), '/x');
    await user.click(within(form).getByRole('button', { name: 'Add rule' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('PriorityInUse');
    expect(store.getState().world.rules).toHaveLength(3);
  });

  it('edit a rule with several conditions of every kind', async () => {
    const user = userEvent.setup();
    const { store } = openOn('rule', 'UsersRule');
    await user.click(screen.getByRole('button', { name: 'Edit rule' }));
    const form = screen.getByRole('form', { name: 'Edit listener rule 10' });
    await user.click(within(form).getByRole('button', { name: 'Add condition' }));
    const second = within(form).getByRole('group', { name: /Condition 2/ });
    await user.selectOptions(within(second).getByRole('combobox', { name: /^Field/ }), 'query-string');
    await user.type(within(second).getByRole('textbox', { name: /^Key 1/ }), 'beta');
    await user.type(within(second).getByRole('textbox', { name: /^Value 1/ }), 'on');
    await user.click(within(form).getByRole('button', { name: 'Apply' }));
    expect(store.getState().world.rules.find((r) => r.id === 'UsersRule')?.conditions).toEqual([
      { field: 'path-pattern', values: ['/api/users*'] },
      { field: 'query-string', values: [{ key: 'beta', value: 'on' }] },
    ]);
  });

  it("modify a target group's health check interval", async () => {
    const user = userEvent.setup();
    const { store } = openOn('targetGroup', 'UsersTargetGroup');
    await user.click(screen.getByRole('button', { name: 'Edit health check' }));
    const form = screen.getByRole('form', { name: 'Edit health check' });
    const interval = within(form).getByRole('textbox', { name: /^Interval/ });
    await user.clear(interval);
    await user.type(interval, '20');
    await user.click(within(form).getByRole('button', { name: 'Apply' }));
    expect(store.getState().world.targetGroups.find((t) => t.id === 'UsersTargetGroup')?.healthCheck.intervalSeconds).toBe(20);
  });

  it('refuse to delete a target group in use with ResourceInUse', async () => {
    const user = userEvent.setup();
    const { store } = openOn('targetGroup', 'UsersTargetGroup');
    await user.click(screen.getByRole('button', { name: 'Delete target group' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete target group' }));
    expect(screen.getByRole('alert')).toHaveTextContent('ResourceInUse');
    expect(store.getState().world.targetGroups).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Delete target group' })).toBeInTheDocument();
  });

  it('add a listener and a target group from the load balancer, then delete a listener', async () => {
    const user = userEvent.setup();
    const { store } = openOn('loadBalancer', 'ApiAlb');
    await user.click(screen.getByRole('button', { name: 'Add listener' }));
    await user.click(within(screen.getByRole('form', { name: 'Add listener' })).getByRole('button', { name: 'Add listener' }));
    expect(store.getState().world.listeners.map((l) => l.port)).toEqual([80, 443, 8080]);
    await user.click(screen.getByRole('button', { name: 'Add target group' }));
    await user.click(within(screen.getByRole('form', { name: 'Add target group' })).getByRole('button', { name: 'Add target group' }));
    expect(store.getState().world.targetGroups.map((t) => t.name)).toContain('new-tg');
    expect(store.getState().selection).toEqual({ kind: 'targetGroup', id: 'NewTargetGroup' });

    act(() => store.getState().select({ kind: 'listener', id: 'HttpsListener' }));
    await user.click(screen.getByRole('button', { name: 'Delete listener' }));
    expect(screen.getByRole('group', { name: 'Delete listener?' })).toHaveTextContent('Its 3 rules go with it');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Delete listener' })).toHaveFocus();

    act(() => store.getState().select({ kind: 'listener', id: 'HttpListener' }));
    await user.click(screen.getByRole('button', { name: 'Delete listener' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete listener' }));
    expect(store.getState().world.listeners.map((l) => l.id)).toEqual(['HttpsListener', 'Http8080Listener']);
    expect(store.getState().selection).toEqual({ kind: 'loadBalancer', id: 'ApiAlb' });
  });
});
