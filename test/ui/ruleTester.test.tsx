// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RuleTesterPanel } from '../../src/ui/ruleTester/RuleTesterPanel';
import { parseHeaders, toCommand } from '../../src/ui/ruleTester/requestDraft';
import { explainRequest, type StartMode } from '../../src/engine';
import { renderPanels } from './panels/world';

async function open(start?: StartMode) {
  const user = userEvent.setup();
  const rendered = renderPanels(<RuleTesterPanel />, 'default.json', start);
  const toggle = screen.getByRole('button', { name: 'Rule tester' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return { user, ...rendered, panel: screen.getByRole('region', { name: 'Rule tester' }) };
}

const rule = (panel: HTMLElement, name: RegExp) => within(within(panel).getByRole('list', { name: /Listener rules/ })).getByRole('listitem', { name });

describe('Rule tester', () => {
  it('starts with a request of the scenario and a labelled field for every part of it', async () => {
    const { panel } = await open();
    expect(within(panel).getByRole('combobox', { name: 'Method' })).toHaveValue('GET');
    expect(within(panel).getByRole('combobox', { name: 'Listener port' })).toHaveValue('443');
    expect(within(panel).getByRole('textbox', { name: 'Host' })).toHaveValue('shop.example.com');
    expect(within(panel).getByRole('textbox', { name: 'Path' })).toHaveValue('/api/users/7');
    expect(within(panel).getByRole('textbox', { name: 'Query string' })).toHaveValue('');
    expect(within(panel).getByRole('textbox', { name: 'Headers' })).toHaveValue('');
    expect(within(panel).getByRole('textbox', { name: 'Source IP' })).toHaveValue('203.0.113.10');
  });

  it('explains each rule as the path is typed: the match, the misses, the rules never evaluated', async () => {
    const { user, panel } = await open();
    const path = within(panel).getByRole('textbox', { name: 'Path' });
    await user.clear(path);
    await user.type(path, '/api/auth/login');
    const users = rule(panel, /^Priority 10 no match/);
    expect(users).toHaveTextContent('path-pattern "/api/users*" does not match "/api/auth/login"');
    const auth = rule(panel, /^Priority 20 matched \(wins\) forward to auth-tg/);
    expect(auth).toHaveTextContent('path-pattern "/api/auth*" matches "/api/auth/login": "*" matches "/login"');
    expect(rule(panel, /^Priority 30 not evaluated/)).toHaveTextContent('not evaluated: rule 20 matched first');
    expect(rule(panel, /^Default rule not evaluated/)).toBeInTheDocument();

    await user.clear(path);
    await user.type(path, '/API/users');
    expect(rule(panel, /^Default rule matched/)).toBeInTheDocument();
    expect(rule(panel, /^Priority 10 no match/)).toHaveTextContent('path-pattern is case-sensitive: "/API/users" does not match "/api/users*"');
    expect(screen.getByTestId('predicted-status')).toHaveTextContent('404 from the load balancer itself');
  });

  it('predicts the target once the world has healthy targets, and follows the world as it changes', async () => {
    // Started cold, so at first no target is healthy.
    const { panel, store } = await open('cold');
    expect(screen.getByTestId('predicted-status')).toHaveTextContent('503 from the load balancer itself');
    act(() => store.getState().advanceTo(60_000));
    // The default scenario's own traffic moves the rotation, so the expected target is the engine's own prediction.
    const next = explainRequest(store.getState().sim, { do: 'request', host: 'shop.example.com', path: '/api/users/7', listenerPort: 443 }).outcome.target;
    expect(next).toMatch(/^UsersService-\d$/);
    expect(screen.getByTestId('predicted-status')).toHaveTextContent(`200 from task ${next}`);
    expect(within(panel).getByRole('list', { name: 'Targets of users-tg, in registration order' })).toHaveTextContent(`${next} healthy ◀ next`);
  });

  it('"Send it" dispatches the same request as a command, spotlights it and announces its answer', async () => {
    const { user, panel, store } = await open();
    act(() => store.getState().pause());
    act(() => store.getState().advanceTo(60_000));
    const sent = explainRequest(store.getState().sim, toCommand({ method: 'GET', host: 'shop.example.com', path: '/api/users/7', query: '', headers: '', sourceIp: '203.0.113.10', listenerPort: '443' }));
    await user.click(within(panel).getByRole('button', { name: 'Send it' }));
    const log = store.getState().sim.commandLog();
    expect(log[log.length - 1]?.command).toEqual({
      do: 'request',
      method: 'GET',
      host: 'shop.example.com',
      path: '/api/users/7',
      query: '',
      headers: {},
      sourceIp: '203.0.113.10',
      listenerPort: 443,
    });
    expect(store.getState().spotlight).toEqual({ requestId: sent.requestId, label: `#${sent.requestId} rule tester` });
    const status = within(panel).getByRole('status');
    expect(status).toHaveTextContent(`Request ${sent.requestId} sent; its answer comes when the simulation runs: press Play or Step.`);
    act(() => store.getState().advanceTo(61_000));
    expect(sent.outcome.target).toMatch(/^UsersService-\d$/);
    expect(status).toHaveTextContent(`Request ${sent.requestId}: 200, served by task ${sent.outcome.target} (as predicted).`);
  });

  it('answers at once for what the load balancer answers itself, and speaks the orchestra lens', async () => {
    const { user, panel, store } = await open();
    act(() => store.getState().setLens('orchestra'));
    expect(panel).toHaveTextContent('How the front of house reads a request');
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Listener port' }), '80');
    await user.click(within(panel).getByRole('button', { name: 'Send it' }));
    expect(within(panel).getByRole('status')).toHaveTextContent(/^Request \d+: 301 redirect to https:\/\/shop\.example\.com\/api\/users\/7 \(as predicted\)\.$/);
  });

  it('reads headers as "name: value" lines and strips a typed "?" from the query', () => {
    expect(parseHeaders('X-Preview: yes\n\nbroken line\nAccept:  text/html ')).toEqual({
      headers: { 'X-Preview': 'yes', Accept: 'text/html' },
      badLines: [3],
    });
    expect(toCommand({ method: 'POST', host: '', path: '', query: '?a=1', headers: '', sourceIp: '', listenerPort: '80' })).toEqual({
      do: 'request',
      method: 'POST',
      path: '/',
      query: 'a=1',
      headers: {},
      sourceIp: '203.0.113.10',
      listenerPort: 80,
    });
  });
});
