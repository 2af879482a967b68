// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppShell } from '../../src/ui/shell/AppShell';
import type { ScenarioSource } from '../../src/ui/scenarioSource';
import { tinySpec, WEB_TRAFFIC } from '../store/tinySpec';
import { renderWorld } from './renderWorld';

const noSource: ScenarioSource = {
  list: () => Promise.resolve([]),
  read: () => Promise.reject(new Error('not used')),
};

/** The app with the Tables view open (it loads when first asked for). */
async function renderShell() {
  const rendered = renderWorld(<AppShell source={noSource} entries={[]} listError={null} />, {
    spec: tinySpec({ traffic: WEB_TRAFFIC }),
  });
  fireEvent.click(screen.getByRole('tab', { name: 'Tables' }));
  await screen.findByRole('region', { name: 'Services' });
  return rendered;
}

describe('the world as lists', () => {
  it('shows the scenario title and every panel as a named region', async () => {
    await renderShell();
    expect(screen.getByRole('heading', { level: 1, name: 'Tiny stage' })).toBeInTheDocument();
    for (const name of ['Listeners', 'Target groups', 'Services', 'Requests', 'Event log']) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
  });

  it('shows services with counts, deployments and tasks becoming RUNNING behind healthy targets', async () => {
    const { store } = await renderShell();
    act(() => store.getState().advanceTo(120_000));
    const service = screen.getByRole('article', { name: 'web' });
    expect(within(service).getByText('Desired').nextElementSibling).toHaveTextContent('2');
    expect(within(service).getByText('Running').nextElementSibling).toHaveTextContent('2');

    const deployments = within(service).getByRole('table', { name: 'Deployments' });
    expect(within(deployments).getByText('PRIMARY')).toBeInTheDocument();
    expect(within(deployments).getByText('COMPLETED')).toBeInTheDocument();

    const tasks = within(service).getByRole('table', { name: 'Tasks' });
    const rows = within(tasks).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(within(row).getByText('RUNNING')).toBeInTheDocument();
      expect(within(row).getByText('web-tg:')).toBeInTheDocument();
      expect(within(row).getByText('healthy')).toBeInTheDocument();
    }
  });

  it('shows target groups with their targets and healthy counts', async () => {
    const { store } = await renderShell();
    act(() => store.getState().advanceTo(120_000));
    const group = screen.getByRole('article', { name: 'web-tg' });
    expect(within(group).getByTestId('healthy-count')).toHaveTextContent('2');
    const targets = within(group).getByRole('table', { name: 'Targets' });
    expect(within(targets).getAllByText('healthy')).toHaveLength(2);
  });

  it('lists listener rules in priority order with request counts', async () => {
    const { store } = await renderShell();
    act(() => store.getState().advanceTo(120_000));
    const listener = screen.getByRole('article', { name: 'HTTP :80' });
    const rows = within(within(listener).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['1', 'default']);
    expect(rows[0]).toHaveTextContent('path /web*');
    expect(rows[0]).toHaveTextContent('forward to web-tg');
    expect(rows[1]).toHaveTextContent('answer 404');
    const forwarded = Number(rows[0]?.querySelector('td.num')?.textContent?.replace(/,/g, ''));
    expect(forwarded).toBeGreaterThan(0);
  });

  it('counts requests by status code', async () => {
    const { store } = await renderShell();
    act(() => store.getState().advanceTo(120_000));
    const requests = screen.getByRole('region', { name: 'Requests' });
    const byStatus = within(requests).getByRole('table', { name: 'By status code' });
    expect(within(byStatus).getByRole('rowheader', { name: '200' })).toBeInTheDocument();
    expect(within(byStatus).getByRole('rowheader', { name: '404' })).toBeInTheDocument();
    const total = Number(within(requests).getByTestId('requests-total').textContent?.replace(/,/g, ''));
    expect(total).toBe(store.getState().counters.total);
  });
});
