/**
 * "3/2 running" explained: the desired count, and why more (or fewer) tasks run now than the service wants. Read
 * from the snapshot's own words (lastStatus, desiredStatus and why ECS replaces a task), never from the engine's
 * internals: a task ECS replaces keeps running until its replacement is up, so during a replacement or a rolling
 * deployment the running count passes the desired count, up to the maximum percent (MC6, MC9).
 */
import type { ReplacementReason } from '../engine';
import type { LensWords, Lens } from './vocabulary';

export interface ServiceCountFacts {
  readonly running: number;
  readonly desired: number;
  readonly pending: number;
  /** RUNNING tasks ECS is replacing, by why. */
  readonly replacing: Readonly<Partial<Record<ReplacementReason, number>>>;
  readonly minimumHealthyPercent: number;
  readonly maximumPercent: number;
}

interface CountWords {
  readonly running: string;
  readonly task: (n: number) => string;
  readonly failing: (n: number, minimum: number, healthyNeeded: number) => string;
  readonly deployment: (most: number, maximum: number) => string;
  readonly instanceDraining: (n: number) => string;
  readonly extra: string;
  readonly starting: (n: number) => string;
  readonly short: (n: number) => string;
}

const WORDS: LensWords<CountWords> = {
  aws: {
    running: 'running',
    task: (n) => (n === 1 ? '1 task' : `${n} tasks`),
    failing: (n, minimum, needed) =>
      `${n === 1 ? '1 failed its' : `${n} failed their`} health checks: ECS starts a replacement first and stops ${n === 1 ? 'it' : 'them'} once ${needed} ${needed === 1 ? 'task is' : 'tasks are'} healthy (minimum healthy ${minimum} %)`,
    deployment: (most, maximum) => `a deployment is rolling out: ECS starts new tasks before it stops old ones, up to ${most} at once (maximum ${maximum} %)`,
    instanceDraining: (n) => `${n === 1 ? '1 sits' : `${n} sit`} on a draining container instance: ECS starts ${n === 1 ? 'its replacement' : 'their replacements'} elsewhere first`,
    extra: 'ECS is stopping the tasks it no longer needs',
    starting: (n) => `${n} starting`,
    short: (n) => `ECS is starting ${n === 1 ? '1 more task' : `${n} more tasks`}`,
  },
  orchestra: {
    running: 'playing',
    task: (n) => (n === 1 ? '1 musician' : `${n} musicians`),
    failing: (n, minimum, needed) =>
      `${n === 1 ? '1 failed the' : `${n} failed the`} sound check: the conductor seats a substitute first and sends them off once ${needed} ${needed === 1 ? 'is' : 'are'} in tune (minimum healthy ${minimum} %)`,
    deployment: (most, maximum) => `a new edition is rolling out: new players join before old ones leave, up to ${most} at once (maximum ${maximum} %)`,
    instanceDraining: (n) => `${n === 1 ? '1 sits' : `${n} sit`} on a riser being cleared: the conductor seats ${n === 1 ? 'a substitute' : 'substitutes'} elsewhere first`,
    extra: 'the conductor is sending off players the section no longer needs',
    starting: (n) => `${n} arriving`,
    short: (n) => `the conductor is bringing in ${n === 1 ? '1 more' : `${n} more`}`,
  },
};

/** "3/2 running": the count as the stage shows it. */
export function serviceCountText(lens: Lens, running: number, desired: number): string {
  return `${running}/${desired} ${WORDS[lens].running}`;
}

/** "3 running, desired 2: 1 failed its health checks: ECS starts a replacement first …" */
export function serviceCountExplanation(lens: Lens, facts: ServiceCountFacts): string {
  const words = WORDS[lens];
  const head = `${facts.running} ${words.running}, desired ${facts.desired}`;
  const why: string[] = [];
  const failing = (facts.replacing['elb-health-checks'] ?? 0) + (facts.replacing['container-health-checks'] ?? 0);
  if (failing > 0) why.push(words.failing(failing, facts.minimumHealthyPercent, Math.ceil((facts.desired * facts.minimumHealthyPercent) / 100)));
  if ((facts.replacing.deployment ?? 0) > 0) why.push(words.deployment(Math.floor((facts.desired * facts.maximumPercent) / 100), facts.maximumPercent));
  const draining = facts.replacing['instance-draining'] ?? 0;
  if (draining > 0) why.push(words.instanceDraining(draining));
  if (facts.running > facts.desired && why.length === 0) why.push(words.extra);
  if (facts.running < facts.desired) why.push(facts.pending > 0 ? words.starting(facts.pending) : words.short(facts.desired - facts.running));
  return why.length === 0 ? `${head}.` : `${head}: ${why.join('; ')}.`;
}
