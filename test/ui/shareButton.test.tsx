// @vitest-environment jsdom
/**
 * "Copy link": with a clipboard it says "Link copied" politely; without one it shows the link in a field to copy by
 * hand; a world too big for a link says the limit and offers the template with commands instead.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shareFragment, decodeSession } from '../../src/session/shareLink';
import { ShareButton } from '../../src/ui/io/ShareButton';
import { loadedTinySpec, WEB_TRAFFIC } from '../session/loadedTinySpec';
import { renderWorld } from './renderWorld';

afterEach(() => vi.restoreAllMocks());

describe('Copy link', () => {
  it('copies the link and announces it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { store } = renderWorld(<ShareButton />, { spec: loadedTinySpec({ traffic: WEB_TRAFFIC }) });
    store.getState().advanceTo(20_000);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toHaveAttribute('role', 'status');
    const url = String((writeText.mock.calls[0] as unknown[] | undefined)?.[0]);
    const opened = await decodeSession(shareFragment(new URL(url).hash) ?? '');
    expect(opened.ok && opened.atMs).toBe(20_000);
  });

  it('shows the link in a field when the clipboard is not available', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    renderWorld(<ShareButton />, { spec: loadedTinySpec() });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox', { name: /Copy this link/ });
    expect((field as HTMLInputElement).value).toMatch(/#s=[\w-]+$/);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus();
  });

  it('says when the world is too big for a link and offers a file instead', async () => {
    const user = userEvent.setup();
    const { store } = renderWorld(<ShareButton />, { spec: loadedTinySpec({ traffic: WEB_TRAFFIC }) });
    let x = 7;
    const next = () => (x = (x * 1103515245 + 12345) % 2147483648).toString(36);
    for (let i = 0; i < 400; i++) store.getState().dispatch({ do: 'request', path: `/web/${next()}${next()}`, headers: { 'x-id': next() + next() } });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const panel = await screen.findByRole('group', { name: 'Share link' });
    expect(panel).toHaveTextContent(/too big for a link: it would be [\d,]+ characters, and links stop at 8,000/);
    expect(within(panel).getByRole('button', { name: 'Export template with commands' })).toBeInTheDocument();
  });
});
