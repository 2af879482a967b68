// @vitest-environment jsdom
/**
 * An address that asks for what the app cannot do is answered on screen: an unknown ?scenario= opens the default
 * scenario with a notice saying so, and ?rate= past the limit is capped with a notice.
 */
import { readFileSync } from 'node:fs';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseStartup } from '../../src/app/startup';
import { App } from '../../src/ui/App';
import type { ScenarioSource } from '../../src/ui/scenarioSource';
import { manualFrames } from '../store/manualFrames';
import { installBrowserStubs } from './stage/jsdomStubs';

const DEFAULT = readFileSync('public/scenarios/default.json', 'utf8');
const source: ScenarioSource = {
  list: () => Promise.resolve([{ file: 'default.json', title: 'The API orchestra', summary: '' }]),
  read: (file) => (file === 'default.json' ? Promise.resolve(DEFAULT) : Promise.reject(new Error(`./scenarios/${file} answered 404 Not Found`))),
};

beforeEach(() => installBrowserStubs());

describe('the startup address, answered on screen', () => {
  it('an unknown ?scenario= opens the default scenario and says so', async () => {
    render(<App startup={parseStartup('?scenario=no-such-thing.json&autoplay=0')} source={source} frames={manualFrames()} />);
    await screen.findByRole('heading', { level: 1, name: 'The API orchestra' });
    const notice = screen.getByRole('status', { name: 'Address' });
    expect(notice).toHaveTextContent('Could not open the scenario "no-such-thing.json" (./scenarios/no-such-thing.json answered 404 Not Found), so the default scenario is open instead.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status', { name: 'Address' })).not.toBeInTheDocument();
  });

  it('goes away when another world is loaded', async () => {
    render(<App startup={parseStartup('?scenario=no-such-thing.json&autoplay=0')} source={source} frames={manualFrames()} />);
    await screen.findByRole('heading', { level: 1, name: 'The API orchestra' });
    expect(screen.getByRole('status', { name: 'Address' })).toBeInTheDocument();
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'default.json');
    await waitFor(() => expect(screen.queryByRole('status', { name: 'Address' })).not.toBeInTheDocument());
  });

  it('a rate past the limit is capped, and the notice says at what', async () => {
    render(<App startup={parseStartup('?rate=1e9&autoplay=0')} source={source} frames={manualFrames()} />);
    await screen.findByRole('heading', { level: 1, name: 'The API orchestra' });
    expect(screen.getByRole('status', { name: 'Address' })).toHaveTextContent('so the rate is 1000.');
  });

  it('an address that asks for nothing unusual shows no notice', async () => {
    render(<App startup={parseStartup('?autoplay=0')} source={source} frames={manualFrames()} />);
    await screen.findByRole('heading', { level: 1, name: 'The API orchestra' });
    expect(screen.queryByRole('status', { name: 'Address' })).not.toBeInTheDocument();
  });
});
