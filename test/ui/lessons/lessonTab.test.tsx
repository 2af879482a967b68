// @vitest-environment jsdom
/**
 * The Lesson tab, by role and name: the library opens a lesson at step 1 with focus on the step's heading; the goal's
 * parts say met or not in words; a prediction is asked with the clock held, then shows the learner's answer beside
 * what happened, with the reason; hints come on request; "Show me" gives the reference solution; what a step locks
 * is locked in the controls with the step's reason; everything in the lens.
 */
import { readFileSync } from 'node:fs';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SimStore } from '../../../src/store';
import { LessonPanel } from '../../../src/ui/lessons/LessonPanel';
import { SpeedSelect } from '../../../src/ui/playback/SpeedSelect';
import { DesiredCountControl } from '../../../src/ui/panels/inspector/DesiredCountControl';
import { TaskControls } from '../../../src/ui/panels/inspector/TaskControls';
import { bundledLesson, renderWithLibrary } from './library';

const fallIll = () => bundledLesson('a-musician-falls-ill.yaml');

function run(store: SimStore, seconds: number): void {
  act(() => {
    for (let i = 0; i < seconds; i++) store.getState().advanceFrame(1000, i * 1000);
  });
}

describe('the Lesson tab', () => {
  it('lists the library and opens a lesson at step 1, focus on the step heading', async () => {
    const user = userEvent.setup();
    const { store } = renderWithLibrary(<LessonPanel />);
    await screen.findByRole('button', { name: 'Start: A musician falls ill' });
    const entries = within(screen.getByRole('region', { name: 'Lessons' })).getAllByRole('listitem');
    // As many as index.json lists, in its order; the first is up next.
    const index = JSON.parse(readFileSync('public/lessons/index.json', 'utf8')) as { title: string | { aws: string } }[];
    expect(entries).toHaveLength(index.length);
    expect(entries.map((entry) => entry.querySelector('h3')?.textContent)).toEqual(index.map((entry) => (typeof entry.title === 'string' ? entry.title : entry.title.aws)));
    expect(entries[0]).toHaveTextContent('Up next');
    const fallIll = entries.find((entry) => entry.textContent?.includes('A musician falls ill'))!;
    await user.click(within(fallIll).getByRole('button', { name: 'Start: A musician falls ill' }));
    const heading = await screen.findByRole('heading', { name: 'Step 1 of 4: The cluster and its services' });
    expect(heading).toHaveFocus();
    expect(store.getState().lessonPlay?.lesson.id).toBe('a-musician-falls-ill');
    expect(store.getState().playing).toBe(true);
  });

  it('shows each part of the goal met or not, in words, and says when the step is done', () => {
    const { store } = renderWithLibrary(<LessonPanel />);
    act(() => void store.getState().openLesson(fallIll()));
    const goal = screen.getByRole('list', { name: 'Goal' });
    expect(goal).toHaveTextContent('not yet');
    run(store, 40);
    const parts = within(screen.getByRole('list', { name: 'Goal' })).getAllByRole('listitem');
    expect(parts.map((part) => part.getAttribute('data-met'))).toEqual(['true', 'true', 'true']);
    expect(parts[1]).toHaveTextContent('met (3 of 3)');
    expect(screen.getByText('Step done: go on with Next.')).toBeInTheDocument();
  });

  it('asks a prediction with the clock held, then shows the answer beside what happened, with the reason', async () => {
    const user = userEvent.setup();
    const { store } = renderWithLibrary(
      <>
        <LessonPanel />
        <SpeedSelect />
      </>,
    );
    act(() => void store.getState().openLesson(fallIll()));
    run(store, 40);
    act(() => store.getState().play());
    await user.click(screen.getByRole('button', { name: 'Next' }));
    // The playback bar says why the clock stands still.
    expect(screen.getAllByRole('status').some((status) => status.textContent === 'The clock is held until you answer.')).toBe(true);
    expect(screen.getByRole('heading', { name: 'Step 2 of 4: A task fails its health checks' })).toHaveFocus();
    const question = screen.getByRole('group', { name: 'Forty seconds from now, how many users tasks will be RUNNING?' });
    expect(question).toHaveAccessibleDescription('The clock is held until you answer.');
    const at = store.getState().now;
    run(store, 5);
    expect(store.getState().now).toBe(at);
    await user.click(screen.getByRole('button', { name: 'Answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose an answer first.');
    await user.click(within(question).getByRole('radio', { name: '3: the replacement takes the failing task\'s place at once' }));
    await user.click(screen.getByRole('button', { name: 'Answer' }));
    run(store, 60);
    const reveal = screen.getByText('Your answer').closest('dl')!;
    expect(reveal).toHaveTextContent('Your answer3: the replacement takes the failing task\'s place at once');
    expect(reveal).toHaveTextContent('What happened4');
    expect(screen.getByText(/^Not this time: the answer was “4: the replacement runs beside the failing task for a while”$/)).toBeInTheDocument();
    expect(screen.getByText(/ECS starts the replacement as soon as the target is unhealthy/)).toBeInTheDocument();
    // The other lens: the same reveal in the orchestra's words.
    act(() => store.getState().setLens('orchestra'));
    expect(screen.getByText('What the orchestra did')).toBeInTheDocument();
    expect(screen.getByText(/The conductor calls the substitute on as soon as the stage manager reports the illness/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Step 2 of 4: A musician falls ill' })).toBeInTheDocument();
  });

  it('gives hints on request and performs the solution with Show me', async () => {
    const user = userEvent.setup();
    const { store } = renderWithLibrary(<LessonPanel />);
    act(() => void store.getState().openLesson(fallIll(), { step: 3 }));
    expect(screen.getByRole('heading', { name: 'Step 4 of 4: Your turn: stop a task' })).toBeInTheDocument();
    const hints = screen.getByRole('region', { name: 'Hints' });
    expect(within(hints).queryByRole('listitem')).toBeNull();
    await user.click(within(hints).getByRole('button', { name: 'Hint' }));
    expect(within(hints).getByRole('listitem')).toHaveTextContent('Click UsersService-3 on the stage (or Tab to it and press Enter) to open its inspector.');
    await user.click(within(hints).getByRole('button', { name: 'Another hint' }));
    expect(within(hints).getAllByRole('listitem')).toHaveLength(2);
    expect(within(hints).getByRole('button', { name: 'Another hint' })).toBeDisabled();
    const before = store.getState().sim.commandLog().length;
    await user.click(screen.getByRole('button', { name: 'Show me' }));
    expect(store.getState().sim.commandLog().slice(before)).toEqual([{ atMs: store.getState().now, command: { do: 'crashTask', task: 'UsersService-3' } }]);
    expect(screen.getByText('Showing the solution on the stage.')).toBeInTheDocument();
  });

  it('locks the controls a step does not allow, saying why in the lens', () => {
    const { store } = renderWithLibrary(
      <>
        <LessonPanel />
        <DesiredCountControl serviceId="UsersService" current={3} />
      </>,
    );
    act(() => void store.getState().openLesson(fallIll()));
    const faults = renderWithLibrary(<TaskControls task={store.getState().snapshot.tasks[0]!} heading="Faults" />);
    act(() => void faults.store.getState().openLesson(fallIll()));
    const crash = within(faults.container).getByRole('button', { name: 'Crash task' });
    expect(crash).toBeDisabled();
    // Two React roots here share useId's IDs, so the note is found inside this one.
    const note = faults.container.querySelector(`[id="${crash.getAttribute('aria-describedby') ?? ''}"]`);
    expect(note).toHaveTextContent('Crash task: not now, This step is for watching: crashTask is locked until the next step.');
    faults.unmount();
    expect(screen.getByRole('button', { name: 'Set desired count' })).toBeDisabled();
    expect(screen.getByRole('spinbutton', { name: 'Desired count' })).toHaveAccessibleDescription(/This step is for watching: setDesiredCount is locked until the next step\./);
    expect(screen.getByText('This step is for watching: the controls that change the world are locked until the next step.')).toBeInTheDocument();
    act(() => store.getState().setLens('orchestra'));
    expect(screen.getByText('This step is for listening: setDesiredCount waits until the next step.')).toBeInTheDocument();
    // The step of the learner's own fault: its own reason.
    act(() => void store.getState().openLesson(fallIll(), { step: 3 }));
    expect(screen.getAllByText('This step is about a musician walking out: use the mishaps in UsersService-3\'s inspector.')).toHaveLength(2);
    act(() => store.getState().closeLesson());
    expect(screen.getByRole('button', { name: 'Set desired count' })).toBeEnabled();
    return waitFor(() => expect(screen.getByRole('heading', { name: 'Lessons' })).toBeInTheDocument());
  });
});
