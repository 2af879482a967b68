import { useContext, useEffect, useId, useRef } from 'react';
import { useSim, type Selection } from '../../store';
import { InspectorFocusContext } from '../shell/inspectorFocus';
import { AudienceInspector } from './inspector/AudienceInspector';
import { ClusterInspector } from './inspector/ClusterInspector';
import { ConductorInspector } from './inspector/ConductorInspector';
import { InspectPicker } from './inspector/InspectPicker';
import { InstanceInspector } from './inspector/InstanceInspector';
import { ListenerInspector } from './inspector/ListenerInspector';
import { LoadBalancerInspector } from './inspector/LoadBalancerInspector';
import { RuleInspector } from './inspector/RuleInspector';
import { ServiceInspector } from './inspector/ServiceInspector';
import { TargetGroupInspector } from './inspector/TargetGroupInspector';
import { TaskInspector } from './inspector/TaskInspector';
import './panels.css';
import './inspector/inspector.css';

export const INSPECTOR_HINT = 'Select a task, a target group or a rule to inspect it';

function Selected({ selection }: { readonly selection: Selection }) {
  const { kind, id } = selection;
  switch (kind) {
    case 'task':
      return <TaskInspector id={id} />;
    case 'service':
      return <ServiceInspector id={id} />;
    case 'targetGroup':
      return <TargetGroupInspector id={id} />;
    case 'listener':
      return <ListenerInspector id={id} />;
    case 'rule':
      return <RuleInspector id={id} />;
    case 'loadBalancer':
      return <LoadBalancerInspector id={id} />;
    case 'cluster':
      return <ClusterInspector id={id} />;
    case 'instance':
      return <InstanceInspector id={id} />;
    case 'audience':
      return <AudienceInspector />;
    case 'conductor':
      return <ConductorInspector />;
  }
}

/** Configuration as the template or console shows it, live figures, and the controls that inject faults. */
export function Inspector() {
  const headingId = useId();
  const selection = useSim((state) => state.selection);
  const panel = useRef<HTMLElement>(null);
  const focusRequest = useContext(InspectorFocusContext);
  const handled = useRef(0);
  // A pick on the stage: focus goes to what was picked, its heading (Escape in the dock goes back to the node).
  useEffect(() => {
    if (focusRequest <= handled.current || selection === null) return;
    handled.current = focusRequest;
    const heading = panel.current?.querySelector<HTMLElement>('.inspect h3');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [focusRequest, selection]);
  return (
    <section ref={panel} className="side-panel inspector" aria-labelledby={headingId}>
      <div className="side-panel-head">
        <h2 id={headingId}>Inspector</h2>
      </div>
      <InspectPicker />
      {selection === null ? (
        <p className="empty">{INSPECTOR_HINT} (on the stage, or from the list above).</p>
      ) : (
        <Selected key={`${selection.kind}|${selection.id}`} selection={selection} />
      )}
    </section>
  );
}
