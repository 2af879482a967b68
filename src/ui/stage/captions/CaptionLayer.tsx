import { useStore, type InternalNode } from '@xyflow/react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useSim, useSimStore } from '../../../store';
import { nodeId, serviceIdOfTask } from '../stageNodes';
import { useStageReducedMotion } from '../stageContext';
import { captionOpacity, shownCaptions, type ShownCaption } from './captionBook';
import type { CaptionStart } from './captionStart';
import { createCaptionTracker } from './captionTracker';
import './captions.css';

const GAP_PX = 4;
/** About a card's width: captions of neighbouring tasks sit side by side instead of on each other. */
const MIN_WIDTH_PX = 150;
const MAX_WIDTH_PX = 280;

interface Placed {
  readonly caption: ShownCaption;
  readonly left: number;
  readonly top: number | null;
  readonly bottom: number | null;
  readonly width: number;
  /** The caption is about a task whose service is drawn as a block: it names the task. */
  readonly prefix: string;
}

function place(caption: ShownCaption, lookup: ReadonlyMap<string, InternalNode>, transform: readonly [number, number, number], paneHeight: number): Placed | null {
  const { subject } = caption;
  let node = lookup.get(subject.kind === 'task' ? nodeId.task(subject.id) : nodeId.service(subject.id));
  let prefix = '';
  if (!node && subject.kind === 'task') {
    node = lookup.get(nodeId.service(serviceIdOfTask(subject.id)));
    prefix = `${subject.id}: `;
  }
  if (!node) return null;
  const [x, y, zoom] = transform;
  const { x: nx, y: ny } = node.internals.positionAbsolute;
  const w = (node.measured.width ?? node.width ?? 0) * zoom;
  const h = (node.measured.height ?? node.height ?? 0) * zoom;
  const left = nx * zoom + x;
  const top = ny * zoom + y;
  const width = Math.max(MIN_WIDTH_PX, Math.min(MAX_WIDTH_PX, w - 2));
  // A service's caption sits inside its box along the bottom edge, where the room note is: under its header it
  // would cover the first row of its tasks and their states.
  if (subject.kind === 'service' && prefix === '') return { caption, left: left + GAP_PX, top: null, bottom: paneHeight - (top + h) + GAP_PX, width, prefix };
  const below = top + h + GAP_PX;
  // Under the node, or above it when there is no room below.
  if (below + 48 > paneHeight && top > 56) return { caption, left, top: null, bottom: paneHeight - top + GAP_PX, width, prefix };
  return { caption, left, top: below, bottom: null, width, prefix };
}

/**
 * The latest "why" on the stage: a short caption beside the task or service an important event concerns, in the
 * current lens, fading out by simulated time. Drawn over the canvas in screen space, so it reads at the same size
 * at any zoom. Hidden from assistive technology: the narration's live region has already announced each of these
 * once, and the Narration tab keeps them all. Loaded after the stage's first frame: `start` says where its captions
 * begin (the stage's own start, captionStart.ts), so it captions what happened while it was on its way.
 */
export function CaptionLayer({ start }: { readonly start: () => CaptionStart }) {
  const store = useSimStore();
  const lens = useSim((state) => state.lens);
  const [tracker] = useState(() => createCaptionTracker(store, start));
  const entries = useSyncExternalStore(tracker.subscribe, tracker.get, tracker.get);
  const lookup = useStore((state) => state.nodeLookup);
  const transform = useStore((state) => state.transform);
  const paneHeight = useStore((state) => state.height);
  const reduced = useStageReducedMotion();
  const layer = useRef<HTMLDivElement>(null);
  const now = store.getState().now;

  const placed = useMemo(
    () => shownCaptions(entries, now).flatMap((caption) => place(caption, lookup, transform, paneHeight) ?? []),
    // `now` is read when the entries change (they change when a caption comes or goes); the fade runs below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [entries, lookup, transform, paneHeight],
  );

  // Captions of neighbouring tasks would lie on each other: each one that would moves on past the ones placed
  // before it (down when it hangs below its node, up when above), measured as laid out.
  useLayoutEffect(() => {
    const placedBoxes: DOMRect[] = [];
    const elements = [...(layer.current?.querySelectorAll<HTMLElement>('.stage-caption') ?? [])]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left);
    for (const { element, box: first } of elements) {
      const below = element.dataset.placement === 'below';
      let box = first;
      let shift = 0;
      for (let guard = 0; guard < 20; guard++) {
        const hit = placedBoxes.find((other) => box.left < other.right && box.right > other.left && box.top < other.bottom + 2 && box.bottom > other.top - 2);
        if (!hit) break;
        const step = below ? hit.bottom + 3 - box.top : box.bottom - (hit.top - 3);
        shift += step;
        box = new DOMRect(box.x, box.y + (below ? step : -step), box.width, box.height);
      }
      if (shift !== 0) {
        if (below) element.style.top = `${parseFloat(element.style.top) + shift}px`;
        else element.style.bottom = `${parseFloat(element.style.bottom) + shift}px`;
      }
      placedBoxes.push(box);
    }
  }, [placed, lens]);

  // The fade follows the simulated clock without re-rendering: each line's opacity is written as the clock moves.
  useEffect(() => {
    const write = (at: number) => {
      for (const line of layer.current?.querySelectorAll<HTMLElement>('[data-caption-t]') ?? []) {
        line.style.opacity = String(captionOpacity(Number(line.dataset.captionT), at, reduced));
      }
    };
    write(store.getState().now);
    return store.subscribe((state, previous) => {
      if (state.now !== previous.now) write(state.now);
    });
  }, [store, reduced, placed]);

  return (
    <div ref={layer} className="stage-captions" aria-hidden="true" data-testid="stage-captions">
      {placed.map(({ caption, left, top, bottom, width, prefix }) => (
        <div
          key={caption.key}
          className="stage-caption"
          data-subject={caption.key}
          data-placement={top === null ? 'above' : 'below'}
          style={{ left, width, ...(top === null ? { bottom: bottom ?? 0 } : { top }) }}
        >
          {caption.lines.map((line) => (
            <p key={line.seq} className="stage-caption-line" data-tone={line.tone} data-caption-t={line.t}>
              {prefix}
              {line.text[lens]}
            </p>
          ))}
        </div>
      ))}
    </div>
  );
}
