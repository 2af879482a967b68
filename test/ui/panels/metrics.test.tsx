// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { METRIC_NAMES } from '../../../src/store';
import { MetricsPanel } from '../../../src/ui/panels/MetricsPanel';
import { renderPanels } from './world';

describe('MetricsPanel', () => {
  it('shows one compact row per target group, with CloudWatch names and named charts', () => {
    const { store } = renderPanels(<MetricsPanel />);
    act(() => store.getState().advanceTo(120_000));
    const region = screen.getByRole('region', { name: 'Metrics' });
    for (const name of ['users-tg', 'auth-tg', 'dashboard-tg']) {
      expect(within(region).getByRole('button', { name: `${name}: show its charts` })).toBeInTheDocument();
      expect(within(region).getByRole('img', { name: new RegExp(`^RequestCount for ${name} \\(Sum per 10 s\\): last \\d+, max \\d+`) })).toBeInTheDocument();
    }
    for (const name of ['HealthyHostCount', 'UnHealthyHostCount', 'HTTPCode_Target_5XX_Count', 'HTTPCode_ELB_5XX_Count']) {
      expect(within(region).getAllByText(name)).toHaveLength(3);
    }
  });

  it("shows a selected target group's six charts, each with an accessible name carrying its figures", async () => {
    const user = userEvent.setup();
    // Started cold, so the first requests meet no healthy target.
    const { store } = renderPanels(<MetricsPanel />, 'default.json', 'cold');
    act(() => store.getState().advanceTo(120_000));
    await user.click(screen.getByRole('button', { name: 'users-tg: show its charts' }));
    expect(store.getState().selection).toEqual({ kind: 'targetGroup', id: 'UsersTargetGroup' });
    const charts = screen.getByRole('region', { name: /users-tg/ });
    for (const name of METRIC_NAMES) {
      const chart = within(charts).getByRole('img', { name: new RegExp(`^${name} for users-tg`) });
      expect(chart.getAttribute('aria-label')).toMatch(/last [\d.]+( s)?, max [\d.]+( s)?; recent /);
    }
    expect(within(charts).getByRole('img', { name: /^HealthyHostCount for users-tg \(Count\): last 3, max 3/ })).toBeInTheDocument();
    expect(within(charts).getByRole('img', { name: /^TargetResponseTime for users-tg \(Average, seconds\): last 0\.020 s/ })).toBeInTheDocument();
    // Early requests found no healthy target: the load balancer answered them itself.
    expect(within(charts).getByRole('img', { name: /^HTTPCode_ELB_5XX_Count for users-tg .*max [1-9]/ })).toBeInTheDocument();
    expect(charts).toHaveTextContent('Who answered the 5xx');
  });

  it('counts responses by status code and says who answered the 5xx', () => {
    const { store } = renderPanels(<MetricsPanel />);
    act(() => store.getState().advanceTo(120_000));
    const { byStatus, elb5xx } = store.getState().counters;
    const counts = screen.getByText('Responses by status code').parentElement as HTMLElement;
    for (const code of Object.keys(byStatus)) {
      expect(counts.querySelector(`[data-status="${code}"]`)).toHaveTextContent(`${code}${(byStatus[code] ?? 0).toLocaleString('en')}`);
    }
    expect(counts).toHaveTextContent(`from the load balancer itself (HTTPCode_ELB_5XX_Count): ${elb5xx.toLocaleString('en')}`);
  });
});
