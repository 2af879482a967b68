import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './stage.css';
import './stageNodes.css';
import './stageCluster.css';
import './stageTasks.css';
import './stageCapacity.css';
// The captions and the default-traffic note load after the first frame, their styles with it: a custom element links
// the first frame's styles into its shadow root (vite.config.ts), and a later chunk's own stylesheet would go to the
// host page's head instead.
import './captions/captions.css';
import '../notes/notes.css';
import { StageView } from './StageView';

/**
 * The live stage: the world drawn the way a request travels (clients, load balancer with its listeners and rules,
 * target groups, cluster with its services and tasks), with requests in flight on top. Reads everything from the
 * surrounding <SimProvider>; selecting a node calls the store's `select`, which the inspector follows.
 */
export function Stage() {
  return (
    <ReactFlowProvider>
      <StageView />
    </ReactFlowProvider>
  );
}
