import { KeyTable } from '../panels/legend/KeyTable';
import { ShortcutKeys } from '../panels/legend/ShortcutKeys';
import '../panels/legend/legend.css';
import { DOCK_TABS } from './dockTabs';

/** How the screen is laid out and how to get around it with the keyboard (dialog content, loaded when first opened). */
const GETTING_AROUND: readonly { keys: string; does: string }[] = [
  { keys: 'Tab, from the top of the page', does: '“Skip to the stage” and “Skip to the tasks” come first' },
  { keys: 'Enter on a node of the stage', does: 'Selects it and moves to its heading in the Inspector' },
  { keys: 'Escape in the side panel', does: 'Back to the selected node on the stage' },
  { keys: 'Escape on the stage', does: 'Clears the selection' },
  { keys: 'Arrow keys on the panel’s tabs', does: DOCK_TABS.map((tab) => tab.label).join(', ') },
  { keys: 'Arrow keys on the panel’s edge', does: 'Wider or narrower (Home, End: narrowest, widest); Enter hides it' },
];

export default function Help() {
  return (
    <div className="legend help">
      <p>
        The stage reads left to right the way a request travels: clients, the load balancer and its listener rules, the
        target groups, and the cluster with its services and tasks. Select anything to inspect it in the panel on the
        right (on a phone, the sheet at the bottom): its configuration, live figures and the faults you can inject. The
        Lesson tab plays guided lessons; the Narration tab says what happens and why; Metrics has CloudWatch&apos;s figures; Sandbox changes the world while it
        runs; the Rule tester shows how the load balancer reads a request. “Tables” shows the same world as tables.
      </p>
      <KeyTable caption="Getting around" rows={GETTING_AROUND} />
      <ShortcutKeys />
    </div>
  );
}
