/**
 * What a learner may change during a step: command names, or editor areas that stand for the commands the app's
 * controls in that area dispatch. Every command belongs to exactly one area (test/lessons/format.test.ts walks
 * the registry), so a new command is never left out of every `allow` list by accident.
 */
import { COMMAND_NAMES, isCommandName, type CommandName } from '../../engine';

export const EDITOR_AREAS = {
  /** The inspector's faults: "Crash task", "Fail health checks", "Slow down", "Stop task", "Recover". */
  faults: ['crashTask', 'failHealthChecks', 'recoverTask', 'slowTask', 'refuseConnections', 'stopTask'],
  /** The Clients inspector and the rule tester's "Send it". */
  traffic: ['request', 'setTraffic', 'spikeTraffic'],
  /** A service's editor: desired count, grace period, deployment settings, placement; add and delete. */
  service: ['updateService', 'setDesiredCount', 'forceNewDeployment', 'createService', 'deleteService'],
  /** A new revision of a task definition, and "Register and deploy". */
  taskDefinition: ['registerTaskDefinition', 'deregisterTaskDefinition', 'deploy'],
  /** A target group's health check, deregistration delay and algorithm; add and delete. */
  targetGroup: ['createTargetGroup', 'modifyTargetGroup', 'deleteTargetGroup'],
  listener: ['createListener', 'modifyListener', 'deleteListener'],
  rule: ['createRule', 'modifyRule', 'deleteRule'],
  cluster: ['createCluster', 'deleteCluster'],
  /** EC2 container instances. */
  capacity: ['addInstances', 'drainInstance', 'stopInstance', 'removeInstance'],
  /** Service Auto Scaling in a service's inspector, and a task's scale-in protection. */
  scaling: ['registerScalableTarget', 'deregisterScalableTarget', 'putScalingPolicy', 'deleteScalingPolicy', 'updateTaskProtection'],
} as const satisfies Readonly<Record<string, readonly CommandName[]>>;

export type EditorArea = keyof typeof EDITOR_AREAS;

export const AREA_NAMES = Object.keys(EDITOR_AREAS) as EditorArea[];

export function isEditorArea(name: unknown): name is EditorArea {
  return typeof name === 'string' && Object.hasOwn(EDITOR_AREAS, name);
}

/** The area a command's control sits in. */
export function areaOf(name: CommandName): EditorArea {
  return AREA_NAMES.find((area) => (EDITOR_AREAS[area] as readonly CommandName[]).includes(name)) ?? 'faults';
}

/** An `allow` list's entries (areas and command names) as the command names they stand for, in registry order. */
export function allowedCommands(entries: readonly string[]): CommandName[] {
  const names = new Set<CommandName>();
  for (const entry of entries) {
    if (isEditorArea(entry)) for (const name of EDITOR_AREAS[entry]) names.add(name);
    else if (isCommandName(entry)) names.add(entry);
  }
  return COMMAND_NAMES.filter((name) => names.has(name));
}
