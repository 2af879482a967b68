// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppShell } from '../../src/ui/shell/AppShell';
import type { ScenarioEntry, ScenarioSource } from '../../src/ui/scenarioSource';
import { renderWorld } from './renderWorld';

const entries: ScenarioEntry[] = [
  { file: 'default.json', title: 'The default stage', summary: 'The bundled default.' },
  { file: 'broken.json', title: 'A broken template', summary: 'Not JSON at all.' },
  { file: 'missing.json', title: 'A missing file', summary: 'Answers 404.' },
];

const source: ScenarioSource = {
  list: () => Promise.resolve(entries),
  read: (file) => {
    if (file === 'default.json') return Promise.resolve(readFileSync('public/scenarios/default.json', 'utf8'));
    if (file === 'broken.json') return Promise.resolve('{ "Resources": { "Oops": ');
    return Promise.reject(new Error('./scenarios/missing.json answered 404 Not Found'));
  },
};

async function renderPicker() {
  const rendered = renderWorld(<AppShell source={source} entries={entries} listError={null} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Tables' }));
  await screen.findByRole('region', { name: 'Services' });
  return rendered;
}

/** Choosing opens it: there is no separate Load button. */
async function choose(title: string) {
  const user = userEvent.setup();
  await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), title);
}

describe('scenario picker', () => {
  it('reports a bad file without losing the world', async () => {
    const { store } = await renderPicker();
    store.getState().advanceTo(30_000);
    const sim = store.getState().sim;
    await choose('A broken template');
    const alert = await screen.findByText(/Could not load broken.json/);
    expect(within(screen.getAllByRole('alert')[0] ?? alert).getByText(/current world is unchanged/)).toBeInTheDocument();
    expect(store.getState().sim).toBe(sim);
    expect(screen.getByRole('heading', { level: 1, name: 'Tiny stage' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'web' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Could not load/)).not.toBeInTheDocument();
  });

  it('reports a file that cannot be fetched', async () => {
    const { store } = await renderPicker();
    const sim = store.getState().sim;
    await choose('A missing file');
    expect(await screen.findByText(/answered 404/)).toBeInTheDocument();
    expect(store.getState().sim).toBe(sim);
  });

  it('loads a bundled scenario and shows its title', async () => {
    const { store } = await renderPicker();
    const sim = store.getState().sim;
    await choose('The default stage');
    await waitFor(() => expect(store.getState().sim).not.toBe(sim));
    expect(store.getState().scenario.source).toBe('default.json');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(store.getState().scenario.title);
    expect(screen.queryByText(/Could not load/)).not.toBeInTheDocument();
  });

  it('opens a choice at once, with no Load button', async () => {
    const { store } = await renderPicker();
    expect(screen.queryByRole('button', { name: 'Load' })).not.toBeInTheDocument();
    await choose('The default stage');
    await waitFor(() => expect(store.getState().scenario.source).toBe('default.json'));
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveDisplayValue('The default stage');
  });

  it('shows a world that is not a bundled file under its own title', async () => {
    const { store } = await renderPicker();
    const picker = screen.getByRole('combobox', { name: 'Scenario' });
    // The test world came from no file: the picker names it, not the first bundled scenario.
    expect(picker).toHaveDisplayValue('Tiny stage');
    await choose('The default stage');
    await waitFor(() => expect(picker).toHaveDisplayValue('The default stage'));
    act(() => {
      store.getState().loadTemplate(readFileSync('public/scenarios/default.json', 'utf8').replace('"The API orchestra"', '"My own stack"'), 'mine.json');
    });
    expect(picker).toHaveDisplayValue('My own stack');
    expect(within(picker).getByRole('group', { name: 'Open now' })).toHaveTextContent('My own stack');
  });

  it('only moves through the list under the arrow keys, and opens on Enter', async () => {
    const { store } = await renderPicker();
    const sim = store.getState().sim;
    const picker = screen.getByRole('combobox', { name: 'Scenario' });
    // A closed list's arrow key changes its value at once (as Chrome does): that browses, it does not load.
    fireEvent.keyDown(picker, { key: 'ArrowDown' });
    fireEvent.change(picker, { target: { value: 'default.json' } });
    expect(screen.getByText('Enter opens it')).toBeInTheDocument();
    expect(store.getState().sim).toBe(sim);
    fireEvent.keyDown(picker, { key: 'Escape' });
    expect(picker).toHaveDisplayValue('Tiny stage');
    fireEvent.keyDown(picker, { key: 'ArrowDown' });
    fireEvent.change(picker, { target: { value: 'default.json' } });
    fireEvent.keyDown(picker, { key: 'Enter' });
    await waitFor(() => expect(store.getState().scenario.source).toBe('default.json'));
  });
});
