/**
 * A service drawn as one block (semantic zoom): how many of its tasks are in each of four states, and the picture
 * of each task for the block's strip of marks. Pure, from the snapshot's lastStatus and target state.
 */
import type { TaskLastStatus } from '../../engine';
import type { TaskCountState } from '../../lens/stageWords';
import type { TaskVisual } from './taskVisual';

export type BlockState = TaskCountState;

export const BLOCK_STATES: readonly BlockState[] = ['running', 'pending', 'draining', 'unhealthy'];

/** Starting (not yet RUNNING) is pending; failing its checks is unhealthy; on its way out is draining; else running. */
export function blockState(lastStatus: TaskLastStatus, visual: TaskVisual): BlockState {
  if (lastStatus === 'PROVISIONING' || lastStatus === 'PENDING' || lastStatus === 'ACTIVATING') return 'pending';
  if (visual === 'unhealthy') return 'unhealthy';
  if (visual === 'draining' || visual === 'stopping' || visual === 'gone') return 'draining';
  return 'running';
}

export interface BlockTask {
  readonly visual: TaskVisual;
  readonly state: BlockState;
}

/** "healthy/running,unhealthy/unhealthy" (the selector's string) back to tasks. */
export function parseBlockTasks(key: string): BlockTask[] {
  if (key === '') return [];
  return key.split(',').map((pair) => {
    const [visual = 'pending', state = 'pending'] = pair.split('/');
    return { visual: visual as TaskVisual, state: state as BlockState };
  });
}

export function blockCounts(tasks: readonly BlockTask[]): Record<BlockState, number> {
  const counts: Record<BlockState, number> = { running: 0, pending: 0, draining: 0, unhealthy: 0 };
  for (const task of tasks) counts[task.state]++;
  return counts;
}
