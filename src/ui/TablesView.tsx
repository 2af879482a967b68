import { EventLog } from './EventLog';
import { InstancesPanel } from './InstancesPanel';
import { ListenersPanel } from './ListenersPanel';
import { RequestsPanel } from './RequestsPanel';
import { ServicesPanel } from './ServicesPanel';
import { TargetGroupsPanel } from './TargetGroupsPanel';
import './tables.css';

/** The same world as tables, in the order a request meets it: loaded when first asked for, it is not on the first frame. */
export default function TablesView() {
  return (
    <div className="world">
      <div className="world-front">
        <ListenersPanel />
        <RequestsPanel />
      </div>
      <TargetGroupsPanel />
      <ServicesPanel />
      <InstancesPanel />
      <EventLog />
    </div>
  );
}
