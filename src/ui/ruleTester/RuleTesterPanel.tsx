import { useEffect, useId, useMemo, useState } from 'react';
import { explainRequest } from '../../engine';
import { term, type Lens } from '../../lens/vocabulary';
import { useSim } from '../../store';
import { draftFor, toCommand, type RequestDraft } from './requestDraft';
import { RequestForm } from './RequestForm';
import { TraceView } from './TraceView';
import { useSendRequest } from './useSendRequest';
import '../panels/panels.css';
import './ruleTester.css';

/**
 * The form, the live trace and "Send it". The trace is recomputed when the request changes and when the world
 * does (its snapshot, and the request figures, which move the round-robin position), never per frame.
 */
function RuleTester({ lens }: { readonly lens: Lens }) {
  const sim = useSim((state) => state.sim);
  const world = useSim((state) => state.world);
  const snapshot = useSim((state) => state.snapshot);
  // Subscribed only to re-render: new request figures mean the round-robin position may have moved.
  useSim((state) => state.counters);
  const [draft, setDraft] = useState<RequestDraft>(() => draftFor(world));
  const command = useMemo(() => toCommand(draft), [draft]);
  // Not memoized: every render comes from a new request, a changed world or new figures, each a new prediction.
  const trace = explainRequest(sim, command);
  const ports = useMemo(() => snapshot.listeners.map((l) => ({ port: l.port, protocol: l.protocol })).sort((a, b) => a.port - b.port), [snapshot]);
  const { send, result } = useSendRequest(lens);
  return (
    <div className="rt-body">
      <RequestForm draft={draft} ports={ports} onChange={setDraft} />
      <TraceView trace={trace} lens={lens} />
      <div className="rt-send">
        <button type="button" className="primary" onClick={() => send(command)}>
          Send it
        </button>
        <p className="rt-result" role="status" aria-live="polite" data-state={result?.state}>
          {result?.text ?? ''}
        </p>
      </div>
    </div>
  );
}

export interface RuleTesterPanelProps {
  /** Closed until asked for, behind its heading (a page with other panels); the dock gives it a tab of its own instead. */
  readonly collapsible?: boolean;
}

/** Type a request and see how the load balancer evaluates it, rule by rule; "Send it" sends it through the stage. */
export function RuleTesterPanel({ collapsible = true }: RuleTesterPanelProps) {
  const headingId = useId();
  const bodyId = useId();
  const [opened, setOpen] = useState(false);
  const open = opened || !collapsible;
  const lens = useSim((state) => state.lens);
  const generation = useSim((state) => state.generation);
  const setSpotlight = useSim((state) => state.setSpotlight);
  // A new world numbers its requests from 1 again: an old spotlight would pick a stranger.
  useEffect(() => setSpotlight(null), [generation, setSpotlight]);
  return (
    <section className="side-panel rule-tester" aria-labelledby={headingId}>
      <div className="side-panel-head">
        <h2 id={headingId}>
          {collapsible ? (
            <button type="button" className="rt-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
              <span aria-hidden="true" className="rt-chevron">
                {open ? '▾' : '▸'}
              </span>{' '}
              Rule tester
            </button>
          ) : (
            'Rule tester'
          )}
        </h2>
        <p className="muted">How the {term(lens, 'loadBalancer').one.toLowerCase()} reads a request</p>
      </div>
      <div id={bodyId} hidden={!open}>
        {open ? <RuleTester key={generation} lens={lens} /> : null}
      </div>
    </section>
  );
}
