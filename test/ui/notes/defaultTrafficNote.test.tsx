// @vitest-environment jsdom
/**
 * The note on the stage when a template had no traffic settings: it says what the default sends and where to change
 * it, shows the clients on request, goes when dismissed and comes back with the next world that needs it.
 */
import { readFileSync } from 'node:fs';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DefaultTrafficNote } from '../../../src/ui/notes/DefaultTrafficNote';
import { renderWorld } from '../renderWorld';

const noTraffic = readFileSync('test/scenario/fixtures/examples/05-http-to-https-redirect.json', 'utf8');
const withTraffic = readFileSync('public/scenarios/crash-and-replace.json', 'utf8');

describe('the default traffic note', () => {
  it('is not shown for a world that says its own traffic', () => {
    const { store } = renderWorld(<DefaultTrafficNote />);
    act(() => void store.getState().loadTemplate(withTraffic, 'crash-and-replace.json'));
    expect(screen.queryByRole('complementary', { name: 'Default traffic' })).toBeNull();
  });

  it('says what the default sends and where to change it, and shows the clients', async () => {
    const user = userEvent.setup();
    const { store } = renderWorld(<DefaultTrafficNote />);
    act(() => void store.getState().loadTemplate(noTraffic, '05-http-to-https-redirect.json'));
    const note = screen.getByRole('complementary', { name: 'Default traffic' });
    expect(note).toHaveTextContent(
      "Default traffic. The template sets none, so 3 requests per second go to each listener, over the paths its rules match. Change it in the Clients inspector or in Metadata.EcsOrchestra.traffic.",
    );
    // What it describes is the loaded world's own traffic: both listeners, every request the rules match and /.
    expect(store.getState().world.traffic).toEqual({
      rate: 6,
      mix: [
        { path: '/.well-known/acme-challenge/example', listenerPort: 80 },
        { path: '/', listenerPort: 80 },
        { path: '/api/example', listenerPort: 443 },
        { path: '/', listenerPort: 443 },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Show the Clients' }));
    expect(store.getState().selection).toEqual({ kind: 'audience', id: 'audience' });
  });

  it('speaks the orchestra lens', () => {
    const { store } = renderWorld(<DefaultTrafficNote />);
    act(() => {
      store.getState().loadTemplate(noTraffic, '05-http-to-https-redirect.json');
      store.getState().setLens('orchestra');
    });
    expect(screen.getByRole('complementary', { name: 'A default audience' })).toHaveTextContent(
      'A default audience. The template sets none, so 3 arrive per second at each entrance door, asking for the pieces its rules match. Change it in the Audience inspector or in Metadata.EcsOrchestra.traffic.',
    );
  });

  it('goes when dismissed, and comes back when another world without traffic settings is loaded', async () => {
    const user = userEvent.setup();
    const { store } = renderWorld(<DefaultTrafficNote />);
    act(() => void store.getState().loadTemplate(noTraffic, '05-http-to-https-redirect.json'));
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('complementary', { name: 'Default traffic' })).toBeNull();
    act(() => store.getState().reset());
    expect(screen.queryByRole('complementary', { name: 'Default traffic' })).toBeNull();
    act(() => void store.getState().loadTemplate(noTraffic, '05-http-to-https-redirect.json'));
    expect(screen.getByRole('complementary', { name: 'Default traffic' })).toBeInTheDocument();
  });
});
