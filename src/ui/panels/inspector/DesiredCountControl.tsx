import { useSim } from '../../../store';
import { NumberCommandForm } from './NumberCommandForm';

/** Keeps the scenario small enough to read on a phone and to animate at 60x. */
export const MAX_DESIRED_COUNT = 20;

export function DesiredCountControl({ serviceId, current }: { readonly serviceId: string; readonly current: number }) {
  const dispatch = useSim((state) => state.dispatch);
  return (
    <NumberCommandForm
      key={serviceId}
      label="Desired count"
      action="Set desired count"
      initial={current}
      min={0}
      max={MAX_DESIRED_COUNT}
      integer
      hint={`Now ${current}. ECS starts or stops tasks to match.`}
      onSubmit={(count) => dispatch({ do: 'setDesiredCount', service: serviceId, count })}
    />
  );
}
