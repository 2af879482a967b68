import { Handle, Position } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import { useSim, type SelectionKind } from '../../../store';

export interface NodeButtonProps {
  readonly kind: SelectionKind;
  readonly id: string;
  /** The accessible name; also the tooltip unless `title` is given. */
  readonly label: string;
  readonly title?: string;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * The focusable part of a stage node: a real button, so Tab reaches it in DOM order (the request's path), Enter and
 * Space select it, and its name comes from the lens. React Flow's own node focus is off (nodesFocusable={false}):
 * its wrapper could not take a name that changes with the node's state without rebuilding every node.
 */
export const NodeButton = memo(function NodeButton({ kind, id, label, title, className, children }: NodeButtonProps) {
  const selected = useSim((state) => state.selection !== null && state.selection.kind === kind && state.selection.id === id);
  const select = useSim((state) => state.select);
  return (
    <button
      type="button"
      className={className ? `stage-button ${className}` : 'stage-button'}
      aria-label={label}
      aria-current={selected ? 'true' : undefined}
      title={title ?? label}
      data-selected={selected ? '' : undefined}
      onClick={() => select({ kind, id })}
    >
      {children}
    </button>
  );
});

export interface NodeHandlesProps {
  readonly sourcePosition?: Position | undefined;
  readonly targetPosition?: Position | undefined;
  readonly source?: boolean;
  readonly target?: boolean;
  /** Moves the target handle along its side (px from the top), e.g. to a service's lane. */
  readonly targetTop?: number;
}

/** Invisible edge anchors: the stage is read-only, nothing connects by hand. */
export function NodeHandles({ sourcePosition, targetPosition, source = true, target = true, targetTop }: NodeHandlesProps) {
  return (
    <>
      {target ? (
        <Handle
          type="target"
          position={targetPosition ?? Position.Left}
          isConnectable={false}
          className="stage-handle"
          style={targetTop === undefined ? undefined : { top: targetTop }}
        />
      ) : null}
      {source ? <Handle type="source" position={sourcePosition ?? Position.Right} isConnectable={false} className="stage-handle" /> : null}
    </>
  );
}
