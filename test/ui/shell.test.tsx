// @vitest-environment jsdom
/**
 * The app shell: the dock's tabs follow what is picked (the Inspector, except a target group picked in Metrics),
 * a pick on the stage moves focus to the inspector's heading and Escape in the dock goes back to the node, hidden
 * panels keep their state, and the separator resizes the dock from the keyboard and hides it with Enter.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DOCK_WIDTH } from '../../src/ui/shell/dockTabs';
import { renderAppShell } from './renderAppShell';
import { installBrowserStubs } from './stage/jsdomStubs';

/** Panels load when first opened; the first import of one under the test runner can take a moment. */
const LAZY_MS = 8000;


beforeEach(() => installBrowserStubs());

function renderApp() {
  const { store } = renderAppShell();
  return { store, user: userEvent.setup() };
}

const dockTab = (name: string) => within(screen.getByRole('tablist', { name: 'Details' })).getByRole('tab', { name });

describe('the dock', () => {
  it('opens on the narration, and a task picked on the stage opens the Inspector with focus on its heading', async () => {
    const { store, user } = renderApp();
    expect(dockTab('Narration')).toHaveAttribute('aria-selected', 'true');
    const task = screen.getByRole('button', { name: 'Task AuthService-1, RUNNING, healthy' });
    task.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'task', id: 'AuthService-1' });
    expect(dockTab('Inspector')).toHaveAttribute('aria-selected', 'true');
    const heading = await screen.findByRole('heading', { level: 3, name: 'Task AuthService-1' }, { timeout: LAZY_MS });
    await waitFor(() => expect(heading).toHaveFocus());

    // Escape in the dock: back to the node, still selected; Escape there clears the selection.
    await user.keyboard('{Escape}');
    expect(task).toHaveFocus();
    expect(store.getState().selection).toEqual({ kind: 'task', id: 'AuthService-1' });
    await user.keyboard('{Escape}');
    expect(store.getState().selection).toBeNull();
  });

  it('keeps a picked target group in the Metrics tab, which shows its charts there', async () => {
    const { store, user } = renderApp();
    await user.click(dockTab('Metrics'));
    await user.click(await screen.findByRole('button', { name: 'users-tg: show its charts' }));
    expect(store.getState().selection).toEqual({ kind: 'targetGroup', id: 'UsersTargetGroup' });
    expect(dockTab('Metrics')).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('img', { name: /^RequestCount for users-tg/ })).toBeInTheDocument();
    // Picked from anywhere else, it opens the Inspector.
    act(() => store.getState().select({ kind: 'service', id: 'UsersService' }));
    expect(dockTab('Inspector')).toHaveAttribute('aria-selected', 'true');
  });

  it('moves between tabs with the arrow keys, and a hidden panel keeps its state', async () => {
    const { user } = renderApp();
    const targets = await screen.findByRole('button', { name: 'Targets' });
    await user.click(targets);
    expect(targets).toHaveAttribute('aria-pressed', 'false');
    dockTab('Narration').focus();
    await user.keyboard('{ArrowRight}');
    expect(dockTab('Metrics')).toHaveFocus();
    expect(dockTab('Metrics')).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('button', { name: 'Targets' })).not.toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(dockTab('Narration')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('button', { name: 'Targets' })).toHaveAttribute('aria-pressed', 'false');
    await user.keyboard('{End}');
    expect(dockTab('Rule tester')).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('button', { name: 'Send it' })).toBeInTheDocument();
  });

  it('resizes from the keyboard on its separator, and Enter hides it until shown again', async () => {
    const { user } = renderApp();
    const separator = screen.getByRole('separator', { name: 'Resize the panel' });
    // jsdom's window is 1024 px wide: a fifth of it is under the minimum, so the dock starts at the minimum.
    expect(separator).toHaveAttribute('aria-valuenow', String(DOCK_WIDTH.min));
    expect(separator).toHaveAttribute('aria-valuemax', String(1024 - DOCK_WIDTH.stageMin));
    separator.focus();
    await user.keyboard('{ArrowLeft}');
    expect(separator).toHaveAttribute('aria-valuenow', String(DOCK_WIDTH.min + DOCK_WIDTH.step));
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(separator).toHaveAttribute('aria-valuenow', String(DOCK_WIDTH.min));
    await user.keyboard('{End}');
    expect(separator).toHaveAttribute('aria-valuenow', String(1024 - DOCK_WIDTH.stageMin));
    expect(separator).toHaveAttribute('aria-valuetext', `Panel ${1024 - DOCK_WIDTH.stageMin} pixels wide`);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('separator')).not.toBeInTheDocument();
    const show = screen.getByRole('button', { name: 'Show the panel' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);
    expect(screen.getByRole('button', { name: 'Hide the panel' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('separator', { name: 'Resize the panel' })).toHaveAttribute('aria-valuenow', String(1024 - DOCK_WIDTH.stageMin));
  });

  it('opens the Inspector, and the dock if hidden, when a node is picked', async () => {
    const { store, user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Hide the panel' }));
    act(() => store.getState().select({ kind: 'task', id: 'UsersService-2' }));
    expect(screen.getByRole('button', { name: 'Hide the panel' })).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByRole('article', { name: 'Task UsersService-2' }, { timeout: LAZY_MS })).toBeInTheDocument();
  });
});

describe('the top bar', () => {
  it('folds the description to one line with More, which shows it whole and closes on Escape', async () => {
    const { user } = renderApp();
    const more = screen.getByRole('button', { name: 'More' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    const about = screen.getByRole('region', { name: 'About this scenario' });
    expect(about).toHaveTextContent('Crash a task or fail its health checks from its inspector, and the service replaces it.');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'About this scenario' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'More' })).toHaveFocus();
  });

  it('has Help with the keys, loaded when opened', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Help' }));
    const help = screen.getByRole('dialog', { name: 'Help' });
    expect(await within(help).findByRole('table', { name: 'Getting around' })).toHaveTextContent('Skip to the stage');
    // The panel's tabs as the dock has them, the Lesson tab first.
    expect(within(help).getByRole('row', { name: /Arrow keys on the panel’s tabs/ })).toHaveTextContent('Lesson, Inspector, Narration, Metrics, Sandbox, Rule tester');
    // The keys come from the one table the app binds, by group (keyBindings.ts).
    expect(within(help).getByRole('table', { name: 'Keys, while the app has focus: playback' })).toHaveTextContent('Play or pause');
    expect(within(help).getByRole('table', { name: 'Keys, while the app has focus: timeline' })).toHaveTextContent('Back 10 seconds');
    expect(within(help).getByRole('table', { name: 'Keys, while the app has focus: presenting' })).toHaveTextContent('Presenter mode in and out');
  });

  it('switches the world between the stage and the tables', async () => {
    const { user } = renderApp();
    const views = screen.getByRole('tablist', { name: 'World view' });
    await user.click(within(views).getByRole('tab', { name: 'Tables' }));
    expect(await screen.findByRole('region', { name: 'Services' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Stage' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to the tables' })).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('region', { name: 'Stage' })).toBeInTheDocument();
  });
});
