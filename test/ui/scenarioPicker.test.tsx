// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppShell } from '../../src/ui/AppShell';
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

function renderPicker() {
  const rendered = renderWorld(<AppShell source={source} entries={entries} listError={null} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Tables' }));
  return rendered;
}

async function choose(title: string) {
  const user = userEvent.setup();
  await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), title);
  await user.click(screen.getByRole('button', { name: 'Load' }));
}

describe('scenario picker', () => {
  it('reports a bad file without losing the world', async () => {
    const { store } = renderPicker();
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
    const { store } = renderPicker();
    const sim = store.getState().sim;
    await choose('A missing file');
    expect(await screen.findByText(/answered 404/)).toBeInTheDocument();
    expect(store.getState().sim).toBe(sim);
  });

  it('loads a bundled scenario and shows its title', async () => {
    const { store } = renderPicker();
    const sim = store.getState().sim;
    await choose('The default stage');
    await waitFor(() => expect(store.getState().sim).not.toBe(sim));
    expect(store.getState().scenario.source).toBe('default.json');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(store.getState().scenario.title);
    expect(screen.queryByText(/Could not load/)).not.toBeInTheDocument();
  });
});
