import type { ReactNode } from 'react';
import { Breakable } from './Breakable';

export type PropertyRow = readonly [name: string, value: ReactNode];

export interface PropertyListProps {
  /** Shown as a caption above the list, e.g. "AWS::ECS::Service". */
  readonly title: string;
  readonly rows: readonly PropertyRow[];
}

const NONE = '—';

/** Configuration as the template or the console spells it: property names kept exactly, values in monospace. */
export function PropertyList({ title, rows }: PropertyListProps) {
  return (
    <div className="props">
      <p className="props-title">{title}</p>
      <dl>
        {rows.map(([name, value]) => (
          <div key={name}>
            <dt>
              <Breakable text={name} />
            </dt>
            <dd>{value === null || value === undefined || value === '' ? <span className="muted">{NONE}</span> : value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
