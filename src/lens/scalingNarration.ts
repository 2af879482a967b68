/**
 * Service Auto Scaling in both lenses: a scaling activity with its numbers ("the conductor calls two more violins:
 * the section is playing at 82% against a target of 60%"), and an alarm changing state. A datapoint is told by the
 * Metrics tab's chart, not by a line of its own.
 */
import type { ScalingActivityEvent, ScalingAlarmEvent, ScalingMetricName } from '../engine';
import type { Narration } from './narration';
import { countOf, serviceName, upperFirst, type NarrationContext } from './narrationContext';
import type { Lens } from './vocabulary';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const inWords = (n: number): string => NUMBER_WORDS[n] ?? String(n);

const round = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(value >= 100 ? 0 : 1).replace(/\.0$/, ''));

/** "CPUUtilization 82% against a target of 60": the AWS lens names the metric as CloudWatch does. */
function awsMeasure(metric: ScalingMetricName, value: number, target: number, step: boolean): string {
  const unit = metric === 'RequestCountPerTarget' ? '' : '%';
  const against = step ? `the alarm threshold of ${round(target)}${unit}` : `a target of ${round(target)}${unit}`;
  return `${metric} ${round(value)}${unit} against ${against}`;
}

/** "the section is playing at 82% against a target of 60%". */
function orchestraMeasure(metric: ScalingMetricName, value: number, target: number, step: boolean): string {
  const against = step ? 'the conductor\'s limit of' : 'a target of';
  switch (metric) {
    case 'CPUUtilization':
      return `the section is playing at ${round(value)}% against ${against} ${round(target)}%`;
    case 'MemoryUtilization':
      return `the section is holding ${round(value)}% of its music stands against ${against} ${round(target)}%`;
    case 'RequestCountPerTarget':
      return `each player is hearing ${round(value)} requests a minute against ${against} ${round(target)}`;
  }
}

export function narrateScalingActivity(event: ScalingActivityEvent, lens: Lens, ctx: NarrationContext): Narration {
  const step = !/^TargetTracking-/.test(event.alarm);
  const change = Math.abs(event.to - event.from);
  if (lens === 'aws') {
    const verb = event.direction === 'out' ? 'scaled out' : 'scaled in';
    return {
      text: `Application Auto Scaling ${verb} ${serviceName('aws', ctx, event.service)} from ${event.from} to ${event.to} tasks: ${awsMeasure(event.metric, event.value, event.target, step)} (${event.cause})`,
      category: 'service',
      importance: 'important',
    };
  }
  const service = ctx.services.get(event.service);
  const players = service ? countOf(service.instrument, change).replace(/^\d+/, inWords(change)) : `${inWords(change)} players`;
  const more = players.replace(/^(\S+) /, '$1 more ');
  const who = service ? `(${service.name})` : `(${event.service})`;
  const text = event.direction === 'out'
    ? `The conductor calls ${more} ${who}: ${orchestraMeasure(event.metric, event.value, event.target, step)}`
    : `The conductor sends ${players} home ${who}: ${orchestraMeasure(event.metric, event.value, event.target, step)}`;
  return { text, category: 'service', importance: 'important' };
}

const COMPARISON: Readonly<Record<ScalingAlarmEvent['comparison'], string>> = {
  GreaterThanThreshold: '>',
  GreaterThanOrEqualToThreshold: '>=',
  LessThanThreshold: '<',
  LessThanOrEqualToThreshold: '<=',
};

export function narrateScalingAlarm(event: ScalingAlarmEvent, lens: Lens, ctx: NarrationContext): Narration {
  const unit = event.metric === 'RequestCountPerTarget' ? '' : '%';
  const value = event.value === null ? 'no datapoint' : `${round(event.value)}${unit}`;
  if (lens === 'aws') {
    const rule = `${event.metric} ${COMPARISON[event.comparison]} ${round(event.threshold)}${unit} for ${event.periods} ${event.periods === 1 ? 'datapoint' : 'datapoints'}`;
    return {
      text: `Alarm ${event.alarm} (${rule}) went from ${event.from} to ${event.to}; the latest datapoint is ${value}`,
      category: 'service',
      importance: event.to === 'ALARM' ? 'important' : 'normal',
    };
  }
  const section = serviceName('orchestra', ctx, event.service);
  const minutes = `${event.periods} ${event.periods === 1 ? 'minute' : 'minutes'}`;
  const text = event.to === 'ALARM'
    ? event.role === 'low'
      ? `${upperFirst(section)} have played softly for ${minutes} (${value}): the conductor may send players home (alarm ${event.policy})`
      : `${upperFirst(section)} have been past the limit for ${minutes} (${value}): the conductor may call more players (alarm ${event.policy})`
    : event.from === 'ALARM'
      ? `The conductor stops worrying about ${section}: ${value} is back within the rule (${event.policy})`
      : `The conductor is watching ${section}: ${value}, ${event.to === 'OK' ? 'within the rule' : 'not enough minutes yet'} (${event.policy})`;
  return { text, category: 'service', importance: event.to === 'ALARM' ? 'important' : 'normal' };
}
