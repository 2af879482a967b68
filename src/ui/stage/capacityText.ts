/** Words for EC2 capacity on the stage: a container instance's name and figures, and the reason a task waits. */
import { term, type Lens } from '../../lens/vocabulary';
import type { InstanceView } from './selectors';

/**
 * "Container instance i-0abc…, t3.small, us-east-1a, ACTIVE, CPU 512 of 2048 used, memory 1024 of 2048 MiB used,
 * 2 tasks" (or "Riser …, 2 musicians" in the orchestra lens).
 */
export function instanceAccessibleName(lens: Lens, instanceId: string, view: InstanceView): string {
  const task = term(lens, 'task');
  const tasks = `${view.taskCount} ${(view.taskCount === 1 ? task.one : task.many).toLowerCase()}`;
  return [
    `${term(lens, 'instance').one} ${instanceId}`,
    view.instanceType,
    view.availabilityZone,
    view.status,
    `CPU ${view.cpu.used} of ${view.cpu.registered} used`,
    `memory ${view.memory.used} of ${view.memory.registered} MiB used`,
    tasks,
  ].join(', ');
}

/** CPU units one chair stands for in the orchestra lens (a quarter vCPU). */
export const CHAIR_CPU = 256;
const MAX_CHAIRS = 16;

/** How many chairs a riser has and how many are taken: its CPU in quarter-vCPU chairs. */
export function chairsOf(view: InstanceView): { readonly total: number; readonly taken: number } {
  const total = Math.min(MAX_CHAIRS, Math.max(1, Math.round(view.cpu.registered / CHAIR_CPU)));
  const scale = view.cpu.registered > 0 ? total / view.cpu.registered : 0;
  return { total, taken: Math.min(total, Math.ceil(view.cpu.used * scale - 1e-9)) };
}

/** Used as a percentage of registered, 0 to 100. */
export function percentUsed(used: number, registered: number): number {
  return registered > 0 ? Math.max(0, Math.min(100, (used / registered) * 100)) : 0;
}

/**
 * The part of ECS's placement message worth reading on a card: the sentence that says why ("The closest matching
 * container-instance i-… is already using a port required by your task."). The whole message is the card's name.
 */
export function shortPlacementReason(message: string): string {
  const sentences = message.split(/(?<=\.)\s+(?=[A-Z(])/).map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
  const why = sentences.find((sentence) => /^(The closest matching|Reason:)/i.test(sentence));
  return why ?? sentences[0] ?? message;
}
