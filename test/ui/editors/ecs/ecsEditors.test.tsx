// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SandboxPanel } from '../../../../src/ui/editors/ecs/SandboxPanel';
import { Inspector } from '../../../../src/ui/panels/Inspector';
import { renderPanels } from '../../panels/world';

function renderEditors() {
  const rendered = renderPanels(
    <>
      <SandboxPanel />
      <Inspector />
    </>,
  );
  act(() => rendered.store.getState().advanceTo(60_000));
  return rendered;
}

function form(name: string | RegExp) {
  return screen.getByRole('form', { name });
}

describe('ECS editors', { timeout: 30_000 }, () => {
  it('creates a service bound to an existing target group, and its tasks start and register', async () => {
    const user = userEvent.setup();
    const { store } = renderEditors();
    act(() => store.getState().select({ kind: 'cluster', id: 'ApiCluster' }));
    await user.click(screen.getByRole('button', { name: 'Add service to api' }));
    const create = form('Create service');
    await user.type(within(create).getByRole('textbox', { name: 'Service name' }), 'OrdersService');
    await user.selectOptions(within(create).getByRole('combobox', { name: 'Target group' }), 'UsersTargetGroup');
    const count = within(create).getByRole('textbox', { name: 'Desired count' });
    await user.clear(count);
    await user.type(count, '2');
    await user.click(within(create).getByRole('button', { name: 'Create service' }));

    const service = store.getState().world.services.find((s) => s.name === 'OrdersService');
    expect(service).toMatchObject({ id: 'OrdersService', desiredCount: 2, loadBalancers: [{ targetGroupId: 'UsersTargetGroup', containerName: 'users', containerPort: 8080 }] });
    // The new service is what the inspector shows now.
    expect(store.getState().selection).toEqual({ kind: 'service', id: 'OrdersService' });
    act(() => store.getState().advanceTo(120_000));
    const tasks = store.getState().snapshot.tasks.filter((t) => t.serviceId === 'OrdersService');
    expect(tasks.map((t) => t.lastStatus)).toEqual(['RUNNING', 'RUNNING']);
    const group = store.getState().snapshot.targetGroups.find((g) => g.id === 'UsersTargetGroup');
    expect(group?.targets.filter((t) => tasks.some((task) => task.id === t.taskId)).map((t) => t.state)).toEqual(['healthy', 'healthy']);
    expect(screen.getByRole('button', { name: 'Undo: Create service OrdersService' })).toBeEnabled();
  });

  it('registers a new image and deploys it: a new PRIMARY deployment of the new revision', async () => {
    const user = userEvent.setup();
    const { store } = renderEditors();
    act(() => store.getState().select({ kind: 'service', id: 'UsersService' }));
    await user.click(screen.getByRole('button', { name: 'New revision' }));
    const revision = form(/New revision of users/);
    const tag = within(revision).getByRole('textbox', { name: 'Tag' });
    await user.clear(tag);
    await user.type(tag, '1.5.0');
    await user.click(within(revision).getByRole('button', { name: 'Register and deploy' }));

    const world = store.getState().world;
    expect(world.services.find((s) => s.id === 'UsersService')?.taskDefinitionId).toBe('UsersTaskRev2');
    expect(world.taskDefinitions.find((td) => td.id === 'UsersTaskRev2')?.containers[0]?.image).toBe('public.ecr.aws/orchestra/users:1.5.0');
    const deployments = store.getState().snapshot.services.find((s) => s.id === 'UsersService')?.deployments ?? [];
    expect(deployments[0]).toMatchObject({ status: 'PRIMARY', taskDefinition: 'users:2' });
    expect(deployments.slice(1).map((d) => d.status)).toContain('ACTIVE');
    expect(store.getState().history.undo).toEqual(['Register users:2 and deploy to users']);
  });

  it("refuses an invalid Fargate size in AWS's words, and leaves the world as it was", async () => {
    const user = userEvent.setup();
    const { store } = renderEditors();
    const before = store.getState().world;
    await user.click(screen.getByRole('button', { name: 'Register task definition' }));
    const register = form(/Register task definition/);
    await user.type(within(register).getByRole('textbox', { name: 'Family' }), 'orders');
    const memory = within(register).getByRole('combobox', { name: 'Memory (MiB)' });
    await user.clear(memory);
    await user.type(memory, '4096');
    await user.click(within(register).getByRole('button', { name: 'Register task definition' }));

    expect(within(register).getByRole('alert')).toHaveTextContent('No Fargate configuration exists for given values: 256 CPU, 4096 memory.');
    expect(store.getState().world).toBe(before);
    expect(store.getState().history.undo).toEqual([]);
  });

  it('undoes an edit from the Undo button, whose name says which edit', async () => {
    const user = userEvent.setup();
    const { store } = renderEditors();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Redo' })).toBeDisabled();
    const before = store.getState().world;
    act(() => store.getState().select({ kind: 'service', id: 'AuthService' }));
    await user.click(screen.getByRole('button', { name: 'Edit service' }));
    const edit = form('Edit service');
    const grace = within(edit).getByRole('textbox', { name: 'Health check grace period (seconds)' });
    await user.clear(grace);
    await user.type(grace, '90');
    await user.click(within(edit).getByRole('checkbox', { name: 'Enable the deployment circuit breaker' }));
    await user.click(within(edit).getByRole('button', { name: 'Apply changes' }));
    expect(store.getState().world.services.find((s) => s.id === 'AuthService')).toMatchObject({ healthCheckGracePeriodSeconds: 90, deployment: { circuitBreaker: { enable: true, rollback: false } } });
    // Focus goes back to the button that opened the form.
    expect(screen.getByRole('button', { name: 'Edit service' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Undo: Update service auth' }));
    expect(store.getState().world.services).toEqual(before.services);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Redo: Update service auth' }));
    expect(store.getState().world.services.find((s) => s.id === 'AuthService')?.healthCheckGracePeriodSeconds).toBe(90);
  });

  it("refuses to delete a cluster with services, with AWS's exception beside the button", async () => {
    const user = userEvent.setup();
    const { store } = renderEditors();
    act(() => store.getState().select({ kind: 'cluster', id: 'ApiCluster' }));
    await user.click(screen.getByRole('button', { name: 'Delete cluster' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete api' }));
    expect(screen.getByRole('alert')).toHaveTextContent('ClusterContainsServicesException: The Cluster cannot be deleted while Services are active.');
    expect(store.getState().world.clusters.map((c) => c.id)).toEqual(['ApiCluster']);
  });

  it('deletes a service after the confirm step; it drains, and Undo brings it back', async () => {
    const user = userEvent.setup();
    const { store } = renderEditors();
    act(() => store.getState().select({ kind: 'service', id: 'DashboardService' }));
    await user.click(screen.getByRole('button', { name: 'Delete service' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.getState().world.services).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Delete service' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete dashboard' }));
    expect(store.getState().world.services.map((s) => s.id)).not.toContain('DashboardService');
    expect(store.getState().snapshot.services.find((s) => s.id === 'DashboardService')?.status).toBe('DRAINING');
    await user.click(screen.getByRole('button', { name: 'Undo: Delete service dashboard' }));
    expect(store.getState().world.services.map((s) => s.id)).toContain('DashboardService');
  });
});
