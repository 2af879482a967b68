/**
 * Service events. The AWS lens passes ECS's message through as ECS wrote it, because learners search for those
 * exact strings, with one change: target groups are named by their short names, not ARNs (the inspector shows the
 * ARN). The orchestra lens retells the known messages (facts 30-32) and keeps task IDs and deployment IDs.
 */
import type { ServiceEventEvent } from '../engine';
import type { Narration, NarrationCategory } from './narration';
import { instrumentPlural } from './names';
import { countOf, shortArns, targetGroupNameFromArn, taskName, upperFirst, type NarrationContext, type ServiceNarration } from './narrationContext';
import type { Lens } from './vocabulary';

type Retell = (match: RegExpExecArray, service: ServiceNarration, ctx: NarrationContext) => string;

interface Pattern {
  readonly re: RegExp;
  readonly category: NarrationCategory;
  readonly retell: Retell;
}

const S = String.raw`^\(service [^)]+\) `;

function taskIds(list: string): string {
  return [...list.matchAll(/\(task ([^)]+)\)/g)].map((m) => m[1]).join(', ');
}

function section(service: ServiceNarration, count: number): string {
  return `${countOf(service.instrument, count)} (${service.name})`;
}

function all(service: ServiceNarration): string {
  return `the ${instrumentPlural(service.instrument)} (${service.name})`;
}

const PATTERNS: readonly Pattern[] = [
  {
    re: new RegExp(S + String.raw`has started (\d+) tasks: (.*)\.$`),
    category: 'service',
    retell: (m, s) => `The conductor brings in ${section(s, Number(m[1]))}: ${taskIds(m[2] ?? '')}`,
  },
  {
    re: new RegExp(S + String.raw`has stopped (\d+) running tasks: (.*)\.$`),
    category: 'service',
    retell: (m, s) => `The conductor sends ${section(s, Number(m[1]))} off stage: ${taskIds(m[2] ?? '')}`,
  },
  {
    re: new RegExp(S + String.raw`registered (\d+) targets in \(target-group ([^)]+)\)`),
    category: 'service',
    retell: (m, s) => `The stage manager puts ${section(s, Number(m[1]))} on the ${targetGroupNameFromArn(m[2] ?? '')} call sheet`,
  },
  {
    re: new RegExp(S + String.raw`deregistered (\d+) targets in \(target-group ([^)]+)\)`),
    category: 'service',
    retell: (m, s) => `The stage manager takes ${section(s, Number(m[1]))} off the ${targetGroupNameFromArn(m[2] ?? '')} call sheet`,
  },
  {
    re: new RegExp(S + String.raw`has begun draining connections on (\d+) tasks\.`),
    category: 'service',
    retell: (m, s) => `${upperFirst(section(s, Number(m[1])))} ${m[1] === '1' ? 'finishes' : 'finish'} the piece before leaving`,
  },
  {
    re: new RegExp(S + String.raw`\(task ([^)]+)\) \(port \d+\) is unhealthy in \(target-group ([^)]+)\) due to \(reason (.*)\)$`),
    category: 'service',
    retell: (m, _s, ctx) =>
      `The conductor hears the stage manager's report: ${taskName('orchestra', ctx, m[1] ?? '')} is out of tune on ${targetGroupNameFromArn(m[2] ?? '')} (${m[3] ?? ''})`,
  },
  {
    re: new RegExp(S + String.raw`\(task ([^)]+)\) failed container health checks`),
    category: 'service',
    retell: (m, _s, ctx) => `${upperFirst(taskName('orchestra', ctx, m[1] ?? ''))} failed their own tuning check (container health check)`,
  },
  {
    re: new RegExp(S + String.raw`\(deployment ([^)]+)\) deployment completed\.`),
    category: 'deployment',
    retell: (m, s) => `All ${all(s)} play the current edition (deployment ${m[1] ?? ''} completed)`,
  },
  {
    re: new RegExp(S + String.raw`has reached a steady state\.`),
    category: 'service',
    retell: (_m, s) => `${upperFirst(all(s))} are at full strength and settled (steady state)`,
  },
  {
    re: new RegExp(S + String.raw`is unable to consistently start tasks successfully\.`),
    category: 'service',
    retell: (_m, s) => `The conductor cannot get new ${instrumentPlural(s.instrument)} (${s.name}) to start playing (unable to consistently start tasks)`,
  },
  {
    re: new RegExp(S + String.raw`was unable to stop or start tasks during a deployment`),
    category: 'deployment',
    retell: (_m, s) =>
      `The conductor is stuck: the head-count limits of ${all(s)} leave no room to swap players (minimumHealthyPercent and maximumPercent)`,
  },
  {
    re: new RegExp(S + String.raw`was unable to place a task because no container instance met all of its requirements\.\s*(.*?)(?: For more information, see the Troubleshooting section\.)?$`),
    category: 'service',
    retell: (m, s) =>
      `The conductor cannot seat another ${s.instrument} (${s.name}): no riser has a free chair${m[1] ? ` (${m[1]})` : ''}`,
  },
  {
    re: new RegExp(S + String.raw`\(deployment ([^)]+)\) deployment failed: (.*?)\.?$`),
    category: 'deployment',
    retell: (m, s) => `The new edition for ${all(s)} failed: ${m[2] ?? ''} (deployment ${m[1] ?? ''})`,
  },
  {
    re: new RegExp(S + String.raw`rolling back to deployment (.*?)\.?$`),
    category: 'deployment',
    retell: (m, s) => `The conductor goes back to the previous edition for ${all(s)} (deployment ${m[1] ?? ''})`,
  },
];

/** ECS's message as the console shows it, with target groups named by their short names instead of ARNs. */
export function serviceMessage(event: ServiceEventEvent): string {
  return shortArns(event.message);
}

export function narrateServiceEvent(event: ServiceEventEvent, lens: Lens, ctx: NarrationContext): Narration {
  const service = ctx.services.get(event.service);
  const message = serviceMessage(event);
  for (const pattern of PATTERNS) {
    const match = pattern.re.exec(event.message);
    if (!match) continue;
    const text = lens === 'aws' || !service ? message : pattern.retell(match, service, ctx);
    return { text, category: pattern.category, importance: 'important' };
  }
  return {
    text: lens === 'aws' || !service ? message : `The conductor notes: ${message}`,
    category: 'service',
    importance: 'important',
  };
}
