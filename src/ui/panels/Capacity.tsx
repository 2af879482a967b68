import type { InstanceSnapshot } from '../../engine';
import { formatCount } from '../format';
import { StateBadge } from '../StateBadge';

export interface Resource {
  readonly registered: number;
  readonly remaining: number;
}

export function usedOf(resource: Resource): number {
  return resource.registered - resource.remaining;
}

/** Whole percent used, clamped: a bar never overflows its track, whatever the figures say. */
export function percentUsed(resource: Resource): number {
  if (resource.registered <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((usedOf(resource) / resource.registered) * 100)));
}

export interface UsageBarProps {
  /** "CPU" or "Memory". */
  readonly name: string;
  /** "units" or "MiB". */
  readonly unit: string;
  readonly resource: Resource;
}

/**
 * Used, registered and remaining as describe-container-instances reports them. The bar is for the eye only: the
 * text carries every figure, so it is hidden from screen readers rather than made a second, vaguer reading.
 */
export function UsageBar({ name, unit, resource }: UsageBarProps) {
  const percent = percentUsed(resource);
  return (
    <div className="usage" data-resource={name.toLowerCase()}>
      <p className="usage-text">
        <span className="usage-name">{name}</span>{' '}
        <span>
          {formatCount(usedOf(resource))} of {formatCount(resource.registered)} {unit} used, {formatCount(resource.remaining)} remaining
        </span>
      </p>
      <span className="usage-bar" aria-hidden="true" data-full={resource.remaining <= 0 || undefined}>
        <span className="usage-fill" style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}

/** ECS's own word for the instance, with the mark of the nearest task state (running, or on its way out). */
export function InstanceStatus({ status }: { readonly status: InstanceSnapshot['status'] }) {
  return <StateBadge state={status === 'ACTIVE' ? 'RUNNING' : 'draining'} label={status} />;
}

/** Host ports as ECS lists them in remainingResources PORTS; "none" rather than an empty cell. */
export function portsText(ports: readonly number[]): string {
  return ports.length === 0 ? 'none' : ports.join(', ');
}
