import { useId, useState, type FormEvent } from 'react';
import { PREDEFINED_METRIC_TYPES, type Command, type PredefinedMetricType } from '../../../engine';
import { useSim } from '../../../store';
import { CommandButtons } from './CommandButtons';
import { EMPTY_TRACKING, stepPolicyText, trackingCommand, type TrackingDraft } from './scalingDraft';
import { StepPolicyForm } from './StepPolicyForm';

/** Sends a command the engine allows, else says why (Simulation.check): the form never restates the rules. */
function useSend(): (command: Command) => string | null {
  const check = useSim((state) => state.check);
  const dispatch = useSim((state) => state.dispatch);
  return (command) => {
    const answer = check(command);
    if (!answer.allowed) return answer.reason;
    dispatch(command);
    return null;
  };
}

function Bounds({ serviceId, min, max }: { readonly serviceId: string; readonly min: number; readonly max: number }) {
  const id = useId();
  const send = useSend();
  const [low, setLow] = useState(String(min));
  const [high, setHigh] = useState(String(max));
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const minCapacity = Number(low);
    const maxCapacity = Number(high);
    if (!Number.isInteger(minCapacity) || !Number.isInteger(maxCapacity)) return setError('Capacities are whole numbers.');
    setError(send({ do: 'registerScalableTarget', service: serviceId, minCapacity, maxCapacity }));
  };
  return (
    <form className="number-form scaling-bounds" onSubmit={submit} noValidate aria-label="Scalable target">
      <div className="number-form-row">
        <label htmlFor={`${id}-min`}>MinCapacity</label>
        <input id={`${id}-min`} type="number" inputMode="numeric" step={1} min={0} value={low} onChange={(e) => setLow(e.target.value)} aria-invalid={error !== null} />
        <label htmlFor={`${id}-max`}>MaxCapacity</label>
        <input id={`${id}-max`} type="number" inputMode="numeric" step={1} min={0} value={high} onChange={(e) => setHigh(e.target.value)} aria-invalid={error !== null} />
        <button type="submit">Register scalable target</button>
      </div>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </form>
  );
}

function TrackingForm({ serviceId }: { readonly serviceId: string }) {
  const id = useId();
  const send = useSend();
  const world = useSim((state) => state.world);
  const [draft, setDraft] = useState<TrackingDraft>(EMPTY_TRACKING);
  const [error, setError] = useState<string | null>(null);
  const service = world.services.find((s) => s.id === serviceId);
  if (!service) return null;
  const set = (patch: Partial<TrackingDraft>) => setDraft({ ...draft, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const command = trackingCommand(world, service, draft);
    setError(typeof command === 'string' ? command : send(command));
  };
  return (
    <form className="number-form scaling-policy-form" onSubmit={submit} noValidate aria-label="Target tracking policy">
      <label htmlFor={`${id}-metric`}>Predefined metric</label>
      <select id={`${id}-metric`} value={draft.metric} onChange={(e) => set({ metric: e.target.value as PredefinedMetricType })}>
        {PREDEFINED_METRIC_TYPES.map((m) => <option key={m} value={m}>{m}</option>)}
      </select>
      <div className="number-form-row">
        <label htmlFor={`${id}-target`}>TargetValue</label>
        <input id={`${id}-target`} type="number" step="any" value={draft.targetValue} onChange={(e) => set({ targetValue: e.target.value })} />
        <label htmlFor={`${id}-out`}>ScaleOutCooldown (s)</label>
        <input id={`${id}-out`} type="number" step={1} min={0} value={draft.scaleOutCooldown} onChange={(e) => set({ scaleOutCooldown: e.target.value })} />
        <label htmlFor={`${id}-in`}>ScaleInCooldown (s)</label>
        <input id={`${id}-in`} type="number" step={1} min={0} value={draft.scaleInCooldown} onChange={(e) => set({ scaleInCooldown: e.target.value })} />
      </div>
      <label className="check">
        <input type="checkbox" checked={draft.disableScaleIn} onChange={(e) => set({ disableScaleIn: e.target.checked })} /> DisableScaleIn
      </label>
      <button type="submit">Put scaling policy</button>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </form>
  );
}

/**
 * Service Auto Scaling of a service: its scalable target's bounds, its policies (each deletable), and a target
 * tracking or step scaling policy to add. Every change is an Application Auto Scaling call as a command, judged by the engine.
 */
export function ScalingControls({ serviceId }: { readonly serviceId: string }) {
  const target = useSim((state) => (state.world.scaling ?? []).find((t) => t.serviceId === serviceId));
  const service = useSim((state) => state.world.services.find((s) => s.id === serviceId));
  const check = useSim((state) => state.check);
  return (
    <section className="scaling-controls" aria-label="Service Auto Scaling">
      <h4>Service Auto Scaling</h4>
      {target === undefined ? <p className="muted">No scalable target: the desired count changes only when someone sets it.</p> : null}
      <Bounds key={`${target?.minCapacity ?? 1}-${target?.maxCapacity ?? 4}`} serviceId={serviceId} min={target?.minCapacity ?? 1} max={target?.maxCapacity ?? 4} />
      {target === undefined ? null : (
        <>
          {target.policies.length === 0 ? <p className="muted">No scaling policies yet.</p> : (
            <CommandButtons
              heading="Scaling policies"
              buttons={target.policies.map((policy) => {
                const command: Command = { do: 'deleteScalingPolicy', service: serviceId, policyName: policy.name };
                const answer = check(command);
                const what = policy.type === 'TargetTrackingScaling'
                  ? `${policy.metric} at ${policy.targetValue}, cooldowns ${policy.scaleOutCooldownSeconds} s out, ${policy.scaleInCooldownSeconds} s in${policy.disableScaleIn ? ', scale-in disabled' : ''}`
                  : stepPolicyText(policy);
                return { action: `delete-${policy.name}`, label: `Delete ${policy.name}`, why: answer.allowed ? null : answer.reason, effect: what, command };
              })}
            />
          )}
          <details className="scaling-add">
            <summary>Add a target tracking policy</summary>
            <TrackingForm serviceId={serviceId} />
          </details>
          {service ? (
            <details className="scaling-add">
              <summary>Add a step scaling policy</summary>
              <StepPolicyForm service={service} />
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
