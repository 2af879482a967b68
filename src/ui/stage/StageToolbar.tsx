import { useReactFlow } from '@xyflow/react';
import { term } from '../../lens/vocabulary';
import { useSim } from '../../store';

/**
 * One slim row above the canvas: the path a request takes (a reminder of the reading direction) and the camera
 * buttons, the single-pointer alternative to wheel and pinch zoom, with "Fit stage" to get the whole picture back
 * after panning. First in the Tab order, before the picture.
 */
export function StageToolbar({ onFit }: { readonly onFit: () => void }) {
  const flow = useReactFlow();
  const lens = useSim((state) => state.lens);
  const path = (['audience', 'loadBalancer', 'targetGroup', 'cluster'] as const).map((concept) => term(lens, concept).one).join(' → ');
  return (
    <div className="stage-toolbar">
      <p className="stage-path">{path}</p>
      <div className="stage-camera" role="group" aria-label="Camera">
        <button type="button" onClick={() => void flow.zoomOut({ duration: 0 })} aria-label="Zoom out">
          <span aria-hidden="true">−</span>
        </button>
        <button type="button" onClick={() => void flow.zoomIn({ duration: 0 })} aria-label="Zoom in">
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" onClick={onFit}>
          Fit stage
        </button>
      </div>
    </div>
  );
}
