/**
 * A service's PlacementStrategies and PlacementConstraints, with the rules of the ECS API reference: spread needs a
 * field (instanceId, host, or an attribute), binpack packs by cpu or memory, random takes no field, distinctInstance
 * takes no expression and memberOf needs one.
 */
import type { PlacementConstraintSpec, PlacementStrategySpec } from '../../engine';
import { Node, list, str } from '../node';
import { PLACEMENT_CONSTRAINT_PROPERTIES, PLACEMENT_STRATEGY_PROPERTIES } from './knownProperties';
import { enumMessage } from './taskDefinition';

const STRATEGY_TYPES = ['random', 'spread', 'binpack'] as const;
const CONSTRAINT_TYPES = ['distinctInstance', 'memberOf'] as const;
const MAX_STRATEGIES = 5;
const MAX_CONSTRAINTS = 10;
const MAX_EXPRESSION_LENGTH = 2000;
const AVAILABILITY_ZONE_ATTRIBUTE = 'attribute:ecs.availability-zone';

function typeOf<T extends string>(entry: Node, allowed: readonly T[], field: string): T | undefined {
  const type = str(entry, 'Type');
  if (type === undefined) {
    if (!entry.get('Type')) entry.error('needs "Type"');
    return undefined;
  }
  if ((allowed as readonly string[]).includes(type)) return type as T;
  entry.get('Type')?.error(enumMessage(type, field, allowed));
  return undefined;
}

function spreadField(entry: Node): string | null {
  const node = entry.get('Field');
  const field = node?.asString();
  if (!node) {
    entry.error('The spread placement strategy needs a Field: instanceId (or host, which has the same effect), or an attribute of the container instances such as attribute:ecs.availability-zone.');
    return null;
  }
  if (field === undefined) return null;
  if (/^(instanceId|host)$/i.test(field)) return 'instanceId';
  if (field === AVAILABILITY_ZONE_ATTRIBUTE) return field;
  node.warn(`Spreading by ${field} is not simulated yet (only by ${AVAILABILITY_ZONE_ATTRIBUTE} and instanceId): this strategy is left out.`);
  return null;
}

function binpackField(entry: Node): string | null {
  const node = entry.get('Field');
  const field = node?.asString();
  if (!node) entry.error('The binpack placement strategy needs a Field: cpu or memory.');
  else if (field !== undefined && !/^(cpu|memory)$/i.test(field)) node.error(`The binpack placement strategy packs by cpu or memory, not '${field}'.`);
  return field !== undefined && /^(cpu|memory)$/i.test(field) ? field.toLowerCase() : null;
}

function readStrategy(node: Node): PlacementStrategySpec | null {
  const entry = node.asObject();
  if (!entry) return null;
  entry.warnUnknown(PLACEMENT_STRATEGY_PROPERTIES);
  const type = typeOf(entry, STRATEGY_TYPES, 'placementStrategy.member.type');
  switch (type) {
    case 'random':
      if (entry.get('Field')) entry.get('Field')?.warn('The random placement strategy does not use a Field; it is ignored.');
      return { type, field: null };
    case 'spread': {
      const field = spreadField(entry);
      return field === null ? null : { type, field };
    }
    case 'binpack': {
      const field = binpackField(entry);
      return field === null ? null : { type, field };
    }
    default:
      return null;
  }
}

function readConstraint(node: Node): PlacementConstraintSpec | null {
  const entry = node.asObject();
  if (!entry) return null;
  entry.warnUnknown(PLACEMENT_CONSTRAINT_PROPERTIES);
  const type = typeOf(entry, CONSTRAINT_TYPES, 'placementConstraints.member.type');
  const expressionNode = entry.get('Expression');
  if (type === 'distinctInstance') {
    if (expressionNode) expressionNode.error("You can't specify an expression if the constraint type is distinctInstance.");
    return { type, expression: null };
  }
  if (type !== 'memberOf') return null;
  const expression = expressionNode?.asString();
  if (!expressionNode) entry.error('A memberOf constraint needs an Expression in the cluster query language, e.g. "attribute:ecs.instance-type =~ t3.*".');
  if (expression === undefined) return null;
  if (expression.length > MAX_EXPRESSION_LENGTH) expressionNode?.error(`The expression can have a maximum length of ${MAX_EXPRESSION_LENGTH} characters.`);
  expressionNode?.warn('memberOf expressions are not simulated yet: every container instance of the cluster is a candidate.');
  return { type, expression };
}

export function readPlacementStrategies(props: Node): PlacementStrategySpec[] {
  const items = list(props, 'PlacementStrategies') ?? [];
  if (items.length > MAX_STRATEGIES) props.get('PlacementStrategies')?.error(`You can specify a maximum of ${MAX_STRATEGIES} strategy rules for each service (found ${items.length}).`);
  return items.map(readStrategy).filter((s): s is PlacementStrategySpec => s !== null);
}

export function readPlacementConstraints(props: Node): PlacementConstraintSpec[] {
  const items = list(props, 'PlacementConstraints') ?? [];
  if (items.length > MAX_CONSTRAINTS) props.get('PlacementConstraints')?.error(`You can specify a maximum of ${MAX_CONSTRAINTS} constraints for each task (found ${items.length}).`);
  return items.map(readConstraint).filter((c): c is PlacementConstraintSpec => c !== null);
}
