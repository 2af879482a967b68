/**
 * The timeline's event markers: the moments of a run worth jumping to (failures, health changes, replacements,
 * deployments, the commands given), read from the engine's events as they happen; and lesson steps, which a lesson
 * marks itself (SimState.markLessonStep).
 */
import type { Command, SimEvent } from '../engine';

export type MarkerKind = 'failure' | 'health' | 'replacement' | 'deployment' | 'command' | 'lesson';

export interface Marker {
  /** Simulated ms. */
  readonly t: number;
  readonly kind: MarkerKind;
  /** A few words for the marker's name ("UsersService-1 stopped: EssentialContainerExited"). */
  readonly label: string;
}

export const MARKER_KIND_NAMES: Readonly<Record<MarkerKind, string>> = {
  failure: 'Failure',
  health: 'Health change',
  replacement: 'Replacement',
  deployment: 'Deployment',
  command: 'Your command',
  lesson: 'Lesson step',
};

function commandLabel(command: Command): string {
  const subject = Object.entries(command).find(([key, value]) => key !== 'do' && typeof value === 'string');
  return subject ? `${command.do} ${String(subject[1])}` : command.do;
}

/** The marker an event makes, or null for events that are not worth a marker. */
export function markerOf(event: SimEvent): Marker | null {
  switch (event.type) {
    case 'task.status':
      if (event.to === 'STOPPED' && (event.stopCode === 'EssentialContainerExited' || event.stopCode === 'TaskFailedToStart')) {
        return { t: event.t, kind: 'failure', label: `${event.task} stopped: ${event.stopCode}` };
      }
      return null;
    case 'target.health':
      if (event.to === 'unhealthy') return { t: event.t, kind: 'health', label: `${event.target} unhealthy` };
      if (event.to === 'healthy' && event.from === 'unhealthy') return { t: event.t, kind: 'health', label: `${event.target} healthy again` };
      return null;
    case 'service.event': {
      const message = event.message;
      if (/\bdeployment\b|rolling back/.test(message)) return { t: event.t, kind: 'deployment', label: message.replace(/^\(service [^)]*\) /, `${event.service}: `) };
      if (/has started \d+ tasks?/.test(message)) return { t: event.t, kind: 'replacement', label: message.replace(/^\(service [^)]*\) /, `${event.service}: `) };
      return null;
    }
    case 'command.applied':
      return { t: event.t, kind: 'command', label: commandLabel(event.command) };
    default:
      return null;
  }
}
