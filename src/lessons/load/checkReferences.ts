/**
 * A goal's and a prediction's names checked against the worlds the step can be in (as its commands leave it, and
 * as its solution leaves it): a resource must exist in one of them. Event filters name fields the event type has,
 * with values the field can take.
 */
import type { ScenarioSpec } from '../../engine';
import { joinPath, unknownPortMessage, type IssueSink } from '../../scenario';
import { ENUM_FIELDS, EVENT_FIELDS, REFERENCE_FIELDS, type EventType } from '../format/eventFields';
import type { EventFilter, Goal } from '../format/goal';
import type { AnswerValue, Prediction } from '../format/prediction';
import { missingListener, missingProperty, missingResource, missingService, missingTargetGroup, missingTask, missingRule } from './references';

type Lookup = (world: ScenarioSpec) => string | null;

/** Reports the problem the last world gives, unless some world has the thing. */
function need(worlds: readonly ScenarioSpec[], lookup: Lookup, path: string, sink: IssueSink): void {
  const problems = worlds.map(lookup);
  if (problems.some((p) => p === null)) return;
  const last = problems[problems.length - 1];
  if (last) sink.error('', path, last);
}

function referenceLookup(field: string, id: string, asker: string): Lookup | null {
  switch (REFERENCE_FIELDS[field]) {
    case 'task':
      return (w) => missingTask(w, id, asker);
    case 'service':
      return (w) => missingService(w, id, asker);
    case 'targetGroup':
      return (w) => missingTargetGroup(w, id, asker);
    case 'listener':
      return (w) => missingListener(w, id, asker);
    default:
      return null;
  }
}

export function checkFilter(type: EventType, where: EventFilter, path: string, worlds: readonly ScenarioSpec[], sink: IssueSink): void {
  const fields: readonly string[] = EVENT_FIELDS[type];
  for (const [key, value] of Object.entries(where)) {
    const at = joinPath(path, key);
    const [field, ...deeper] = key.split('.');
    if (field === undefined || !fields.includes(field)) {
      sink.error('', at, `a ${type} event has no field "${field ?? key}"; its fields: ${fields.join(', ')}`);
      continue;
    }
    if (deeper.length > 0 && field !== 'command') {
      sink.error('', at, `"${field}" is a plain value: only command has fields inside (command.do, command.task)`);
      continue;
    }
    const allowed = ENUM_FIELDS[type]?.[field];
    if (allowed && (typeof value !== 'object' || value === null) && !allowed.includes(value as string | null)) {
      sink.error('', at, `must be ${allowed.map((v) => JSON.stringify(v)).join(' or ')}, got ${JSON.stringify(value)}`);
      continue;
    }
    if (typeof value === 'string' && deeper.length === 0) {
      const lookup = referenceLookup(field, value, `"${type}"`);
      if (lookup) need(worlds, lookup, at, sink);
    }
  }
}

export function checkGoal(goal: Goal, path: string, worlds: readonly ScenarioSpec[], sink: IssueSink): void {
  const at = joinPath(path, goal.kind);
  const asker = `"${goal.kind}"`;
  switch (goal.kind) {
    case 'serviceSteady':
      return need(worlds, (w) => missingService(w, goal.service, asker), joinPath(at, 'service'), sink);
    case 'targets':
      need(worlds, (w) => missingTargetGroup(w, goal.targetGroup, asker), joinPath(at, 'targetGroup'), sink);
      if (goal.task !== null) need(worlds, (w) => missingTask(w, goal.task ?? '', asker), joinPath(at, 'task'), sink);
      return;
    case 'event':
      return checkFilter(goal.type, goal.where, joinPath(at, 'where'), worlds, sink);
    case 'requests':
      if (goal.listenerPort !== null) need(worlds, (w) => unknownPortMessage(w, goal.listenerPort ?? 0), joinPath(at, 'listenerPort'), sink);
      return;
    case 'property': {
      const exists = worlds.some((w) => missingResource(w, goal.resource, asker) === null);
      if (!exists) return need(worlds, (w) => missingResource(w, goal.resource, asker), joinPath(at, 'resource'), sink);
      return need(worlds, (w) => missingProperty(w, goal.resource, goal.path), joinPath(at, 'path'), sink);
    }
    case 'elapsed':
      return;
    case 'all':
    case 'any':
      goal.goals.forEach((g, i) => checkGoal(g, joinPath(at, i), worlds, sink));
      return;
    case 'not':
      return checkGoal(goal.goal, at, worlds, sink);
  }
}

/** What a written option's value must name, for what the prediction reads. */
function checkAnswer(prediction: Prediction, value: AnswerValue, path: string, worlds: readonly ScenarioSpec[], sink: IssueSink): void {
  const observe = prediction.observe;
  if (observe.kind === 'request') {
    const asker = '"request"';
    if (observe.read === 'status' && typeof value !== 'number') sink.error('', path, `a status is a number, got ${JSON.stringify(value)}`);
    if (observe.read === 'rule' && value !== 'default') {
      if (typeof value !== 'string') sink.error('', path, `a rule is its logical ID or "default", got ${JSON.stringify(value)}`);
      else need(worlds, (w) => missingRule(w, value, asker), path, sink);
    }
    if (observe.read === 'targetGroup' && value !== null) {
      if (typeof value !== 'string') sink.error('', path, `a target group is its logical ID, or null for the load balancer itself, got ${JSON.stringify(value)}`);
      else need(worlds, (w) => missingTargetGroup(w, value, asker), path, sink);
    }
    if (observe.read === 'task' && value !== null) {
      if (typeof value !== 'string') sink.error('', path, `a task is its ID, or null for none, got ${JSON.stringify(value)}`);
      else need(worlds, (w) => missingTask(w, value, asker), path, sink);
    }
    return;
  }
  if (observe.kind === 'taskCount' || observe.read === 'time') {
    if (typeof value !== 'number') sink.error('', path, `the answer is a number, got ${JSON.stringify(value)}`);
    return;
  }
  const allowed = ENUM_FIELDS[observe.type]?.[observe.read];
  if (allowed && !allowed.includes(value as string | null)) sink.error('', path, `must be ${allowed.map((v) => JSON.stringify(v)).join(' or ')}, got ${JSON.stringify(value)}`);
}

export function checkPrediction(prediction: Prediction, path: string, worlds: readonly ScenarioSpec[], sink: IssueSink): void {
  const observe = prediction.observe;
  const at = joinPath(joinPath(path, 'observe'), observe.kind);
  if (observe.kind === 'event') {
    checkFilter(observe.type, observe.where, joinPath(at, 'where'), worlds, sink);
    if (observe.since) checkFilter(observe.since.type, observe.since.where, joinPath(joinPath(at, 'since'), 'where'), worlds, sink);
  } else if (observe.kind === 'request') {
    if (observe.listenerPort !== null) need(worlds, (w) => unknownPortMessage(w, observe.listenerPort ?? 0), joinPath(at, 'listenerPort'), sink);
  } else {
    need(worlds, (w) => missingService(w, observe.service, '"taskCount"'), joinPath(at, 'service'), sink);
  }
  if (prediction.options.kind !== 'written') return;
  prediction.options.options.forEach((option, index) => {
    const where = joinPath(joinPath(path, 'options'), index);
    if (option.match.kind === 'value') checkAnswer(prediction, option.match.value, joinPath(where, 'value'), worlds, sink);
    if (option.match.kind === 'in') option.match.values.forEach((v, i) => checkAnswer(prediction, v, joinPath(joinPath(where, 'in'), i), worlds, sink));
  });
}
