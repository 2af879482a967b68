// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Inspector } from '../../../src/ui/panels/Inspector';
import { renderPanels } from './world';

describe('Inspector', () => {
  it('is a named region with a hint while nothing is selected', () => {
    renderPanels(<Inspector />);
    const region = screen.getByRole('region', { name: 'Inspector' });
    expect(region).toHaveTextContent('Select a task, a target group or a rule to inspect it');
    expect(within(region).getByRole('combobox', { name: 'Inspect' })).toHaveValue('');
  });

  it("shows a selected task's configuration and its lastStatus timeline", async () => {
    const user = userEvent.setup();
    // Started cold, so the timeline has every launch step.
    const { store } = renderPanels(<Inspector />, 'default.json', 'cold');
    act(() => store.getState().advanceTo(60_000));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Inspect' }), 'Task UsersService-2');
    expect(store.getState().selection).toEqual({ kind: 'task', id: 'UsersService-2' });

    const task = screen.getByRole('article', { name: 'Task UsersService-2' });
    const config = within(task).getByText('aws ecs describe-tasks').closest('.props') as HTMLElement;
    const value = (name: string) => within(config).getByText(name).closest('dt')?.nextElementSibling?.textContent;
    expect(value('taskArn')).toBe('arn:aws:ecs:us-east-1:123456789012:task/api/UsersService-2');
    expect(value('lastStatus')).toBe('RUNNING');
    expect(value('desiredStatus')).toBe('RUNNING');
    expect(value('availabilityZone')).toMatch(/^us-east-1[abc]$/);
    expect(value('privateIpv4Address')).toMatch(/^10\.0\.\d+\.\d+$/);
    expect(value('taskDefinitionArn')).toBe('arn:aws:ecs:us-east-1:123456789012:task-definition/users:1');
    expect(value('image')).toBe('public.ecr.aws/orchestra/users:1.4.0');
    expect(value('stopCode')).toBe('—');

    const history = within(task).getByRole('list', { name: 'lastStatus history' });
    expect(within(history).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '00:00PROVISIONING',
      '00:03PENDING',
      '00:10ACTIVATING',
      '00:11RUNNING',
    ]);
    const health = within(task).getByRole('list', { name: 'users-tg health history' });
    expect(health).toHaveTextContent('initial');
    expect(health).toHaveTextContent('Elb.RegistrationInProgress');
    expect(health).toHaveTextContent('healthy');
  });

  it('switches headings to the orchestra lens but keeps task IDs and control names', () => {
    const { store } = renderPanels(<Inspector />);
    act(() => {
      store.getState().advanceTo(60_000);
      store.getState().setLens('orchestra');
      store.getState().select({ kind: 'task', id: 'UsersService-2' });
    });
    expect(screen.getByRole('article', { name: 'Violin 2 (UsersService-2)' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Stage directions' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Crash task' })).toBeEnabled();
  });

  it('shows a service with its deployments and the scheduler arithmetic', () => {
    const { store } = renderPanels(<Inspector />);
    act(() => {
      store.getState().advanceTo(60_000);
      store.getState().select({ kind: 'service', id: 'UsersService' });
    });
    const service = screen.getByRole('article', { name: 'Service users' });
    expect(service).toHaveTextContent('⌈3 × 100 / 100⌉ = 3');
    expect(service).toHaveTextContent('⌊3 × 200 / 100⌋ = 6');
    expect(within(service).getByRole('table', { name: 'Deployments' })).toHaveTextContent('COMPLETED');
    expect(service).toHaveTextContent('(service users) has reached a steady state.');
    expect(service).toHaveTextContent('HealthCheckGracePeriodSeconds');
    expect(service).toHaveTextContent('DeploymentConfiguration.DeploymentCircuitBreaker.Enable');
  });

  it('explains a running count above the desired one (issue 10)', () => {
    const { store } = renderPanels(<Inspector />);
    act(() => {
      store.getState().advanceTo(60_000);
      store.getState().dispatch({ do: 'failHealthChecks', task: 'UsersService-2' });
      store.getState().advanceTo(90_000);
      store.getState().select({ kind: 'service', id: 'UsersService' });
    });
    const service = screen.getByRole('article', { name: 'Service users' });
    expect(within(service).getByTestId('service-count-why')).toHaveTextContent(
      '4 running, desired 3: 1 failed its health checks: ECS starts a replacement first and stops it once 3 tasks are healthy (minimum healthy 100 %).',
    );
  });

  it('shows a target group as CloudFormation names it, with its targets', () => {
    const { store } = renderPanels(<Inspector />);
    act(() => {
      store.getState().advanceTo(60_000);
      store.getState().select({ kind: 'targetGroup', id: 'UsersTargetGroup' });
    });
    const group = screen.getByRole('article', { name: 'Target group users-tg' });
    for (const name of [
      'HealthCheckPath',
      'HealthCheckIntervalSeconds',
      'HealthCheckTimeoutSeconds',
      'HealthyThresholdCount',
      'UnhealthyThresholdCount',
      'Matcher.HttpCode',
      'deregistration_delay.timeout_seconds',
      'load_balancing.algorithm.type',
    ]) {
      expect(group).toHaveTextContent(name);
    }
    expect(within(group).getAllByRole('button', { name: /^UsersService-\d$/ })).toHaveLength(3);
  });

  it('lists a listener rules in order with their request counts, and opens a rule from there', async () => {
    const user = userEvent.setup();
    const { store } = renderPanels(<Inspector />);
    act(() => {
      store.getState().advanceTo(60_000);
      store.getState().select({ kind: 'listener', id: 'HttpsListener' });
    });
    const listener = screen.getByRole('article', { name: 'Listener HTTPS:443' });
    const rows = within(listener).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual(['10', '20', '30', 'default']);
    const usersCount = store.getState().counters.byListenerRule.HttpsListener?.['10'];
    expect(rows[0]).toHaveTextContent(String(usersCount));
    await user.click(within(listener).getByRole('button', { name: 'Listener rule 10 (HTTPS:443)' }));
    const rule = screen.getByRole('article', { name: 'Listener rule 10 (HTTPS:443)' });
    expect(rule).toHaveTextContent('Conditions[0].PathPatternConfig.Values');
    expect(rule).toHaveTextContent('["/api/users*"]');
  });

  it('shows the load balancer, the audience, the cluster and the conductor', () => {
    const { store } = renderPanels(<Inspector />);
    act(() => store.getState().select({ kind: 'loadBalancer', id: 'ApiAlb' }));
    expect(screen.getByRole('article', { name: 'Load balancer api-alb' })).toHaveTextContent('api-alb-6617005416.us-east-1.elb.amazonaws.com');
    act(() => store.getState().select({ kind: 'audience', id: 'audience' }));
    expect(screen.getByRole('article', { name: 'Clients' })).toHaveTextContent('GET /api/users/7');
    act(() => store.getState().select({ kind: 'cluster', id: 'ApiCluster' }));
    expect(screen.getByRole('article', { name: 'Cluster api' })).toHaveTextContent('ClusterName');
    act(() => store.getState().select({ kind: 'conductor', id: 'conductor' }));
    const conductor = screen.getByRole('article', { name: 'Service scheduler' });
    expect(within(conductor).getAllByRole('row')).toHaveLength(4);
  });
});
