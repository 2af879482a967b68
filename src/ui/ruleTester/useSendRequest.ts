/**
 * "Send it": dispatches the tested request as a command, asks the stage to spotlight it, and reports its answer
 * when the engine completes it (at once for what the load balancer answers itself, after the app's latency
 * otherwise, so a paused run answers at the next Play or Step).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { explainRequest, type RequestCommand, type RequestCompletedEvent } from '../../engine';
import { term, type Lens } from '../../lens/vocabulary';
import { useSimStore } from '../../store';

export interface SendResult {
  readonly text: string;
  readonly state: 'waiting' | 'done' | 'refused';
}

interface Pending {
  readonly id: number;
  readonly target: string | null;
  readonly status: number | null;
}

export function describeAnswer(event: RequestCompletedEvent, lens: Lens, predicted: Pending | null): string {
  const lb = term(lens, 'loadBalancer').one.toLowerCase();
  let what: string;
  if (event.source === 'target') what = `${event.status}, served by ${term(lens, 'task').one.toLowerCase()} ${event.target ?? ''}`;
  else if (event.location !== null) what = `${event.status} redirect to ${event.location}`;
  else what = `${event.status} from the ${lb} itself: ${event.reason}`;
  const asPredicted = predicted !== null && predicted.status === event.status && predicted.target === event.target ? ' (as predicted)' : '';
  return `Request ${event.id}: ${what}${asPredicted}.`;
}

export function useSendRequest(lens: Lens): { readonly send: (command: RequestCommand) => void; readonly result: SendResult | null } {
  const store = useSimStore();
  const [result, setResult] = useState<SendResult | null>(null);
  const pending = useRef<Pending | null>(null);
  const lensRef = useRef(lens);
  useEffect(() => {
    lensRef.current = lens;
  }, [lens]);

  useEffect(
    () =>
      store.getState().subscribeRequests((event) => {
        const mine = pending.current;
        if (mine === null || event.id !== mine.id) return;
        pending.current = null;
        setResult({ text: describeAnswer(event, lensRef.current, mine), state: 'done' });
      }),
    [store],
  );

  const send = useCallback(
    (command: RequestCommand) => {
      const state = store.getState();
      const locked = state.lessonLock(command.do);
      if (locked !== null) {
        pending.current = null;
        setResult({ text: `Not sent: ${locked}`, state: 'refused' });
        return;
      }
      // Explained right before dispatch: the ID it names is the one the engine is about to give.
      const trace = explainRequest(state.sim, command);
      if (!trace.listener.found) {
        pending.current = null;
        setResult({ text: `Not sent: ${trace.listener.reason}.`, state: 'refused' });
        return;
      }
      const id = trace.requestId;
      pending.current = { id, target: trace.outcome.target, status: trace.outcome.status };
      state.setSpotlight({ requestId: id, label: `#${id} rule tester` });
      const paused = !state.playing;
      setResult({
        text: `Request ${id} sent; its answer comes when the simulation runs${paused ? ': press Play or Step' : ''}.`,
        state: 'waiting',
      });
      state.dispatch(command);
    },
    [store],
  );

  return { send, result };
}
